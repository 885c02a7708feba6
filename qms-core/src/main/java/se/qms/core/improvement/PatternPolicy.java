package se.qms.core.improvement;

import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * When a category counts as a pattern or trend worth analysing: its count rising over a number of
 * consecutive periods, or its share of a period's cases exceeding a threshold. Municipal policy,
 * hence data.
 *
 * <p>Defaults: three consecutive periods of strict increase (two rises in a row), a share above one
 * half, and at least five cases in a period before a share is judged (so one case of one is not a
 * pattern). Invariants: rising periods in [2, 100]; the threshold in [0, 1); minimum count in [1, 1
 * 000 000]. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PatternPolicy {
  PatternPolicy() {}

  /** How many consecutive periods of strictly increasing counts make a rising trend; default 3. */
  @Value.Default
  public int risingPeriods() {
    return 3;
  }

  /** The share of a period's cases a category must exceed; default 1/2. */
  @Value.Default
  public Ratio shareThreshold() {
    return Ratio.of(1, 2);
  }

  /** The fewest cases of a category in a period before its share is judged; default 5. */
  @Value.Default
  public int minimumCount() {
    return 5;
  }

  /** The defaults. */
  public static PatternPolicy defaults() {
    return builder().build();
  }

  /**
   * A policy.
   *
   * @param risingPeriods 2–100
   * @param shareThreshold at least 0, below 1
   * @param minimumCount 1–1 000 000
   */
  public static PatternPolicy of(int risingPeriods, Ratio shareThreshold, int minimumCount) {
    return builder()
        .risingPeriods(risingPeriods)
        .shareThreshold(shareThreshold)
        .minimumCount(minimumCount)
        .build();
  }

  /** A strict builder; every attribute has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds policies. */
  public static final class Builder extends ImmutablePatternPolicy.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.inRange(risingPeriods(), 2, 100, "risingPeriods");
    Checks.inRange(minimumCount(), 1, 1_000_000, "minimumCount");
    Ratio t = shareThreshold();
    if (t.compareTo(Ratio.of(0, 1)) < 0 || t.compareTo(Ratio.of(1, 1)) >= 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "shareThreshold", t, "must be at least 0 and below 1");
    }
  }
}
