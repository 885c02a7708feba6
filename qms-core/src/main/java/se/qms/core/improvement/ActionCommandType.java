package se.qms.core.improvement;

/**
 * The commands of an action's lifecycle; {@link ActionStatus#after(ActionCommandType)} says which
 * status allows which.
 */
public enum ActionCommandType implements CaseCommandType {
  /** Start the work: Ej påbörjad → Pågående. */
  START("Påbörja", "Start", "Started", "Påbörjad"),
  /** Report the action carried out: Ej påbörjad or Pågående → Genomförd. */
  COMPLETE("Genomföra", "Complete", "Completed", "Genomförd"),
  /** Stop the action: Ej påbörjad or Pågående → Avbruten. */
  CANCEL("Avbryta", "Cancel", "Cancelled", "Avbruten"),
  /**
   * Take the action up again: Genomförd → Pågående (e.g. after an evaluation without effect),
   * Avbruten → Ej påbörjad. Clears the completion date and the evaluation.
   */
  REOPEN("Återuppta", "Reopen", "Reopened", "Återupptagen"),
  /** Set a new due date; the status does not change. Ej påbörjad or Pågående only. */
  RESCHEDULE("Ändra slutdatum", "Reschedule", "Rescheduled", "Slutdatum ändrat"),
  /** Record the evaluation of the action's effect (SOSFS 2011:9 5 kap. 7 §); Genomförd only. */
  EVALUATE("Utvärdera effekt", "Evaluate", "Effect evaluated", "Effekt utvärderad");

  private final String swedish;
  private final String english;
  private final String eventName;
  private final String swedishEventName;

  ActionCommandType(String swedish, String english, String eventName, String swedishEventName) {
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
