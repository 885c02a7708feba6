package se.qms.risk;

import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * When a risk must be escalated: reported beyond the unit — to the Inspektionen för vård och
 * omsorg (IVO) for a lex Sarah case, to the nämnd (committee) for an internal-control risk.
 *
 * <p>A rating is escalated when its value reaches {@link #threshold()} or, if {@link
 * #topSeverityEscalates()}, its severity is the highest step of the severity scale. The default is
 * the rule of seed 000 §4.3.2.1: "riskvärdet är 8 eller högre (upp till 16), eller allvarligheten
 * bedöms som hög".
 *
 * <p><b>Aggregated ratings.</b> For several assessors, or a published rating of means, the rule is
 * applied to the means: escalated when the product of the mean probability and the mean severity
 * reaches the threshold, or when the mean severity is the highest step (which, for individual
 * ratings, means every assessor rated the highest severity). So an aggregate is escalated exactly
 * when a single rating with those means would be, and raising any rating never removes an
 * escalation. Individual ratings that would escalate on their own are counted separately by
 * {@link RiskScore#escalatedRatings()}, for organisations that escalate on any single one.
 *
 * <p>Invariant: the threshold is in [1, 100]; {@link RiskEvaluator#of} checks it against the
 * scales ({@link QmsErrorCode#RISK_ESCALATION_THRESHOLD}). Immutable and thread-safe.
 */
public final class EscalationPolicy {
  private static final EscalationPolicy DEFAULT = new EscalationPolicy(8, true);

  private final int threshold;
  private final boolean topSeverityEscalates;

  private EscalationPolicy(int threshold, boolean topSeverityEscalates) {
    this.threshold = threshold;
    this.topSeverityEscalates = topSeverityEscalates;
  }

  /** Value 8 or more, or the highest severity (Hög), escalates. */
  public static EscalationPolicy defaults() {
    return DEFAULT;
  }

  /**
   * A policy.
   *
   * @param threshold the smallest value that escalates, 1–100 (and at most the scales' largest
   *     value, checked when compiled into a {@link RiskEvaluator})
   * @param topSeverityEscalates whether the highest severity escalates whatever the value
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_ESCALATION_THRESHOLD} for a
   *     threshold outside [1, 100]
   */
  public static EscalationPolicy of(int threshold, boolean topSeverityEscalates) {
    Require.inRange(
        threshold,
        1,
        RiskScale.MAX_STEPS * RiskScale.MAX_STEPS,
        "threshold",
        QmsErrorCode.RISK_ESCALATION_THRESHOLD);
    return new EscalationPolicy(threshold, topSeverityEscalates);
  }

  /** The smallest value that escalates. */
  public int threshold() {
    return threshold;
  }

  /** Whether the highest step of the severity scale escalates whatever the value. */
  public boolean topSeverityEscalates() {
    return topSeverityEscalates;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EscalationPolicy
        && ((EscalationPolicy) other).threshold == threshold
        && ((EscalationPolicy) other).topSeverityEscalates == topSeverityEscalates;
  }

  @Override
  public int hashCode() {
    return threshold * 2 + (topSeverityEscalates ? 1 : 0);
  }

  @Override
  public String toString() {
    return "EscalationPolicy{value >= "
        + threshold
        + (topSeverityEscalates ? " or top severity" : "")
        + "}";
  }
}
