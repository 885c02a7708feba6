package se.qms.core.unexecuted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * How waiting times are grouped in the reports: bounds in complete months that cut the time from
 * the first bound upwards into intervals, each including its lower bound and excluding its upper
 * one, the last open. Seed 004 §6.4.5 prints "3 - 6 mån", "6 - 9 mån", "9 - 12 mån", "mer än ett
 * år" ({@link #quarterSteps()}: bounds 3, 6, 9, 12); seed 001 Tabell 12 and 14 print "3-6
 * månader", "6-12 månader", "Över 12 månader" ({@link #halfYearSteps()}: bounds 3, 6, 12). A wait
 * of exactly six complete months lies in 6–9 (or 6–12), one of exactly twelve in "over 12".
 *
 * <p>The buckets partition every number of months from the first bound up: each such number lies
 * in exactly one bucket. Invariants: at least one bound; bounds strictly increasing, in [0, 1200]
 * ({@link QmsErrorCode#WAITING_TIME_SCALE_INVALID}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WaitingTimeScale {
  WaitingTimeScale() {}

  /** The bounds in complete months, strictly increasing. */
  @Value.Parameter
  public abstract List<Integer> bounds();

  /**
   * A scale.
   *
   * @param bounds at least one; strictly increasing months in [0, 1200]
   */
  public static WaitingTimeScale of(List<Integer> bounds) {
    return ImmutableWaitingTimeScale.of(bounds);
  }

  /** 3–6, 6–9, 9–12 and over 12 months (seed 004 §6.4.5). */
  public static WaitingTimeScale quarterSteps() {
    return of(List.of(3, 6, 9, 12));
  }

  /** 3–6, 6–12 and over 12 months (seed 001 Tabell 12 and 14). */
  public static WaitingTimeScale halfYearSteps() {
    return of(List.of(3, 6, 12));
  }

  /** The smallest number of months the scale covers. */
  public int lowerBound() {
    return bounds().get(0);
  }

  /** The buckets, shortest waits first. */
  @Value.Lazy
  public List<WaitingTimeBucket> buckets() {
    List<WaitingTimeBucket> out = new ArrayList<>();
    for (int i = 0; i < bounds().size(); i++) {
      Optional<Integer> to =
          i + 1 < bounds().size() ? Optional.of(bounds().get(i + 1)) : Optional.empty();
      out.add(WaitingTimeBucket.of(bounds().get(i), to));
    }
    return List.copyOf(out);
  }

  /** The bucket holding {@code months} complete months; empty below the first bound. */
  public Optional<WaitingTimeBucket> bucketOf(long months) {
    for (WaitingTimeBucket b : buckets()) {
      if (b.contains(months)) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    if (bounds().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.WAITING_TIME_SCALE_INVALID, "bounds", "[]", "must hold at least one bound");
    }
    int previous = -1;
    for (int b : bounds()) {
      if (b <= previous || b > 1200) {
        throw InvalidValueException.violates(
            QmsErrorCode.WAITING_TIME_SCALE_INVALID,
            "bounds",
            bounds(),
            "must be strictly increasing months in [0, 1200]");
      }
      previous = b;
    }
  }
}
