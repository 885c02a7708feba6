package se.qms.core.lexsarah;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A stretch of a lex Sarah case's handling that a municipality can give a time limit: from one
 * step of the lifecycle to a later one. The law sets no number of days — a report is made
 * <i>genast</i> (SoL 14 kap. 3 §), documented and investigated <i>utan dröjsmål</i> (SoL 14 kap.
 * 6 §) and a serious case notified <i>snarast</i> (SoL 14 kap. 7 §) — so the limits are the
 * municipality's policy ({@link LexSarahTimelinessPolicy}); each step carries the provision it
 * makes concrete as its default basis.
 *
 * <p>Each step has two stable rule ids for its findings: {@code lex-sarah.<code>-late} when the
 * step was taken after its due date, {@code lex-sarah.<code>-overdue} when it is not taken and the
 * due date has passed.
 */
public enum LexSarahStep {
  /** From the report to its receipt by the manager responsible. */
  RECEIPT(
      "receipt",
      LexSarahStatus.REPORTED,
      LexSarahStatus.RECEIVED,
      "mottagande av ansvarig chef",
      "receipt by the manager responsible",
      "SoL 14 kap. 3 §; LSS 24 b §"),
  /** From the report to its registration (seed 000 §4.3.2.1: registered five weeks late). */
  REGISTRATION(
      "registration",
      LexSarahStatus.REPORTED,
      LexSarahStatus.REGISTERED,
      "registrering",
      "registration",
      "SoL 14 kap. 6 §; LSS 24 e §; SOSFS 2011:9 5 kap. 5 §"),
  /** From the registration to the decision to start the investigation. */
  INVESTIGATION_START(
      "investigation-start",
      LexSarahStatus.REGISTERED,
      LexSarahStatus.INVESTIGATING,
      "beslut att inleda utredning",
      "start of the investigation",
      "SoL 14 kap. 6 §; LSS 24 e §; SOSFS 2011:9 5 kap. 5 §"),
  /** From the start of the investigation to its (first) assessment. */
  ASSESSMENT(
      "assessment",
      LexSarahStatus.INVESTIGATING,
      LexSarahStatus.ASSESSED,
      "bedömning",
      "assessment",
      "SoL 14 kap. 6 §; LSS 24 e §; SOSFS 2011:9 5 kap. 5 §"),
  /** From the first assessment as serious to the notification to IVO. */
  NOTIFICATION(
      "notification",
      null,
      LexSarahStatus.NOTIFIED,
      "anmälan till IVO",
      "notification to IVO",
      "SoL 14 kap. 7 §; LSS 24 f §"),
  /** From the start of the investigation to its completion. */
  COMPLETION(
      "completion",
      LexSarahStatus.INVESTIGATING,
      LexSarahStatus.CLOSED,
      "avslutad utredning",
      "completion of the investigation",
      "SoL 14 kap. 6 §; LSS 24 e §; SOSFS 2011:9 5 kap. 5 §");

  private final String code;
  private final LexSarahStatus from;
  private final LexSarahStatus to;
  private final String swedish;
  private final String english;
  private final String defaultBasis;

  LexSarahStep(
      String code,
      LexSarahStatus from,
      LexSarahStatus to,
      String swedish,
      String english,
      String defaultBasis) {
    this.code = code;
    this.from = from;
    this.to = to;
    this.swedish = swedish;
    this.english = english;
    this.defaultBasis = defaultBasis;
  }

  /** The code in rule ids, e.g. {@code registration}. */
  public String code() {
    return code;
  }

  /** The step in Swedish, e.g. "registrering". */
  public String swedish() {
    return swedish;
  }

  /** The step in English. */
  public String english() {
    return english;
  }

  /** The provision the step's limit makes concrete, e.g. "SoL 14 kap. 6 §; LSS 24 e §". */
  public String defaultBasis() {
    return defaultBasis;
  }

  /** The rule id of a step taken after its due date, e.g. {@code lex-sarah.registration-late}. */
  public String lateRuleId() {
    return "lex-sarah." + code + "-late";
  }

  /** The rule id of a step not taken by its due date, e.g. {@code lex-sarah.registration-overdue}. */
  public String overdueRuleId() {
    return "lex-sarah." + code + "-overdue";
  }

  /** The day counting starts: the day the case reached the step's start; empty if unknown. */
  Optional<LocalDate> start(LexSarahCase c) {
    return from == null ? c.seriousSince() : c.dateReached(from);
  }

  /** The day the step was taken; empty if not taken or unknown. */
  Optional<LocalDate> end(LexSarahCase c) {
    return c.dateReached(to);
  }

  /** Whether the case has taken the step, known by its status even where the day is not. */
  boolean taken(LexSarahCase c) {
    return to == LexSarahStatus.NOTIFIED ? c.isNotified() : c.hasPassed(to);
  }

  /** What counting starts from, in Swedish, e.g. "rapporten". */
  String startSv() {
    return from == null ? "bedömningen som allvarligt" : START_SV[from.ordinal()];
  }

  /** What counting starts from, in English. */
  String startEn() {
    return from == null ? "the assessment as serious" : START_EN[from.ordinal()];
  }

  private static final String[] START_SV = {
    "rapporten", "mottagandet", "registreringen", "utredningens start", "bedömningen", "anmälan", "avslutet"
  };
  private static final String[] START_EN = {
    "the report", "receipt", "registration", "the start of the investigation", "the assessment",
    "the notification", "closing"
  };
}
