package se.qms.core.measure;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * Which way a value moved (seed 001 tables 1–10: Ökande, Minskande, Bestående), regardless of
 * whether that is better; see {@link Development} for that.
 *
 * <p>{@link #between(double, double, double)} is antisymmetric: swapping the two values swaps
 * {@link #INCREASING} and {@link #DECREASING} and keeps {@link #STABLE}.
 */
public enum Trend {
  /** Ökande: the value rose by more than the tolerance. */
  INCREASING("Ökande", "Increasing"),
  /** Minskande: the value fell by more than the tolerance. */
  DECREASING("Minskande", "Decreasing"),
  /** Bestående: the value moved by at most the tolerance. */
  STABLE("Bestående", "Stable");

  private final String swedish;
  private final String english;

  Trend(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish word, e.g. "Ökande". */
  public String swedish() {
    return swedish;
  }

  /** The English word. */
  public String english() {
    return english;
  }

  /**
   * The trend from one value to the next.
   *
   * @param previous the earlier value, finite
   * @param current the later value, finite
   * @param tolerance the largest change still counted as stable, finite and ≥ 0 (the seed 001
   *     tables use 0)
   */
  public static Trend between(double previous, double current, double tolerance) {
    requireFinite(previous, "previous");
    requireFinite(current, "current");
    requireFinite(tolerance, "tolerance");
    if (tolerance < 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "tolerance", tolerance, "must be ≥ 0");
    }
    double change = current - previous;
    return change > tolerance ? INCREASING : change < -tolerance ? DECREASING : STABLE;
  }

  /**
   * The direction of the least-squares line through a series of equally spaced values; NaN
   * entries are gaps and are skipped. Empty with fewer than two values.
   *
   * @param tolerance the largest slope per step still counted as stable, ≥ 0
   */
  public static Optional<Trend> ofSeries(double[] values, double tolerance) {
    OptionalDouble slope = slope(values);
    if (slope.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(between(0, slope.getAsDouble(), tolerance));
  }

  /** The least-squares slope per step of a series; NaN entries are skipped; empty below two values. */
  public static OptionalDouble slope(double[] values) {
    if (values == null) {
      throw new se.qms.core.MissingValueException("values");
    }
    int n = 0;
    double sumX = 0;
    double sumY = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == values[i]) {
        requireFinite(values[i], "values[" + i + "]");
        n++;
        sumX += i;
        sumY += values[i];
      }
    }
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double meanX = sumX / n;
    double meanY = sumY / n;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == values[i]) {
        sxy += (i - meanX) * (values[i] - meanY);
        sxx += (i - meanX) * (i - meanX);
      }
    }
    return OptionalDouble.of(sxy / sxx);
  }

  /**
   * Reads the Swedish word as printed in reports, case-insensitively.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#VALUE_MALFORMED} for any other word
   */
  public static Trend parseSwedish(String word) {
    if (word == null) {
      throw new se.qms.core.MissingValueException("trend");
    }
    String w = word.strip().toLowerCase(Locale.forLanguageTag("sv"));
    for (Trend t : values()) {
      if (t.swedish.toLowerCase(Locale.forLanguageTag("sv")).equals(w)) {
        return t;
      }
    }
    throw InvalidValueException.malformed(
        QmsErrorCode.VALUE_MALFORMED, "trend", word, "Ökande, Minskande or Bestående");
  }

  private static void requireFinite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_NOT_FINITE, field, value, "must be a finite number");
    }
  }
}
