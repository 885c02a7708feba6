package se.qms.core.deadline;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * A deadline policy: a {@link TimeLimit}, the calendar it counts in, and whether a limit ending on
 * a non-working day moves to the next working day (as lag (1930:173) om beräkning av lagstadgad tid
 * prescribes for statutory limits; municipal routines such as "besvaras inom två veckor" may choose
 * either way).
 *
 * <p>A task is overdue from the day after its due date: the due date itself is still in time.
 * Defaults: the standard calendar, no move. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DeadlineRule {
  DeadlineRule() {}

  /** The time limit. */
  public abstract TimeLimit limit();

  /** Whether a due date on a non-working day moves to the next working day; default false. */
  @Value.Default
  public boolean moveToNextWorkingDay() {
    return false;
  }

  /** The calendar for working days; default {@link SwedishCalendar#standard()}. */
  @Value.Default
  public SwedishCalendar calendar() {
    return SwedishCalendar.standard();
  }

  /** A rule with the standard calendar that does not move due dates. */
  public static DeadlineRule of(TimeLimit limit) {
    return builder().limit(limit).build();
  }

  /** A rule with the standard calendar that moves due dates off non-working days. */
  public static DeadlineRule movingToWorkingDay(TimeLimit limit) {
    return builder().limit(limit).moveToNextWorkingDay(true).build();
  }

  /** A strict builder; the limit is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rules. */
  public static final class Builder extends ImmutableDeadlineRule.Builder {
    Builder() {}
  }

  /** Copy with another calendar. */
  public abstract DeadlineRule withCalendar(SwedishCalendar calendar);

  /** Copy with another move policy. */
  public abstract DeadlineRule withMoveToNextWorkingDay(boolean move);

  /**
   * The last day on which the task is in time.
   *
   * @param start the day counting starts from; not null
   */
  public LocalDate dueDate(LocalDate start) {
    LocalDate end = limit().end(start, calendar());
    return moveToNextWorkingDay() ? calendar().nextWorkingDay(end) : end;
  }

  /**
   * Where a task stands as of a date. A completion after {@code asOf} has not happened yet as of
   * that date.
   *
   * @param start the day counting starts from; not null
   * @param completed the day the task was done, if it was; not null
   * @param asOf the day of evaluation; not null
   */
  public DeadlineStatus status(LocalDate start, Optional<LocalDate> completed, LocalDate asOf) {
    Checks.present(completed, "completed");
    Checks.present(asOf, "asOf");
    LocalDate due = dueDate(start);
    if (completed.isPresent() && !completed.get().isAfter(asOf)) {
      return completed.get().isAfter(due) ? DeadlineStatus.LATE : DeadlineStatus.MET;
    }
    return asOf.isAfter(due) ? DeadlineStatus.OVERDUE : DeadlineStatus.PENDING;
  }

  /** Whether the task is not done as of {@code asOf} and its due date lies before that day. */
  public boolean isOverdue(LocalDate start, Optional<LocalDate> completed, LocalDate asOf) {
    return status(start, completed, asOf) == DeadlineStatus.OVERDUE;
  }
}
