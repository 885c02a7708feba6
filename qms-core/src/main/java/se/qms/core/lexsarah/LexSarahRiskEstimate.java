package se.qms.core.lexsarah;

import org.immutables.value.Value;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * The estimate of how serious a lex Sarah case is: "riskstorleken vägs mot sannolikheten att
 * missförhållandet ska inträffa igen" (seed 000 §4.3.2.1), as a probability step and a severity
 * step on the rule set's risk scales (qms-risk's {@code RiskScales}, by default 1–4 each).
 *
 * <p>The core keeps the two steps as plain data; whether they lie on the scales in use and whether
 * they must be considered for notification to IVO (seed 000: value 8 or more, or severity Hög) is
 * decided in qms-risk. Invariants: both steps in [1, {@value #MAX_STEP}], the most steps a risk
 * scale may have ({@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LexSarahRiskEstimate {
  /** The largest step of any risk scale. */
  public static final int MAX_STEP = 10;

  LexSarahRiskEstimate() {}

  /** The probability (sannolikhet) step, 1-based. */
  @Value.Parameter
  public abstract int probability();

  /** The severity (allvarlighetsgrad) step, 1-based. */
  @Value.Parameter
  public abstract int severity();

  /**
   * An estimate.
   *
   * @param probability 1–{@value #MAX_STEP}
   * @param severity 1–{@value #MAX_STEP}
   */
  public static LexSarahRiskEstimate of(int probability, int severity) {
    return ImmutableLexSarahRiskEstimate.of(probability, severity);
  }

  /** The risk value, probability × severity (seed 002 §6.4). */
  public int value() {
    return probability() * severity();
  }

  @Value.Check
  final void check() {
    Checks.inRange(probability(), 1, MAX_STEP, "probability", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
    Checks.inRange(severity(), 1, MAX_STEP, "severity", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
  }

  @Override
  public String toString() {
    return probability() + " × " + severity() + " = " + value();
  }
}
