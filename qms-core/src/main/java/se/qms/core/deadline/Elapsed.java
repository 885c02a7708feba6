package se.qms.core.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * The time from one date to a later one, in each unit a time limit counts: calendar days, working
 * days, complete weeks and complete months.
 *
 * <p>Consistent with {@link TimeLimit#end(LocalDate, SwedishCalendar)}: for a limit of {@code n}
 * units ending on {@code e}, the time elapsed from the start to {@code e} is {@code n} of that
 * unit. Complete months are the largest {@code m} with {@code from.plusMonths(m)} on or before
 * {@code to}, so 31 January to 30 April is three months (where {@link ChronoUnit#MONTHS} says two).
 * Working days are counted after {@code from} up to and including {@code to}. Immutable and
 * thread-safe.
 */
public final class Elapsed {
  private final LocalDate from;
  private final LocalDate to;
  private final long calendarDays;
  private final int workingDays;
  private final long months;

  private Elapsed(LocalDate from, LocalDate to, long calendarDays, int workingDays, long months) {
    this.from = from;
    this.to = to;
    this.calendarDays = calendarDays;
    this.workingDays = workingDays;
    this.months = months;
  }

  /**
   * The time from {@code from} to {@code to}.
   *
   * @param from not null
   * @param to not null, not before {@code from}
   * @param calendar for working days; not null
   * @throws InvalidValueException with {@link QmsErrorCode#DATES_OUT_OF_ORDER} if {@code to} is
   *     before {@code from}
   */
  public static Elapsed between(LocalDate from, LocalDate to, SwedishCalendar calendar) {
    Checks.present(from, "from");
    Checks.present(to, "to");
    Checks.present(calendar, "calendar");
    if (to.isBefore(from)) {
      throw InvalidValueException.violates(
          QmsErrorCode.DATES_OUT_OF_ORDER, "to", to, "must not be before " + from);
    }
    long months = ChronoUnit.MONTHS.between(from, to);
    if (!from.plusMonths(months + 1).isAfter(to)) {
      months++;
    }
    return new Elapsed(
        from, to, ChronoUnit.DAYS.between(from, to), calendar.workingDaysBetween(from, to), months);
  }

  /** The start. */
  public LocalDate from() {
    return from;
  }

  /** The end. */
  public LocalDate to() {
    return to;
  }

  /** Calendar days from the start to the end; 0 for the same day. */
  public long calendarDays() {
    return calendarDays;
  }

  /** Working days after the start up to and including the end. */
  public int workingDays() {
    return workingDays;
  }

  /** Complete weeks: calendar days divided by seven, rounded down. */
  public long weeks() {
    return calendarDays / 7;
  }

  /** Complete calendar months, with month ends clamped as in {@link TimeLimit}. */
  public long months() {
    return months;
  }

  /** The elapsed time in one unit. */
  public long in(LimitUnit unit) {
    switch (Checks.present(unit, "unit")) {
      case CALENDAR_DAYS:
        return calendarDays;
      case WORKING_DAYS:
        return workingDays;
      case WEEKS:
        return weeks();
      default:
        return months;
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Elapsed)) {
      return false;
    }
    Elapsed o = (Elapsed) other;
    return from.equals(o.from) && to.equals(o.to) && workingDays == o.workingDays;
  }

  @Override
  public int hashCode() {
    return (from.hashCode() * 31 + to.hashCode()) * 31 + workingDays;
  }

  @Override
  public String toString() {
    return "Elapsed{"
        + from
        + ".."
        + to
        + ": "
        + calendarDays
        + " days, "
        + workingDays
        + " working days, "
        + months
        + " months}";
  }
}
