package se.qms.core.lexsarah;

/**
 * The commands of a lex Sarah case's lifecycle; {@link LexSarahStatus#after(LexSarahCommandType)}
 * says which status allows which.
 */
public enum LexSarahCommandType {
  /**
   * The manager responsible receives the report (seed 002 §5.2: "Den som upptäcker brister
   * rapporterar genast till enhetschef för verksamheten"): Rapporterad → Mottagen.
   */
  RECEIVE("Ta emot rapporten", "Receive", "Received", "Mottagen"),
  /** The report is registered (upprättad hos registrator): Mottagen → Registrerad. */
  REGISTER("Registrera", "Register", "Registered", "Registrerad"),
  /** The decision to start the investigation: Registrerad → Under utredning. */
  START_INVESTIGATION("Inleda utredning", "Start investigation", "Investigation started", "Utredning inledd"),
  /**
   * The investigation's assessment ({@link LexSarahAssessment}), with a referral when there is no
   * missförhållande: Under utredning → Bedömd; a revised assessment: Bedömd → Bedömd.
   */
  ASSESS("Bedöma", "Assess", "Assessed", "Bedömd"),
  /**
   * The notification to IVO of a case assessed as serious, with the day of the nämnd's (or its
   * delegate's) decision to notify (SoL 14 kap. 7 §; seed 002 §5.2): Bedömd → Anmäld till IVO.
   */
  NOTIFY_IVO("Anmäla till IVO", "Notify IVO", "Notified to IVO", "Anmäld till IVO"),
  /**
   * The investigation is completed and the case closed by decision; a serious case only after its
   * notification: Bedömd or Anmäld till IVO → Avslutad.
   */
  CLOSE("Avsluta utredningen", "Close", "Closed", "Avslutad");

  private final String swedish;
  private final String english;
  private final String eventName;
  private final String swedishEventName;

  LexSarahCommandType(String swedish, String english, String eventName, String swedishEventName) {
    this.swedish = swedish;
    this.english = english;
    this.eventName = eventName;
    this.swedishEventName = swedishEventName;
  }

  /** The command in Swedish, e.g. "Registrera". */
  public String swedish() {
    return swedish;
  }

  /** The command in English, e.g. "Register". */
  public String english() {
    return english;
  }

  /** The event in English, past tense, e.g. "Registered". */
  public String eventName() {
    return eventName;
  }

  /** The event in Swedish, e.g. "Registrerad". */
  public String swedishEventName() {
    return swedishEventName;
  }
}
