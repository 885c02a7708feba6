package se.qms.risk;

import org.immutables.value.Value;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.PersonRef;
import se.qms.risk.internal.Require;

/**
 * One assessor's rating of a risk (skattning): a step on the probability scale and a step on the
 * severity scale.
 *
 * <p>Invariants: both steps are in [1, {@value RiskScale#MAX_STEPS}] ({@link
 * QmsErrorCode#RISK_RATING_OUT_OF_SCALE}); whether they fit the scales in use is checked when a
 * {@link RiskEvaluator} scores them. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rating {
  Rating() {}

  /** Who rated. */
  @Value.Parameter
  public abstract PersonRef assessor();

  /** The probability step, from 1. */
  @Value.Parameter
  public abstract int probability();

  /** The severity step, from 1. */
  @Value.Parameter
  public abstract int severity();

  /**
   * Creates a rating.
   *
   * @param assessor not null
   * @param probability 1–10
   * @param severity 1–10
   */
  public static Rating of(PersonRef assessor, int probability, int severity) {
    return ImmutableRating.of(assessor, probability, severity);
  }

  /** The rating's risk value: probability × severity. */
  public int value() {
    return probability() * severity();
  }

  @Value.Check
  final void check() {
    Require.inRange(
        probability(), 1, RiskScale.MAX_STEPS, "probability", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
    Require.inRange(
        severity(), 1, RiskScale.MAX_STEPS, "severity", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
  }
}
