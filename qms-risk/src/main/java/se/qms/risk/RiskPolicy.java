package se.qms.risk;

import java.util.Objects;
import se.qms.core.MissingValueException;
import se.qms.core.compliance.RuleSetPart;

/**
 * A municipality's risk policy as part of its rule set: the scales, the bands and the escalation
 * rule ({@link RiskEvaluator#of(RiskScales, RiskBands, EscalationPolicy)} compiles them).
 *
 * <p>Invariant: the bands cover the values of the scales (checked by {@link #of}). Immutable and
 * thread-safe.
 */
public final class RiskPolicy implements RuleSetPart {
  private static final RiskPolicy DEFAULTS =
      new RiskPolicy(RiskScales.defaults(), RiskBands.defaults(), EscalationPolicy.defaults());

  private final RiskScales scales;
  private final RiskBands bands;
  private final EscalationPolicy escalation;

  private RiskPolicy(RiskScales scales, RiskBands bands, EscalationPolicy escalation) {
    this.scales = scales;
    this.bands = bands;
    this.escalation = escalation;
  }

  /** Scales 1–4, bands Låg [1, 4), Medium [4, 8), Kritisk [8, 16], escalation at 8 or Hög. */
  public static RiskPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy; fails like {@link RiskEvaluator#of} when the parts do not fit together.
   *
   * @param scales not null
   * @param bands not null
   * @param escalation not null
   */
  public static RiskPolicy of(RiskScales scales, RiskBands bands, EscalationPolicy escalation) {
    if (scales == null || bands == null || escalation == null) {
      throw new MissingValueException(scales == null ? "scales" : bands == null ? "bands" : "escalation");
    }
    RiskEvaluator.of(scales, bands, escalation);
    return new RiskPolicy(scales, bands, escalation);
  }

  /** The probability and severity scales. */
  public RiskScales scales() {
    return scales;
  }

  /** The bands (riskklasser). */
  public RiskBands bands() {
    return bands;
  }

  /** When a risk is escalated. */
  public EscalationPolicy escalation() {
    return escalation;
  }

  /** The compiled evaluator of this policy. */
  public RiskEvaluator evaluator() {
    return RiskEvaluator.of(scales, bands, escalation);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RiskPolicy)) {
      return false;
    }
    RiskPolicy o = (RiskPolicy) other;
    return scales.equals(o.scales) && bands.equals(o.bands) && escalation.equals(o.escalation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scales, bands, escalation);
  }

  @Override
  public String toString() {
    return "RiskPolicy{" + scales + ", " + bands + ", " + escalation + "}";
  }
}
