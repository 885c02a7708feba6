package se.qms.core.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * The Swedish working-day calendar: which days are public holidays, which are treated like them,
 * and which are working days.
 *
 * <p>A working day is a Monday to Friday that is neither a public holiday (lag (1989:253) om
 * allmänna helgdagar), nor one of the days lag (1930:173) om beräkning av lagstadgad tid treats
 * like one (midsommarafton, julafton, nyårsafton), nor a local non-working day added with {@link
 * #withLocalNonWorkingDay(LocalDate, String)}. The public holidays follow the law in force each
 * year: Sveriges nationaldag (6 June) from 2005, annandag pingst until 2004; midsommardagen is the
 * Saturday 20–26 June and alla helgons dag the Saturday 31 October–6 November (rules in force since
 * 1953). Easter follows the Gregorian computus ({@link #easterSunday(int)}).
 *
 * <p>The calendar covers the years {@value #MIN_YEAR}–{@value #MAX_YEAR}; a query about a date
 * outside them throws {@link QmsErrorCode#CALENDAR_YEAR_OUT_OF_RANGE}. Two calendars are equal when
 * they have the same local non-working days. Immutable and thread-safe (each year's table is
 * computed once, on first use).
 */
public final class SwedishCalendar {
  /** The first year covered: the rules for midsommardagen and alla helgons dag date from 1953. */
  public static final int MIN_YEAR = 1953;

  /** The last year covered. */
  public static final int MAX_YEAR = 9999;

  /** The largest number of working days {@link #plusWorkingDays(LocalDate, int)} adds. */
  public static final int MAX_WORKING_DAYS = 100_000;

  private static final SwedishCalendar STANDARD = new SwedishCalendar(Collections.emptySortedMap());

  private final SortedMap<LocalDate, String> localDays;
  // one slot per year, filled on first use: no boxing of the year and no lambda per lookup on
  // the deadline arithmetic of every compliance evaluation
  private final AtomicReferenceArray<YearTable> years =
      new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

  private SwedishCalendar(SortedMap<LocalDate, String> localDays) {
    this.localDays = localDays;
  }

  /** The calendar of the law alone, without local non-working days. */
  public static SwedishCalendar standard() {
    return STANDARD;
  }

  /**
   * A copy that also treats {@code date} as a non-working day.
   *
   * @param date not null, within the covered years
   * @param name what the organisation calls the day, e.g. "Klämdag"; not blank, at most 200
   *     characters; replaces an earlier name for the same date
   */
  public SwedishCalendar withLocalNonWorkingDay(LocalDate date, String name) {
    return withLocalNonWorkingDays(
        Map.of(Checks.present(date, "date"), Checks.text(name, 200, "name")));
  }

  /**
   * A copy that also treats the given days as non-working.
   *
   * @param days date to name; not null, no null keys or values, names not blank
   */
  public SwedishCalendar withLocalNonWorkingDays(Map<LocalDate, String> days) {
    Checks.present(days, "days");
    TreeMap<LocalDate, String> all = new TreeMap<>(localDays);
    for (Map.Entry<LocalDate, String> e : days.entrySet()) {
      requireYear(Checks.present(e.getKey(), "date").getYear());
      all.put(e.getKey(), Checks.text(e.getValue(), 200, "name"));
    }
    return new SwedishCalendar(Collections.unmodifiableSortedMap(all));
  }

  /** The local non-working days, by date; empty for the standard calendar. */
  public SortedMap<LocalDate, String> localNonWorkingDays() {
    return localDays;
  }

  /**
   * Easter Sunday (påskdagen) of a year by the anonymous Gregorian algorithm (Meeus, Jones,
   * Butcher); always between 22 March and 25 April.
   *
   * @param year {@value #MIN_YEAR}–{@value #MAX_YEAR}
   */
  public static LocalDate easterSunday(int year) {
    requireYear(year);
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    return LocalDate.of(year, n / 31, n % 31 + 1);
  }

  /**
   * The named non-working days of a year besides ordinary Saturdays and Sundays: public holidays,
   * the days treated like them and this calendar's local days, ordered by date (two holidays may
   * share a date, as Kristi himmelsfärdsdag and första maj did in 2008).
   *
   * @param year {@value #MIN_YEAR}–{@value #MAX_YEAR}
   */
  public List<Holiday> holidays(int year) {
    return table(year).holidays;
  }

  /** The named non-working days on one date; empty for an ordinary day, Saturday or Sunday. */
  public List<Holiday> holidaysOn(LocalDate date) {
    Checks.present(date, "date");
    List<Holiday> on = new ArrayList<>(2);
    for (Holiday h : table(date.getYear()).holidays) {
      if (h.date().equals(date)) {
        on.add(h);
      }
    }
    return List.copyOf(on);
  }

  /** Whether {@code date} is a public holiday (allmän helgdag) other than an ordinary Sunday. */
  public boolean isPublicHoliday(LocalDate date) {
    return holidaysOn(date).stream().anyMatch(h -> h.kind() == HolidayKind.PUBLIC_HOLIDAY);
  }

  /** Whether {@code date} is a working day. */
  public boolean isWorkingDay(LocalDate date) {
    Checks.present(date, "date");
    return !table(date.getYear()).nonWorking[date.getDayOfYear() - 1];
  }

  /** {@code date} itself if it is a working day, otherwise the first working day after it. */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate d = Checks.present(date, "date");
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The {@code n}th working day after {@code from}; {@code from} itself for 0. Inverse of {@link
   * #workingDaysBetween(LocalDate, LocalDate)}: {@code workingDaysBetween(from,
   * plusWorkingDays(from, n)) == n}.
   *
   * @param from not null
   * @param n 0–{@value #MAX_WORKING_DAYS}
   */
  public LocalDate plusWorkingDays(LocalDate from, int n) {
    Checks.present(from, "from");
    Checks.inRange(n, 0, MAX_WORKING_DAYS, "workingDays", QmsErrorCode.TIME_LIMIT_OUT_OF_RANGE);
    LocalDate d = from;
    int left = n;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * The number of working days after {@code from} up to and including {@code to}.
   *
   * @param from not null
   * @param to not null, not before {@code from}
   * @throws InvalidValueException with {@link QmsErrorCode#DATES_OUT_OF_ORDER} if {@code to} is
   *     before {@code from}
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Checks.present(from, "from");
    Checks.present(to, "to");
    if (to.isBefore(from)) {
      throw InvalidValueException.violates(
          QmsErrorCode.DATES_OUT_OF_ORDER, "to", to, "must not be before " + from);
    }
    int count =
        table(to.getYear()).cumulative[to.getDayOfYear() - 1]
            - table(from.getYear()).cumulative[from.getDayOfYear() - 1];
    for (int y = from.getYear(); y < to.getYear(); y++) {
      YearTable t = table(y);
      count += t.cumulative[t.cumulative.length - 1];
    }
    return count;
  }

  private YearTable table(int year) {
    requireYear(year);
    YearTable t = years.get(year - MIN_YEAR);
    if (t == null) {
      years.compareAndSet(year - MIN_YEAR, null, computeTable(year));
      t = years.get(year - MIN_YEAR);
    }
    return t;
  }

  private YearTable computeTable(int year) {
    List<Holiday> list = new ArrayList<>(lawDays(year));
    localDays
        .subMap(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31).plusDays(1))
        .forEach(
            (date, name) -> list.add(Holiday.of(date, name, HolidayKind.LOCAL_NON_WORKING_DAY)));
    list.sort(Comparator.comparing(Holiday::date)); // stable: law order within a date
    int length = LocalDate.of(year, 1, 1).lengthOfYear();
    boolean[] nonWorking = new boolean[length];
    for (Holiday h : list) {
      nonWorking[h.date().getDayOfYear() - 1] = true;
    }
    int[] cumulative = new int[length];
    LocalDate d = LocalDate.of(year, 1, 1);
    int count = 0;
    for (int i = 0; i < length; i++, d = d.plusDays(1)) {
      DayOfWeek w = d.getDayOfWeek();
      if (w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY) {
        nonWorking[i] = true;
      }
      if (!nonWorking[i]) {
        count++;
      }
      cumulative[i] = count;
    }
    return new YearTable(List.copyOf(list), nonWorking, cumulative);
  }

  /** The public holidays and the days treated like them, in the order of the two laws. */
  private static List<Holiday> lawDays(int year) {
    LocalDate easter = easterSunday(year);
    List<Holiday> days = new ArrayList<>(17);
    days.add(pub(LocalDate.of(year, 1, 1), "Nyårsdagen"));
    days.add(pub(LocalDate.of(year, 1, 6), "Trettondedag jul"));
    days.add(pub(easter.minusDays(2), "Långfredagen"));
    days.add(pub(easter, "Påskdagen"));
    days.add(pub(easter.plusDays(1), "Annandag påsk"));
    days.add(pub(LocalDate.of(year, 5, 1), "Första maj"));
    days.add(pub(easter.plusDays(39), "Kristi himmelsfärdsdag"));
    days.add(pub(easter.plusDays(49), "Pingstdagen"));
    if (year <= 2004) {
      days.add(pub(easter.plusDays(50), "Annandag pingst"));
    } else {
      days.add(pub(LocalDate.of(year, 6, 6), "Sveriges nationaldag"));
    }
    LocalDate midsummer =
        LocalDate.of(year, 6, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    days.add(pub(midsummer, "Midsommardagen"));
    days.add(
        pub(
            LocalDate.of(year, Month.OCTOBER, 31)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
            "Alla helgons dag"));
    days.add(pub(LocalDate.of(year, 12, 25), "Juldagen"));
    days.add(pub(LocalDate.of(year, 12, 26), "Annandag jul"));
    days.add(Holiday.of(midsummer.minusDays(1), "Midsommarafton", HolidayKind.TREATED_AS_HOLIDAY));
    days.add(Holiday.of(LocalDate.of(year, 12, 24), "Julafton", HolidayKind.TREATED_AS_HOLIDAY));
    days.add(Holiday.of(LocalDate.of(year, 12, 31), "Nyårsafton", HolidayKind.TREATED_AS_HOLIDAY));
    return days;
  }

  private static Holiday pub(LocalDate date, String name) {
    return Holiday.of(date, name, HolidayKind.PUBLIC_HOLIDAY);
  }

  static int requireYear(int year) {
    return Checks.inRange(
        year, MIN_YEAR, MAX_YEAR, "year", QmsErrorCode.CALENDAR_YEAR_OUT_OF_RANGE);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SwedishCalendar
        && ((SwedishCalendar) other).localDays.equals(localDays);
  }

  @Override
  public int hashCode() {
    return localDays.hashCode();
  }

  @Override
  public String toString() {
    return localDays.isEmpty()
        ? "SwedishCalendar{standard}"
        : "SwedishCalendar{local=" + localDays + "}";
  }

  private static final class YearTable {
    final List<Holiday> holidays;
    final boolean[] nonWorking;

    /** Working days from 1 January up to and including each day of the year. */
    final int[] cumulative;

    YearTable(List<Holiday> holidays, boolean[] nonWorking, int[] cumulative) {
      this.holidays = holidays;
      this.nonWorking = nonWorking;
      this.cumulative = cumulative;
    }
  }
}
