package se.qms.core.deadline;

import java.time.LocalDate;
import org.immutables.value.Value;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A time limit: an amount of calendar days, working days, weeks or months counted from a start
 * date, such as "inom 14 dagar" (seed 002 §5.3) or "inom tre månader från dagen för beslutet" (SoL
 * 16 kap. 6 f §).
 *
 * <p>The limit ends on {@link #end(LocalDate, SwedishCalendar)}: the start plus the amount, where
 * month arithmetic clamps to the last day of a shorter month (31 January + 3 months = 30 April), so
 * a month limit never ends on a later day-of-month than it started; a working-day limit ends on the
 * {@code n}th working day after the start. Whether an end on a non-working day moves to the next
 * working day is a policy of {@link DeadlineRule}, not of the limit.
 *
 * <p>Invariants: the amount is in [0, {@value #MAX_AMOUNT}]. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TimeLimit {
  /** The largest amount a limit may have in any unit. */
  public static final int MAX_AMOUNT = 10_000;

  TimeLimit() {}

  /** How many units, 0–{@value #MAX_AMOUNT}. */
  @Value.Parameter
  public abstract int amount();

  /** The unit counted. */
  @Value.Parameter
  public abstract LimitUnit unit();

  /**
   * A limit.
   *
   * @param amount 0–{@value #MAX_AMOUNT}
   * @param unit not null
   */
  public static TimeLimit of(int amount, LimitUnit unit) {
    return ImmutableTimeLimit.of(amount, unit);
  }

  /** {@code n} calendar days. */
  public static TimeLimit days(int n) {
    return of(n, LimitUnit.CALENDAR_DAYS);
  }

  /** {@code n} working days. */
  public static TimeLimit workingDays(int n) {
    return of(n, LimitUnit.WORKING_DAYS);
  }

  /** {@code n} weeks. */
  public static TimeLimit weeks(int n) {
    return of(n, LimitUnit.WEEKS);
  }

  /** {@code n} calendar months. */
  public static TimeLimit months(int n) {
    return of(n, LimitUnit.MONTHS);
  }

  /**
   * The last day of the limit, not moved off non-working days.
   *
   * @param start the day counting starts from (the day of receipt or decision); not null
   * @param calendar used for working days only; not null
   */
  public LocalDate end(LocalDate start, SwedishCalendar calendar) {
    Checks.present(start, "start");
    Checks.present(calendar, "calendar");
    switch (unit()) {
      case CALENDAR_DAYS:
        return start.plusDays(amount());
      case WEEKS:
        return start.plusWeeks(amount());
      case MONTHS:
        return start.plusMonths(amount());
      default:
        return calendar.plusWorkingDays(start, amount());
    }
  }

  /** The limit in Swedish, e.g. "14 dagar", "3 månader", "1 arbetsdag". */
  public String swedish() {
    return amount() + " " + unit().swedish(amount());
  }

  /** The limit in English, e.g. "14 calendar days". */
  public String english() {
    return amount() + " " + unit().english(amount());
  }

  @Value.Check
  final void check() {
    Checks.inRange(amount(), 0, MAX_AMOUNT, "amount", QmsErrorCode.TIME_LIMIT_OUT_OF_RANGE);
  }

  @Override
  public String toString() {
    return "TimeLimit{" + english() + "}";
  }
}
