package se.qms.core.process;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * Where a process stands against its ProcessIndex target on a given date.
 *
 * <p>Invariants: {@link #stepsRemaining()} is 0 when the target is reached and never negative; a
 * process never assessed counts as level 0, so all ten steps may remain. A target is overdue when
 * its date lies before the as-of date and it is not reached. Immutable and thread-safe.
 */
public final class ProcessIndexProgress {
  private final ProcessIndexTarget target;
  private final OptionalInt currentLevel;
  private final LocalDate asOf;

  private ProcessIndexProgress(ProcessIndexTarget target, OptionalInt currentLevel, LocalDate asOf) {
    this.target = target;
    this.currentLevel = currentLevel;
    this.asOf = asOf;
  }

  static ProcessIndexProgress of(ProcessIndexTarget target, OptionalInt level, LocalDate asOf) {
    return new ProcessIndexProgress(target, level, asOf);
  }

  /** The target. */
  public ProcessIndexTarget target() {
    return target;
  }

  /** The level of the latest assessment on or before the as-of date; empty if never assessed. */
  public OptionalInt currentLevel() {
    return currentLevel;
  }

  /** The date this progress describes. */
  public LocalDate asOf() {
    return asOf;
  }

  /** How many levels remain to the target; 0 when it is reached. */
  public int stepsRemaining() {
    return Math.max(0, target.level() - currentLevel.orElse(0));
  }

  /** Whether the current level is at or above the target level. */
  public boolean isReached() {
    return stepsRemaining() == 0;
  }

  /** Whether the target date has passed without the target being reached. */
  public boolean isOverdue() {
    return !isReached() && target.targetDate().isBefore(asOf);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ProcessIndexProgress)) {
      return false;
    }
    ProcessIndexProgress o = (ProcessIndexProgress) other;
    return target.equals(o.target) && currentLevel.equals(o.currentLevel) && asOf.equals(o.asOf);
  }

  @Override
  public int hashCode() {
    return (target.hashCode() * 31 + currentLevel.hashCode()) * 31 + asOf.hashCode();
  }

  @Override
  public String toString() {
    return "ProcessIndexProgress{current="
        + (currentLevel.isPresent() ? currentLevel.getAsInt() : "none")
        + ", target="
        + target.level()
        + " by "
        + target.targetDate()
        + ", asOf="
        + asOf
        + "}";
  }
}
