package se.qms.core.deadline;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.qms.testing.QmsGenerators;

class SwedishCalendarProperties {
  private static final SwedishCalendar CALENDAR = SwedishCalendar.standard();

  /**
   * Knuth's Algorithm E (The Art of Computer Programming, vol. 1, §1.3.2, exercise 14), the
   * Gregorian computus by golden number and epact: independent of the algorithm under test.
   */
  private static LocalDate easterByEpact(int year) {
    int golden = year % 19 + 1;
    int century = year / 100 + 1;
    int x = 3 * century / 4 - 12;
    int z = (8 * century + 5) / 25 - 5;
    int sunday = 5 * year / 4 - x - 10;
    int epact = (11 * golden + 20 + z - x) % 30;
    if (epact < 0) {
      epact += 30;
    }
    if (epact == 25 && golden > 11 || epact == 24) {
      epact++;
    }
    int n = 44 - epact;
    if (n < 21) {
      n += 30;
    }
    n = n + 7 - (sunday + n) % 7;
    return n > 31 ? LocalDate.of(year, 4, n - 31) : LocalDate.of(year, 3, n);
  }

  @Test
  void easter_agreesWithTheEpactComputus_inEveryYear() {
    qt().forAll(integers().between(SwedishCalendar.MIN_YEAR, SwedishCalendar.MAX_YEAR))
        .check(y -> SwedishCalendar.easterSunday(y).equals(easterByEpact(y)));
  }

  @Test
  void easter_isASundayBetween22MarchAnd25April() {
    qt().forAll(integers().between(SwedishCalendar.MIN_YEAR, SwedishCalendar.MAX_YEAR))
        .check(
            y -> {
              LocalDate e = SwedishCalendar.easterSunday(y);
              return e.getDayOfWeek() == DayOfWeek.SUNDAY
                  && !e.isBefore(LocalDate.of(y, 3, 22))
                  && !e.isAfter(LocalDate.of(y, 4, 25));
            });
  }

  @Test
  void addingNWorkingDays_thenCountingBack_givesN() {
    qt().forAll(QmsGenerators.calendarDates(), integers().between(0, 800))
        .check((d, n) -> CALENDAR.workingDaysBetween(d, CALENDAR.plusWorkingDays(d, n)) == n);
  }

  @Test
  void plusWorkingDays_landsOnAWorkingDay_forPositiveN() {
    qt().forAll(QmsGenerators.calendarDates(), integers().between(1, 400))
        .check((d, n) -> CALENDAR.isWorkingDay(CALENDAR.plusWorkingDays(d, n)));
  }

  @Test
  void saturdaysAndSundays_areNeverWorkingDays() {
    qt().forAll(QmsGenerators.calendarDates())
        .check(
            d ->
                !(d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)
                    || !CALENDAR.isWorkingDay(d));
  }

  @Test
  void workingDaysBetween_isAdditive() {
    qt().forAll(
            QmsGenerators.calendarDates(), integers().between(0, 500), integers().between(0, 500))
        .check(
            (a, i, j) -> {
              LocalDate b = a.plusDays(i);
              LocalDate c = b.plusDays(j);
              return CALENDAR.workingDaysBetween(a, c)
                  == CALENDAR.workingDaysBetween(a, b) + CALENDAR.workingDaysBetween(b, c);
            });
  }

  @Test
  void nextWorkingDay_isAWorkingDay_withNoWorkingDayBefore() {
    qt().forAll(QmsGenerators.dates(LocalDate.of(1953, 1, 2), LocalDate.of(2100, 12, 31)))
        .check(
            d -> {
              LocalDate next = CALENDAR.nextWorkingDay(d);
              return CALENDAR.isWorkingDay(next)
                  && CALENDAR.workingDaysBetween(d.minusDays(1), next) == 1;
            });
  }
}
