package se.qms.core.deadline;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import se.qms.testing.QmsGenerators;

class TimeLimitProperties {
  private static final SwedishCalendar CALENDAR = SwedishCalendar.standard();

  @Test
  void aMonthLimit_neverEndsAfterTheSameDayOfMonth() {
    qt().forAll(QmsGenerators.calendarDates(), integers().between(0, 120))
        .check(
            (start, n) ->
                TimeLimit.months(n).end(start, CALENDAR).getDayOfMonth() <= start.getDayOfMonth());
  }

  @Test
  void aMonthLimit_endsInTheMonthNMonthsLater() {
    qt().forAll(QmsGenerators.calendarDates(), integers().between(0, 120))
        .check(
            (start, n) -> {
              LocalDate end = TimeLimit.months(n).end(start, CALENDAR);
              return (end.getYear() * 12 + end.getMonthValue())
                  == (start.getYear() * 12 + start.getMonthValue() + n);
            });
  }

  @Test
  void elapsedToTheEndOfALimit_isTheLimit_inItsOwnUnit() {
    qt().forAll(
            QmsGenerators.calendarDates(),
            integers().between(0, 300),
            Generate.enumValues(LimitUnit.class))
        .check(
            (start, n, unit) -> {
              TimeLimit limit = TimeLimit.of(n, unit);
              return Elapsed.between(start, limit.end(start, CALENDAR), CALENDAR).in(unit) == n;
            });
  }

  @Test
  void movedDueDate_isAWorkingDay_notBeforeTheUnmovedOne_withNoWorkingDayBetween() {
    qt().forAll(
            QmsGenerators.dates(LocalDate.of(1953, 1, 2), LocalDate.of(2100, 12, 31)),
            integers().between(0, 100),
            Generate.enumValues(LimitUnit.class))
        .check(
            (start, n, unit) -> {
              TimeLimit limit = TimeLimit.of(n, unit);
              LocalDate plain = DeadlineRule.of(limit).dueDate(start);
              LocalDate moved = DeadlineRule.movingToWorkingDay(limit).dueDate(start);
              return CALENDAR.isWorkingDay(moved)
                  && !moved.isBefore(plain)
                  && CALENDAR.workingDaysBetween(plain.minusDays(1), moved) == 1;
            });
  }

  @Test
  void overdue_exactlyFromTheDayAfterTheDueDate() {
    qt().forAll(QmsGenerators.calendarDates(), integers().between(0, 60), integers().between(-5, 5))
        .check(
            (start, n, offset) -> {
              DeadlineRule rule = DeadlineRule.of(TimeLimit.days(n));
              LocalDate asOf = rule.dueDate(start).plusDays(offset);
              return rule.isOverdue(start, java.util.Optional.empty(), asOf) == (offset > 0);
            });
  }
}
