package se.qms.core.improvement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * An exact rational number, numerator over a positive denominator: a share ("65 av 501") or a
 * relative change between two counts. Shares are kept exact and rounded only for display, so no
 * floating-point error reaches a report.
 *
 * <p>The numerator and denominator are kept as given ({@code 65/501} stays {@code 65/501}, {@code
 * 2/4} stays {@code 2/4}), but equality, hashing and ordering are by value: {@code 2/4} equals
 * {@code 1/2}. Percentages round half away from zero ({@link RoundingMode#HALF_UP}), as Swedish
 * reports do; {@link #roundedPercents(List, int)} instead rounds a set of shares by the largest
 * remainder so that they add up to exactly 100. Immutable and thread-safe.
 */
public final class Ratio implements Comparable<Ratio> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final long numerator;
  private final long denominator;

  private Ratio(long numerator, long denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * A ratio.
   *
   * @param numerator any value
   * @param denominator at least 1
   */
  public static Ratio of(long numerator, long denominator) {
    if (denominator < 1) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "denominator", denominator, 1, Long.MAX_VALUE);
    }
    return new Ratio(numerator, denominator);
  }

  /**
   * The share {@code part} of {@code whole}.
   *
   * @param part 0–{@code whole}
   * @param whole at least 1
   */
  public static Ratio share(long part, long whole) {
    if (whole < 1) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "whole", whole, 1, Long.MAX_VALUE);
    }
    if (part < 0 || part > whole) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "part", part, 0, whole);
    }
    return new Ratio(part, whole);
  }

  /**
   * The relative change from {@code previous} to {@code current}: {@code (current − previous) /
   * previous}; 85 → 108 is {@code 23/85}, an increase of 27 % (seed 000 §4.3.2.1).
   *
   * @param previous at least 1
   * @param current 0 or more
   */
  public static Ratio change(long previous, long current) {
    if (previous < 1) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "previous", previous, 1, Long.MAX_VALUE);
    }
    if (current < 0) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "current", current, 0, Long.MAX_VALUE);
    }
    return new Ratio(Math.subtractExact(current, previous), previous);
  }

  /** The numerator as given. */
  public long numerator() {
    return numerator;
  }

  /** The denominator as given; at least 1. */
  public long denominator() {
    return denominator;
  }

  /** The value as a double, for charts; never for comparisons or sums. */
  public double toDouble() {
    return (double) numerator / denominator;
  }

  /**
   * The value in percent, rounded half away from zero to {@code decimals} places: {@code 11/501} to
   * one place is 2.2.
   *
   * @param decimals 0–10
   */
  public BigDecimal percent(int decimals) {
    Checks.inRange(decimals, 0, 10, "decimals");
    return BigDecimal.valueOf(numerator)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
  }

  /**
   * The value in percent as Swedish text: decimal comma, a space before the per-cent sign, digits
   * grouped by three with a space: {@code "67 %"}, {@code "2,2 %"}, {@code "-52 %"}, {@code "1 100
   * %"}.
   *
   * @param decimals 0–10
   */
  public String formatPercent(int decimals) {
    return formatPercent(percent(decimals));
  }

  /** A percentage as Swedish text, as {@link #formatPercent(int)} writes it. */
  public static String formatPercent(BigDecimal percent) {
    return formatNumber(Checks.present(percent, "percent")) + " %";
  }

  /** A number as Swedish text: decimal comma, digits grouped by three with a space. */
  public static String formatNumber(BigDecimal number) {
    String plain = Checks.present(number, "number").toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(' ');
      }
      grouped.append(whole.charAt(i));
    }
    boolean zero = number.signum() == 0;
    return (negative && !zero ? "-" : "") + grouped + fraction;
  }

  /**
   * Rounds shares that make up one whole to percentages with {@code decimals} places that add up to
   * exactly 100, by the largest-remainder method: each share is first rounded down, and the units
   * still missing go to the shares with the largest remainders (ties to the earlier share).
   *
   * @param shares not empty; their exact sum must be 1
   * @param decimals 0–10
   * @return the percentages, in the order of {@code shares}
   * @throws InvalidValueException with {@link QmsErrorCode#SHARES_NOT_WHOLE} if the shares do not
   *     add up to exactly one, or one is negative
   */
  public static List<BigDecimal> roundedPercents(List<Ratio> shares, int decimals) {
    Checks.present(shares, "shares");
    Checks.inRange(decimals, 0, 10, "decimals");
    BigInteger sumNumerator = BigInteger.ZERO;
    BigInteger sumDenominator = BigInteger.ONE;
    for (Ratio r : shares) {
      Checks.present(r, "shares[]");
      if (r.numerator < 0) {
        throw InvalidValueException.violates(
            QmsErrorCode.SHARES_NOT_WHOLE, "shares", r, "must not be negative");
      }
      BigInteger d = BigInteger.valueOf(r.denominator);
      sumNumerator =
          sumNumerator.multiply(d).add(BigInteger.valueOf(r.numerator).multiply(sumDenominator));
      sumDenominator = sumDenominator.multiply(d);
      BigInteger g = sumNumerator.gcd(sumDenominator);
      if (g.signum() != 0) {
        sumNumerator = sumNumerator.divide(g);
        sumDenominator = sumDenominator.divide(g);
      }
    }
    if (!sumNumerator.equals(sumDenominator)) {
      throw InvalidValueException.violates(
          QmsErrorCode.SHARES_NOT_WHOLE,
          "shares",
          shares,
          "must add up to exactly 1, add up to " + sumNumerator + "/" + sumDenominator);
    }
    BigInteger units = BigInteger.TEN.pow(decimals).multiply(BigInteger.valueOf(100));
    int n = shares.size();
    BigInteger[] floor = new BigInteger[n];
    BigInteger[] remainder = new BigInteger[n];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr =
          BigInteger.valueOf(shares.get(i).numerator)
              .multiply(units)
              .divideAndRemainder(BigInteger.valueOf(shares.get(i).denominator));
      floor[i] = qr[0];
      remainder[i] = qr[1];
      assigned = assigned.add(qr[0]);
    }
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    // larger remainder first (r_a/d_a > r_b/d_b ⇔ r_a·d_b > r_b·d_a); ties keep the earlier share
    order.sort(
        (a, b) -> {
          int c =
              remainder[b]
                  .multiply(BigInteger.valueOf(shares.get(a).denominator))
                  .compareTo(remainder[a].multiply(BigInteger.valueOf(shares.get(b).denominator)));
          return c != 0 ? c : Integer.compare(a, b);
        });
    int missing = units.subtract(assigned).intValueExact();
    for (int k = 0; k < missing; k++) {
      int i = order.get(k);
      floor[i] = floor[i].add(BigInteger.ONE);
    }
    List<BigDecimal> result = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      result.add(new BigDecimal(floor[i], decimals));
    }
    return List.copyOf(result);
  }

  @Override
  public int compareTo(Ratio other) {
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Ratio && compareTo((Ratio) other) == 0;
  }

  @Override
  public int hashCode() {
    BigInteger n = BigInteger.valueOf(numerator);
    BigInteger d = BigInteger.valueOf(denominator);
    BigInteger g = n.gcd(d);
    return n.divide(g).hashCode() * 31 + d.divide(g).hashCode();
  }

  /** The text form {@code numerator/denominator}, e.g. {@code 65/501}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
