package se.qms.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahRiskEstimate;
import se.qms.core.lexsarah.LexSarahStatus;
import se.qms.risk.internal.Require;

/**
 * Which lex Sarah cases must be considered for notification to IVO by their risk estimate: seed
 * 000 §4.3.2.1, "I de fall där riskvärdet är 8 eller högre (upp till 16), eller allvarligheten
 * bedöms som hög görs en anmälan till Inspektionen för vård och omsorg (IVO)". The rule is the
 * rule set's {@link EscalationPolicy} applied to the case's {@link LexSarahRiskEstimate} on the
 * rule set's {@link RiskScales}, compiled in a {@link RiskEvaluator}; a case without an estimate is
 * never flagged.
 *
 * <p>The decision to notify stays the nämnd's, on the investigation's assessment (SoL 14 kap.
 * 7 §): a flag asks for it to be considered. As of a day, {@link #findings(Collection, LocalDate)}
 * reports each flagged case that is not notified:
 *
 * <ul>
 *   <li>{@value #NOTIFICATION_TO_CONSIDER} (information) while the case is open;
 *   <li>{@value #ESCALATED_CLOSED_WITHOUT_NOTIFICATION} (warning) once it is closed without a
 *       notification, so that someone checks why the estimate and the assessment disagree.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class LexSarahEscalation {
  /** An open case whose estimate must be considered for notification. */
  public static final String NOTIFICATION_TO_CONSIDER = "lex-sarah.notification-to-consider";

  /** A closed case whose estimate called for considering notification, not notified. */
  public static final String ESCALATED_CLOSED_WITHOUT_NOTIFICATION =
      "lex-sarah.escalated-closed-without-notification";

  /** The provisions on notifying IVO. */
  static final String BASIS = "SoL 14 kap. 7 §; LSS 24 f §";

  private static final LexSarahEscalation DEFAULTS = new LexSarahEscalation(RiskEvaluator.defaults());

  private final RiskEvaluator evaluator;

  private LexSarahEscalation(RiskEvaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** The default scales (1–4 × 1–4) and policy: value 8 or more, or severity Hög. */
  public static LexSarahEscalation defaults() {
    return DEFAULTS;
  }

  /** The escalation of a compiled evaluator's scales and policy. */
  public static LexSarahEscalation of(RiskEvaluator evaluator) {
    return new LexSarahEscalation(Require.present(evaluator, "evaluator"));
  }

  /** The escalation of a rule set's risk policy. */
  public static LexSarahEscalation of(RiskPolicy policy) {
    return of(Require.present(policy, "policy").evaluator());
  }

  /** The evaluator applied. */
  public RiskEvaluator evaluator() {
    return evaluator;
  }

  /**
   * Whether a case's risk estimate must be considered for notification to IVO; false without an
   * estimate.
   *
   * @param c not null
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} when the
   *     estimate lies outside the scales
   */
  public boolean mustConsiderNotification(LexSarahCase c) {
    Require.present(c, "case");
    if (c.riskEstimate().isEmpty()) {
      return false;
    }
    LexSarahRiskEstimate e = c.riskEstimate().get();
    try {
      return evaluator.isEscalated(e.probability(), e.severity());
    } catch (InvalidValueException outOfScale) {
      throw new InvalidValueException(
          outOfScale.code(),
          "lexSarahCases[" + c.id() + "].riskEstimate",
          e.toString(),
          outOfScale.getMessage().substring(outOfScale.getMessage().indexOf(": ") + 2)
              + " (lex Sarah case "
              + c.id()
              + ")");
    }
  }

  /**
   * The cases to be considered for notification, in the order given.
   *
   * @param cases not null, no null elements
   */
  public List<LexSarahCase> flagged(Collection<? extends LexSarahCase> cases) {
    Require.present(cases, "cases");
    List<LexSarahCase> out = new ArrayList<>();
    for (LexSarahCase c : cases) {
      if (mustConsiderNotification(Require.present(c, "cases[]"))) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The flagged cases reported on or before {@code asOf} and not notified by then, sorted by case
   * id: information while open, a warning once closed.
   *
   * @param cases not null, no null elements
   * @param asOf the day of evaluation; not null
   */
  public List<Finding> findings(Collection<? extends LexSarahCase> cases, LocalDate asOf) {
    Require.present(asOf, "asOf");
    List<LexSarahCase> sorted = new ArrayList<>(flagged(cases));
    sorted.sort(Comparator.comparing(LexSarahCase::id));
    List<Finding> out = new ArrayList<>();
    for (LexSarahCase c : sorted) {
      if (c.reported().isAfter(asOf) || notifiedBy(c, asOf)) {
        continue;
      }
      LexSarahRiskEstimate e = c.riskEstimate().orElseThrow();
      String valueSv = "riskvärdet " + e.value() + " (" + e.probability() + " × " + e.severity() + ")";
      String valueEn = "the risk value " + e.value() + " (" + e.probability() + " × " + e.severity() + ")";
      String ruleSv = policySv();
      String ruleEn = policyEn();
      boolean closed = c.statusOn(asOf) == LexSarahStatus.CLOSED;
      out.add(
          Finding.builder()
              .ruleId(closed ? ESCALATED_CLOSED_WITHOUT_NOTIFICATION : NOTIFICATION_TO_CONSIDER)
              .severity(closed ? FindingSeverity.WARNING : FindingSeverity.INFO)
              .basis(BASIS)
              .subject("lexSarahCases/" + c.id())
              .messageSv(
                  closed
                      ? "Lex Sarah-ärende " + c.id() + " avslutades utan anmälan till IVO trots "
                          + valueSv + "; " + ruleSv + "."
                      : "Lex Sarah-ärende " + c.id() + " har " + valueSv
                          + " och ska prövas för anmälan till IVO; " + ruleSv + ".")
              .messageEn(
                  closed
                      ? "Lex Sarah case " + c.id() + " was closed without a notification to IVO despite "
                          + valueEn + "; " + ruleEn + "."
                      : "Lex Sarah case " + c.id() + " has " + valueEn
                          + " and must be considered for notification to IVO; " + ruleEn + ".")
              .build());
    }
    return List.copyOf(out);
  }

  private static boolean notifiedBy(LexSarahCase c, LocalDate asOf) {
    return c.notified().map(d -> !d.isAfter(asOf)).orElse(c.isNotified());
  }

  private String policySv() {
    EscalationPolicy p = evaluator.escalation();
    RiskScale severity = evaluator.scales().severity();
    return "rutinen prövar anmälan vid riskvärde "
        + p.threshold()
        + " eller högre"
        + (p.topSeverityEscalates()
            ? " eller allvarlighetsgrad " + severity.labelSv(severity.steps())
            : "");
  }

  private String policyEn() {
    EscalationPolicy p = evaluator.escalation();
    RiskScale severity = evaluator.scales().severity();
    return "the policy considers notification at a risk value of "
        + p.threshold()
        + " or more"
        + (p.topSeverityEscalates() ? " or severity " + severity.labelEn(severity.steps()) : "");
  }

  @Override
  public String toString() {
    return "LexSarahEscalation{" + evaluator.escalation() + "}";
  }
}
