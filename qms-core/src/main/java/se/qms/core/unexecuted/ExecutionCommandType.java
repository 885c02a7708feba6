package se.qms.core.unexecuted;

/**
 * The commands of a decision's execution; {@link ExecutionStatus#after(ExecutionCommandType)} says
 * which status allows which.
 */
public enum ExecutionCommandType {
  /** An offer of the insats is made to the person. */
  OFFER("Erbjuda", "Offer", "Offered", "Erbjudande lämnat"),
  /** The person declines the offer made (tackar nej). */
  DECLINE("Tacka nej", "Decline", "Declined", "Tackat nej"),
  /** The decision is executed (verkställt) for the first time. */
  EXECUTE("Verkställa", "Execute", "Executed", "Verkställt"),
  /** The execution is interrupted (avbrott i verkställigheten). */
  INTERRUPT("Avbryta verkställigheten", "Interrupt", "Interrupted", "Avbrott"),
  /** The execution is resumed after an interruption (verkställt på nytt). */
  RESUME("Återuppta verkställigheten", "Resume", "Resumed", "Verkställt på nytt"),
  /**
   * The decision ends: the insats is no longer given or will never be, e.g. because the person
   * withdrew the application, moved or died, or the decision was revoked.
   */
  END("Avsluta", "End", "Ended", "Avslutat");

  private final String swedish;
  private final String english;
  private final String eventName;
  private final String swedishEventName;

  ExecutionCommandType(String swedish, String english, String eventName, String swedishEventName) {
    this.swedish = swedish;
    this.english = english;
    this.eventName = eventName;
    this.swedishEventName = swedishEventName;
  }

  /** The command in Swedish, e.g. "Verkställa". */
  public String swedish() {
    return swedish;
  }

  /** The command in English, e.g. "Execute". */
  public String english() {
    return english;
  }

  /** The event in English, past tense, e.g. "Executed". */
  public String eventName() {
    return eventName;
  }

  /** The event in Swedish, e.g. "Verkställt". */
  public String swedishEventName() {
    return swedishEventName;
  }
}
