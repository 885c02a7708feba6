package se.qms.core.improvement;

/**
 * The commands of a deviation's lifecycle; {@link DeviationStatus#after(DeviationCommandType)} says
 * which status allows which.
 */
public enum DeviationCommandType implements CaseCommandType {
  /** The nearest manager starts investigating: Rapporterad → Under utredning. */
  START_INVESTIGATION(
      "Påbörja utredning", "Start investigation", "Investigation started", "Utredning påbörjad"),
  /**
   * The investigation is done, with an outcome and usually a category: Under utredning → Utredd.
   */
  COMPLETE_INVESTIGATION(
      "Slutföra utredning",
      "Complete investigation",
      "Investigation completed",
      "Utredning slutförd"),
  /** Link a documented action (åtgärd); the status does not change. Not allowed once closed. */
  LINK_ACTION("Koppla åtgärd", "Link action", "Action linked", "Åtgärd kopplad"),
  /** Close the deviation: Utredd → Avslutad. */
  CLOSE("Avsluta", "Close", "Closed", "Avslutad"),
  /** Investigate again: Utredd or Avslutad → Under utredning. */
  REOPEN("Återuppta", "Reopen", "Reopened", "Återupptagen");

  private final String swedish;
  private final String english;
  private final String eventName;
  private final String swedishEventName;

  DeviationCommandType(String swedish, String english, String eventName, String swedishEventName) {
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
