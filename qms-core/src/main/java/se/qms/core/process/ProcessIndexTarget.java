package se.qms.core.process;

import java.time.LocalDate;
import org.immutables.value.Value;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A development target on SIQ's ProcessIndex: "utveckla processen till nivå 8" by a date (seed 000
 * §5).
 *
 * <p>Invariant: the level is in [1, 10]. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProcessIndexTarget {
  ProcessIndexTarget() {}

  /** The level to reach, 1–10. */
  @Value.Parameter
  public abstract int level();

  /** The date by which the level should be reached. */
  @Value.Parameter
  public abstract LocalDate targetDate();

  /**
   * Creates a target.
   *
   * @param level 1–10
   * @param targetDate not null
   */
  public static ProcessIndexTarget of(int level, LocalDate targetDate) {
    return ImmutableProcessIndexTarget.of(level, targetDate);
  }

  @Value.Check
  final void check() {
    Checks.inRange(
        level(),
        ProcessIndexScale.LOWEST,
        ProcessIndexScale.HIGHEST,
        "level",
        QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE);
  }
}
