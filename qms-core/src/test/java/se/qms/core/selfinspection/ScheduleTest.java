package se.qms.core.selfinspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Period;

class ScheduleTest {
  static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void halfYearly_firstMarchAndSeptember() {
    Schedule s = Schedule.onDates(MonthDay.of(3, 1), MonthDay.of(9, 1));
    assertEquals(List.of(d(2016, 3, 1), d(2016, 9, 1)), s.occurrences(Period.year(2016)));
    assertEquals(List.of(d(2016, 9, 1)), s.occurrences(Period.tertial(2016, 3)));
  }

  @Test
  void eachTertial_dueAtTertialEnds() {
    assertEquals(
        List.of(d(2016, 4, 30), d(2016, 8, 31), d(2016, 12, 31)),
        Schedule.everyTertial().occurrences(Period.year(2016)));
  }

  @Test
  void eachQuarter_andMonthly() {
    assertEquals(4, Schedule.everyQuarter().occurrences(Period.year(2016)).size());
    assertEquals(List.of(d(2016, 2, 29)), Schedule.everyMonth().occurrences(Period.month(2016, 2)));
  }

  @Test
  void octoberAndYearEnd_combine() {
    Schedule s = Schedule.builder().addMonths(Month.OCTOBER).yearEnd(true).build();
    assertEquals(List.of(d(2016, 10, 31), d(2016, 12, 31)), s.occurrences(Period.year(2016)));
  }

  @Test
  void eachTertialAndYearEnd_doNotRepeatDecember31() {
    Schedule s = Schedule.builder().eachTertial(true).yearEnd(true).build();
    assertEquals(3, s.occurrences(Period.year(2016)).size());
  }

  @Test
  void namedTertial_T2() {
    assertEquals(List.of(d(2016, 8, 31)), Schedule.builder().addTertials(2).build().occurrences(Period.year(2016)));
  }

  @Test
  void nextAfter_isStrictlyAfter_andCrossesTheYear() {
    Schedule s = Schedule.onDates(MonthDay.of(3, 1), MonthDay.of(9, 1));
    assertEquals(Optional.of(d(2016, 9, 1)), s.nextAfter(d(2016, 3, 1)));
    assertEquals(Optional.of(d(2017, 3, 1)), s.nextAfter(d(2016, 9, 1)));
    assertEquals(Optional.of(d(2017, 12, 31)), Schedule.atYearEnd().nextAfter(d(2016, 12, 31)));
  }

  @Test
  void nextAfter_lastYear_isEmpty() {
    assertEquals(Optional.empty(), Schedule.atYearEnd().nextAfter(d(Period.MAX_YEAR, 12, 31)));
  }

  @Test
  void empty_throwsScheduleEmpty() {
    assertEquals(
        QmsErrorCode.SCHEDULE_EMPTY,
        assertThrows(InvalidValueException.class, () -> Schedule.builder().build()).code());
  }

  @Test
  void tertialFour_throwsOutOfRange() {
    assertThrows(InvalidValueException.class, () -> Schedule.builder().addTertials(4).build());
  }

  @Test
  void february29_isRejected() {
    assertThrows(InvalidValueException.class, () -> Schedule.onDates(MonthDay.of(2, 29)));
  }

  @Test
  void between_reversedRange_isEmpty() {
    assertEquals(List.of(), Schedule.everyMonth().between(d(2016, 5, 1), d(2016, 4, 1)));
  }
}
