package se.qms.core.unexecuted;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One interval of a {@link WaitingTimeScale}: complete months waited from {@link #fromMonths()}
 * (included) to {@link #toMonths()} (excluded), or without upper bound.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WaitingTimeBucket {
  WaitingTimeBucket() {}

  /** The smallest number of complete months in the bucket. */
  @Value.Parameter
  public abstract int fromMonths();

  /** The first number of complete months above the bucket; empty for the last, open bucket. */
  @Value.Parameter
  public abstract Optional<Integer> toMonths();

  static WaitingTimeBucket of(int from, Optional<Integer> to) {
    return ImmutableWaitingTimeBucket.of(from, to);
  }

  /** Whether {@code months} complete months lie in the bucket. */
  public boolean contains(long months) {
    return months >= fromMonths() && toMonths().map(t -> months < t).orElse(true);
  }

  /** A stable key, e.g. {@code 3-6} or {@code 12+}. */
  public String key() {
    return toMonths().map(t -> fromMonths() + "-" + t).orElse(fromMonths() + "+");
  }

  /** The label as reports print it, e.g. "3–6 månader" or "Över 12 månader". */
  public String label() {
    return toMonths()
        .map(t -> fromMonths() + "–" + t + " månader")
        .orElse("Över " + fromMonths() + " månader");
  }

  @Override
  public String toString() {
    return label();
  }
}
