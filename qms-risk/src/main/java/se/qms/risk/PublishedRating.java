package se.qms.risk;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * A rating as a document prints it, without the individual ratings behind it: a probability and a
 * severity that may be decimal means of an unknown number of assessors (seed 000 §4.1 prints "1,5"
 * and "1,4" for risk 2 and "4. Mycket stor" and "3. Betydande" for risk 1).
 *
 * <p>The figures are kept exactly as decimals, so the value {@code probability × severity} and
 * its band never suffer from binary rounding. Invariants: both in [1, {@value
 * RiskScale#MAX_STEPS}] with at most 4 decimals ({@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE},
 * {@link QmsErrorCode#VALUE_MALFORMED}). Equality is numerical ({@code 1.50} equals {@code 1.5}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublishedRating {
  private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,2}([.,][0-9]{1,4})?");
  private static final BigDecimal MAX = BigDecimal.valueOf(RiskScale.MAX_STEPS);

  PublishedRating() {}

  /** The printed probability, e.g. 1.5; a mean when several assessors rated. */
  @Value.Parameter
  public abstract BigDecimal probability();

  /** The printed severity, e.g. 1.4; a mean when several assessors rated. */
  @Value.Parameter
  public abstract BigDecimal severity();

  /**
   * Creates a published rating.
   *
   * @param probability in [1, 10], at most 4 decimals; not null
   * @param severity in [1, 10], at most 4 decimals; not null
   */
  public static PublishedRating of(BigDecimal probability, BigDecimal severity) {
    return ImmutablePublishedRating.of(
        Require.present(probability, "probability").stripTrailingZeros(),
        Require.present(severity, "severity").stripTrailingZeros());
  }

  /** A published rating of two whole steps, e.g. {@code of(4, 3)} for "4. Mycket stor", "3. Betydande". */
  public static PublishedRating of(int probability, int severity) {
    return of(BigDecimal.valueOf(probability), BigDecimal.valueOf(severity));
  }

  /**
   * Reads the printed figures, with a decimal comma or point: {@code parse("1,5", "1,4")}.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#VALUE_MALFORMED} when a figure is not a
   *     decimal number of at most 4 decimals
   */
  public static PublishedRating parse(CharSequence probability, CharSequence severity) {
    return of(decimal(probability, "probability"), decimal(severity, "severity"));
  }

  private static BigDecimal decimal(CharSequence text, String field) {
    Require.present(text, field);
    String s = text.toString().strip();
    if (!DECIMAL.matcher(s).matches()) {
      throw InvalidValueException.malformed(
          QmsErrorCode.VALUE_MALFORMED, field, text, "a decimal number such as 1,5 or 1.75");
    }
    return new BigDecimal(s.replace(',', '.'));
  }

  /** The value: probability × severity, exactly. */
  public BigDecimal value() {
    return probability().multiply(severity());
  }

  @Value.Check
  final PublishedRating check() {
    inScale(probability(), "probability");
    inScale(severity(), "severity");
    BigDecimal p = probability().stripTrailingZeros();
    BigDecimal s = severity().stripTrailingZeros();
    if (p.equals(probability()) && s.equals(severity())) {
      return this;
    }
    return ImmutablePublishedRating.of(p, s);
  }

  private static void inScale(BigDecimal value, String field) {
    if (value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(MAX) > 0) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.RISK_RATING_OUT_OF_SCALE, field, value.doubleValue(), 1, RiskScale.MAX_STEPS);
    }
    if (value.stripTrailingZeros().scale() > 4) {
      throw InvalidValueException.malformed(
          QmsErrorCode.VALUE_MALFORMED, field, value.toPlainString(), "a number of at most 4 decimals");
    }
  }

  @Override
  public String toString() {
    return "PublishedRating{" + probability().toPlainString() + " × " + severity().toPlainString() + "}";
  }
}
