package se.qms.risk;

import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * The pair of scales a risk is rated on: probability and severity.
 *
 * <p>Invariant: the first scale rates {@link RiskAxis#PROBABILITY}, the second {@link
 * RiskAxis#SEVERITY}. The values the pair can produce run from 1 to {@link #maxValue()}. Immutable
 * and thread-safe.
 */
public final class RiskScales {
  private static final RiskScales DEFAULTS =
      new RiskScales(RiskScale.defaultProbability(), RiskScale.defaultSeverity());

  private final RiskScale probability;
  private final RiskScale severity;

  private RiskScales(RiskScale probability, RiskScale severity) {
    this.probability = probability;
    this.severity = severity;
  }

  /** The default scales of seed 000 §1.6.2, both 1–4; values 1–16. */
  public static RiskScales defaults() {
    return DEFAULTS;
  }

  /**
   * A pair of scales.
   *
   * @param probability a scale of axis {@link RiskAxis#PROBABILITY}; not null
   * @param severity a scale of axis {@link RiskAxis#SEVERITY}; not null
   * @throws InvalidValueException with {@link QmsErrorCode#INCONSISTENT_VALUE} when an axis is
   *     wrong
   */
  public static RiskScales of(RiskScale probability, RiskScale severity) {
    Require.present(probability, "probability");
    Require.present(severity, "severity");
    if (probability.axis() != RiskAxis.PROBABILITY) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "probability.axis", probability.axis(), "must be PROBABILITY");
    }
    if (severity.axis() != RiskAxis.SEVERITY) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "severity.axis", severity.axis(), "must be SEVERITY");
    }
    return new RiskScales(probability, severity);
  }

  /** The probability scale. */
  public RiskScale probability() {
    return probability;
  }

  /** The severity (consequence) scale. */
  public RiskScale severity() {
    return severity;
  }

  /** The largest value the scales produce: the product of their highest steps (16 by default). */
  public int maxValue() {
    return probability.steps() * severity.steps();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RiskScales
        && ((RiskScales) other).probability.equals(probability)
        && ((RiskScales) other).severity.equals(severity);
  }

  @Override
  public int hashCode() {
    return probability.hashCode() * 31 + severity.hashCode();
  }

  @Override
  public String toString() {
    return "RiskScales{" + probability + ", " + severity + "}";
  }
}
