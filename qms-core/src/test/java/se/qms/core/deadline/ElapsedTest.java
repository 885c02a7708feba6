package se.qms.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Period;

class ElapsedTest {
  private final SwedishCalendar calendar = SwedishCalendar.standard();

  @ParameterizedTest
  @CsvSource({
    "2019-01-31, 2019-04-30, 89, 3",
    "2019-01-31, 2019-04-29, 88, 2",
    "2019-03-15, 2019-06-14, 91, 2",
    "2019-03-15, 2019-06-15, 92, 3",
    "2019-03-15, 2019-03-15, 0, 0",
    "2020-02-29, 2021-02-28, 365, 12"
  })
  void calendarDaysAndCompleteMonths(LocalDate from, LocalDate to, long days, long months) {
    Elapsed e = Elapsed.between(from, to, calendar);
    assertEquals(days, e.calendarDays());
    assertEquals(months, e.months());
    assertEquals(months, e.in(LimitUnit.MONTHS));
    assertEquals(days / 7, e.in(LimitUnit.WEEKS));
  }

  @Test
  void workingDays_overChristmas() {
    Elapsed e = Elapsed.between(LocalDate.of(2019, 12, 19), LocalDate.of(2020, 1, 2), calendar);
    assertEquals(5, e.workingDays());
    assertEquals(5, e.in(LimitUnit.WORKING_DAYS));
    assertEquals(14, e.in(LimitUnit.CALENDAR_DAYS));
    assertEquals(2, e.weeks());
  }

  @Test
  void reversedDates_throw() {
    assertEquals(
        QmsErrorCode.DATES_OUT_OF_ORDER,
        assertThrows(
                InvalidValueException.class,
                () ->
                    Elapsed.between(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 1, 31), calendar))
            .code());
  }

  @Test
  void reportingPeriods_ofADate() {
    ReportingPeriods p = ReportingPeriods.of(LocalDate.of(2019, 5, 1));
    assertEquals(Period.parse("2019-Q2"), p.quarter());
    assertEquals(Period.parse("2019-T2"), p.tertial());
    assertEquals(Period.parse("2019-H1"), p.halfYear());
    assertEquals(Period.parse("2019-05"), p.month());
    assertEquals(Period.year(2019), p.year());
    assertEquals(Period.parse("2019-T1"), ReportingPeriods.of(LocalDate.of(2019, 4, 30)).tertial());
    assertEquals(Period.parse("2019-Q1"), ReportingPeriods.of(LocalDate.of(2019, 3, 31)).quarter());
  }
}
