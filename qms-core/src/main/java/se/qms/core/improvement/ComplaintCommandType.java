package se.qms.core.improvement;

/**
 * The commands of a complaint's lifecycle; {@link ComplaintStatus#after(ComplaintCommandType)} says
 * which status allows which.
 */
public enum ComplaintCommandType implements CaseCommandType {
  /** Confirm receipt to the sender and start handling: Mottagen → Under handläggning. */
  ACKNOWLEDGE("Bekräfta mottagande", "Acknowledge", "Acknowledged", "Mottagande bekräftat"),
  /**
   * Start handling without a confirmation (e.g. an anonymous sender): Mottagen → Under
   * handläggning.
   */
  START_HANDLING(
      "Påbörja handläggning", "Start handling", "Handling started", "Handläggning påbörjad"),
  /** Answer the sender: Mottagen or Under handläggning → Besvarad. */
  ANSWER("Besvara", "Answer", "Answered", "Besvarad"),
  /** Close the case, optionally recording the sender's satisfaction: Besvarad → Avslutad. */
  CLOSE("Avsluta", "Close", "Closed", "Avslutad"),
  /** Take the case up again: Besvarad or Avslutad → Under handläggning. */
  REOPEN("Återuppta", "Reopen", "Reopened", "Återupptagen"),
  /**
   * Record the sender's request, being not satisfied, that the nämnd's complaint delegation handle
   * the complaint (seed 002 §5.2): Besvarad or Avslutad → Under handläggning.
   */
  REQUEST_DELEGATION(
      "Begära prövning av klagomålsdelegationen",
      "Request delegation",
      "Delegation requested",
      "Prövning av klagomålsdelegationen begärd");

  private final String swedish;
  private final String english;
  private final String eventName;
  private final String swedishEventName;

  ComplaintCommandType(String swedish, String english, String eventName, String swedishEventName) {
    this.swedish = swedish;
    this.english = english;
    this.eventName = eventName;
    this.swedishEventName = swedishEventName;
  }

  /** The command in Swedish, e.g. "Besvara". */
  public String swedish() {
    return swedish;
  }

  /** The command in English, e.g. "Answer". */
  public String english() {
    return english;
  }

  @Override
  public String eventName() {
    return eventName;
  }

  @Override
  public String swedishEventName() {
    return swedishEventName;
  }
}
