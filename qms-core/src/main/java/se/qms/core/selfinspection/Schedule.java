package se.qms.core.selfinspection;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * When a follow-up item is measured (mättillfälle), as data: the union of fixed dates each year
 * ("halvårsvis första mars samt första september"), named months each year ("oktober"), named
 * tertials ("T2"), each tertial, each quarter ("var tredje månad"), each month, and the year end
 * ("vid årsbokslut").
 *
 * <p>An occurrence is the date by which the measurement is due: the fixed date itself, or the last
 * day of the month, tertial, quarter or year. Invariants: at least one rule is given ({@link
 * QmsErrorCode#SCHEDULE_EMPTY}); tertials are 1–3; February 29 is not a fixed date (it would not
 * recur every year). Occurrences are sorted, unique and inside the period asked about. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Schedule {
  Schedule() {}

  /** Fixed dates each year. */
  public abstract Set<MonthDay> dates();

  /** Months each year, due at the month's last day. */
  public abstract Set<Month> months();

  /** Tertials (1–3) each year, due at the tertial's last day. */
  public abstract Set<Integer> tertials();

  /** Whether the item is measured each tertial; default false. */
  @Value.Default
  public boolean eachTertial() {
    return false;
  }

  /** Whether the item is measured each quarter; default false. */
  @Value.Default
  public boolean eachQuarter() {
    return false;
  }

  /** Whether the item is measured each month; default false. */
  @Value.Default
  public boolean monthly() {
    return false;
  }

  /** Whether the item is reported at the year end (vid årsbokslut); default false. */
  @Value.Default
  public boolean yearEnd() {
    return false;
  }

  /** The plan's own wording, e.g. "Oktober och vid årsbokslut". */
  public abstract Optional<String> text();

  /** Each tertial. */
  public static Schedule everyTertial() {
    return builder().eachTertial(true).build();
  }

  /** Each quarter. */
  public static Schedule everyQuarter() {
    return builder().eachQuarter(true).build();
  }

  /** Each month. */
  public static Schedule everyMonth() {
    return builder().monthly(true).build();
  }

  /** The year end. */
  public static Schedule atYearEnd() {
    return builder().yearEnd(true).build();
  }

  /** Fixed dates each year. */
  public static Schedule onDates(MonthDay... dates) {
    return builder().addDates(dates).build();
  }

  /** Named months each year. */
  public static Schedule inMonths(Month... months) {
    return builder().addMonths(months).build();
  }

  /**
   * The occurrences inside a period, sorted and unique.
   *
   * @param period not null
   */
  public List<LocalDate> occurrences(Period period) {
    Checks.present(period, "period");
    return between(period.start(), period.end());
  }

  /**
   * The occurrences from {@code from} to {@code to}, both inclusive, sorted and unique; empty when
   * {@code to} is before {@code from}.
   */
  public List<LocalDate> between(LocalDate from, LocalDate to) {
    Checks.present(from, "from");
    Checks.present(to, "to");
    TreeSet<LocalDate> out = new TreeSet<>();
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      for (LocalDate d : inYear(year)) {
        if (!d.isBefore(from) && !d.isAfter(to)) {
          out.add(d);
        }
      }
    }
    return new ArrayList<>(out);
  }

  /**
   * The first occurrence strictly after {@code date}; empty only past {@link Period#MAX_YEAR}.
   *
   * @param date not null
   */
  public Optional<LocalDate> nextAfter(LocalDate date) {
    Checks.present(date, "date");
    for (int year = date.getYear(); year <= Math.min(date.getYear() + 1, Period.MAX_YEAR); year++) {
      for (LocalDate d : inYear(year)) {
        if (d.isAfter(date)) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  private TreeSet<LocalDate> inYear(int year) {
    TreeSet<LocalDate> out = new TreeSet<>();
    for (MonthDay d : dates()) {
      out.add(d.atYear(year));
    }
    for (Month m : months()) {
      out.add(YearMonth.of(year, m).atEndOfMonth());
    }
    for (int t : tertials()) {
      out.add(YearMonth.of(year, 4 * t).atEndOfMonth());
    }
    for (int m = 1; m <= 12; m++) {
      boolean due =
          monthly() || (eachQuarter() && m % 3 == 0) || (eachTertial() && m % 4 == 0) || (yearEnd() && m == 12);
      if (due) {
        out.add(YearMonth.of(year, m).atEndOfMonth());
      }
    }
    return out;
  }

  /** A strict builder; at least one rule is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds schedules. */
  public static final class Builder extends ImmutableSchedule.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    text().ifPresent(t -> Checks.text(t, 500, "text"));
    for (int t : tertials()) {
      Checks.inRange(t, 1, 3, "tertials");
    }
    if (dates().contains(MonthDay.of(2, 29))) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "dates", "--02-29", "must recur every year");
    }
    if (dates().isEmpty()
        && months().isEmpty()
        && tertials().isEmpty()
        && !eachTertial()
        && !eachQuarter()
        && !monthly()
        && !yearEnd()) {
      throw InvalidValueException.violates(
          QmsErrorCode.SCHEDULE_EMPTY,
          "dates",
          text().orElse("[]"),
          "(or months, tertials, a periodic rule or the year end) must name an occurrence");
    }
  }
}
