package se.qms.risk;

import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * One level of risk values, e.g. Medium [4, 8): its Swedish and English name and the half-open
 * range {@code [lower, upper)} of values it holds.
 *
 * <p>A value {@code v} — an integer product or the real-valued product of two means — belongs to
 * the band when {@code lower <= v < upper}; the top band of a {@link RiskBands} also holds its
 * upper bound, the largest value of the scales (Kritisk [8, 16] holds 16). Invariants: names
 * non-blank (at most 100 characters), {@code 1 <= lower < upper <= 100} ({@link
 * QmsErrorCode#RISK_BAND_EMPTY}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskBand {
  RiskBand() {}

  /** The Swedish name, e.g. "Kritisk". */
  @Value.Parameter
  public abstract String nameSv();

  /** The English name, e.g. "Critical". */
  @Value.Parameter
  public abstract String nameEn();

  /** The smallest value in the band (inclusive). */
  @Value.Parameter
  public abstract int lower();

  /** The bound above the band's values: exclusive, except for the top band of a set of bands. */
  @Value.Parameter
  public abstract int upper();

  /**
   * Creates a band.
   *
   * @param nameSv not blank
   * @param nameEn not blank
   * @param lower 1–99, inclusive
   * @param upper above {@code lower}, at most 100; exclusive (inclusive for the top band)
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_BAND_EMPTY} when {@code lower >=
   *     upper}
   */
  public static RiskBand of(String nameSv, String nameEn, int lower, int upper) {
    return ImmutableRiskBand.of(nameSv, nameEn, lower, upper);
  }

  @Value.Check
  final void check() {
    Require.text(nameSv(), 100, "nameSv");
    Require.text(nameEn(), 100, "nameEn");
    int max = RiskScale.MAX_STEPS * RiskScale.MAX_STEPS;
    Require.inRange(lower(), 1, max - 1, "lower");
    Require.inRange(upper(), 2, max, "upper");
    if (lower() >= upper()) {
      throw InvalidValueException.violates(
          QmsErrorCode.RISK_BAND_EMPTY, "upper", upper(), "must be above lower " + lower());
    }
  }

  /** The name and range, e.g. {@code Medium [4, 8)}. */
  @Override
  public String toString() {
    return nameSv() + " [" + lower() + ", " + upper() + ")";
  }
}
