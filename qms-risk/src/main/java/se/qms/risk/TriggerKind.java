package se.qms.risk;

/**
 * Why a new risk analysis is needed outside the yearly one: the reasons listed in seed 002 §6.3
 * ("Övriga anledningar till riskanalys") and seed 004 §6.3.1 (before changes to the business, to
 * the staff's composition, or to methods).
 */
public enum TriggerKind {
  /** Information from staff (information från medarbetarna). */
  INFORMATION_FROM_STAFF("Information från medarbetarna", "Information from staff"),
  /** An organisational change (organisationsförändring). */
  ORGANISATIONAL_CHANGE("Organisationsförändring", "Organisational change"),
  /** A change of delegation (delegationsförändring). */
  DELEGATION_CHANGE("Delegationsförändring", "Change of delegation"),
  /** Lacking support to staff (bristande stöd till medarbetarna). */
  LACK_OF_SUPPORT("Bristande stöd till medarbetarna", "Lacking support to staff"),
  /** New methods and ways of working (införande av nya metoder och arbetssätt). */
  NEW_METHOD("Införande av nya metoder och arbetssätt", "New methods and ways of working"),
  /** Staff unaware of the law in force (medarbetarnas okunskap om gällande lagstiftning). */
  LACK_OF_LEGAL_KNOWLEDGE(
      "Medarbetarnas okunskap om gällande lagstiftning", "Staff unaware of the law in force"),
  /** An unclear division of work (oklar arbetsfördelning). */
  UNCLEAR_DIVISION_OF_WORK("Oklar arbetsfördelning", "Unclear division of work"),
  /** Planned or unplanned staff turnover (planerad och oplanerad personalomsättning). */
  STAFF_TURNOVER("Personalomsättning", "Staff turnover"),
  /** Any other reason; the trigger's description says which. */
  OTHER("Annan anledning", "Other reason");

  private final String swedish;
  private final String english;

  TriggerKind(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish name. */
  public String swedish() {
    return swedish;
  }

  /** The English name. */
  public String english() {
    return english;
  }
}
