package se.qms.core.measure;

import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * How far a value may miss its target and still be yellow (Delvis uppnått): an absolute amount in
 * the indicator's unit, or a percentage of the target.
 *
 * <p>Invariant: the amount is finite and not negative. Immutable and thread-safe.
 */
public final class Tolerance {
  private static final Tolerance NONE = new Tolerance(0, false);

  private final double amount;
  private final boolean relative;

  private Tolerance(double amount, boolean relative) {
    this.amount = amount;
    this.relative = relative;
  }

  /** No tolerance: a value that misses the target is red. */
  public static Tolerance none() {
    return NONE;
  }

  /** An absolute tolerance in the indicator's unit (percentage points for percent indicators). */
  public static Tolerance points(double amount) {
    return new Tolerance(check(amount), false);
  }

  /** A tolerance of {@code percent} % of the target value. */
  public static Tolerance percentOfTarget(double percent) {
    return new Tolerance(check(percent), true);
  }

  private static double check(double amount) {
    if (!Double.isFinite(amount) || amount < 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "tolerance", amount, "must be a finite number ≥ 0");
    }
    return amount;
  }

  /** The amount: points, or percent of the target when {@link #isRelative()}. */
  public double amount() {
    return amount;
  }

  /** Whether the amount is a percentage of the target. */
  public boolean isRelative() {
    return relative;
  }

  /** The tolerance in the indicator's unit for a given target. */
  public double width(double target) {
    return relative ? Math.abs(target) * amount / 100 : amount;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tolerance
        && ((Tolerance) other).amount == amount
        && ((Tolerance) other).relative == relative;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(amount) * 31 + (relative ? 1 : 0);
  }

  @Override
  public String toString() {
    return relative ? amount + " % of target" : amount + " points";
  }
}
