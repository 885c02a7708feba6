package se.qms.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class DeadlineRuleTest {
  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** Seed 002 §5.2 and §5.3: a complaint is answered within two weeks, 14 days. */
  @Nested
  class FourteenDays {
    private final DeadlineRule rule = DeadlineRule.of(TimeLimit.days(14));
    private final LocalDate received = date("2019-03-01");

    @Test
    void dueDate_isFourteenDaysAfterReceipt() {
      assertEquals(date("2019-03-15"), rule.dueDate(received));
      assertEquals(rule.dueDate(received), DeadlineRule.of(TimeLimit.weeks(2)).dueDate(received));
    }

    @Test
    void deadline_onTheDay_isNotOverdue() {
      assertEquals(
          DeadlineStatus.PENDING, rule.status(received, Optional.empty(), date("2019-03-15")));
      assertFalse(rule.isOverdue(received, Optional.empty(), date("2019-03-15")));
    }

    @Test
    void deadline_dayAfter_isOverdue() {
      assertEquals(
          DeadlineStatus.OVERDUE, rule.status(received, Optional.empty(), date("2019-03-16")));
      assertTrue(rule.isOverdue(received, Optional.empty(), date("2019-03-16")));
    }

    @Test
    void answeredOnTheDueDate_isMet() {
      assertEquals(
          DeadlineStatus.MET,
          rule.status(received, Optional.of(date("2019-03-15")), date("2019-12-31")));
    }

    @Test
    void answeredTheDayAfter_isLate() {
      DeadlineStatus s = rule.status(received, Optional.of(date("2019-03-16")), date("2019-12-31"));
      assertEquals(DeadlineStatus.LATE, s);
      assertTrue(s.isMissed());
    }

    @Test
    void answerAfterTheAsOfDate_hasNotHappenedYet() {
      assertEquals(
          DeadlineStatus.OVERDUE,
          rule.status(received, Optional.of(date("2019-03-20")), date("2019-03-18")));
      assertEquals(
          DeadlineStatus.PENDING,
          rule.status(received, Optional.of(date("2019-03-20")), date("2019-03-10")));
    }
  }

  @Nested
  class MovingToTheNextWorkingDay {
    @Test
    void dueOnMidsommardagen_movesToMonday_onlyWhenTheFlagIsSet() {
      LocalDate start = date("2020-06-06"); // + 14 days = Saturday 20 June 2020, midsommardagen
      assertEquals(date("2020-06-20"), DeadlineRule.of(TimeLimit.days(14)).dueDate(start));
      assertEquals(
          date("2020-06-22"), DeadlineRule.movingToWorkingDay(TimeLimit.days(14)).dueDate(start));
    }

    @Test
    void dueOnAWorkingDay_doesNotMove() {
      DeadlineRule rule = DeadlineRule.movingToWorkingDay(TimeLimit.days(14));
      assertEquals(date("2019-03-15"), rule.dueDate(date("2019-03-01")));
    }

    @Test
    void localNonWorkingDay_isHonoured() {
      SwedishCalendar local =
          SwedishCalendar.standard().withLocalNonWorkingDay(date("2019-03-15"), "Studiedag");
      DeadlineRule rule = DeadlineRule.movingToWorkingDay(TimeLimit.days(14)).withCalendar(local);
      assertEquals(date("2019-03-18"), rule.dueDate(date("2019-03-01")));
    }
  }

  /** "Inom tre månader från dagen för beslutet" (SoL 16 kap. 6 f §). */
  @ParameterizedTest
  @CsvSource({
    "2019-01-31, 2019-04-30",
    "2019-11-30, 2020-02-29",
    "2020-11-30, 2021-02-28",
    "2019-03-15, 2019-06-15",
    "2019-12-31, 2020-03-31"
  })
  void threeMonths_clampToTheLastDayOfTheMonth(LocalDate decision, LocalDate expected) {
    assertEquals(expected, DeadlineRule.of(TimeLimit.months(3)).dueDate(decision));
  }

  @Test
  void workingDays_countFromTheDayAfterTheStart() {
    // Thursday 19 December 2019 + 10 working days: 20, 23, 27, 30 Dec, 2, 3, 7, 8, 9, 10 Jan
    assertEquals(
        date("2020-01-10"), DeadlineRule.of(TimeLimit.workingDays(10)).dueDate(date("2019-12-19")));
  }

  @Test
  void timeLimit_negativeOrTooLarge_throws() {
    assertEquals(
        QmsErrorCode.TIME_LIMIT_OUT_OF_RANGE,
        assertThrows(InvalidValueException.class, () -> TimeLimit.days(-1)).code());
    assertEquals(
        QmsErrorCode.TIME_LIMIT_OUT_OF_RANGE,
        assertThrows(InvalidValueException.class, () -> TimeLimit.months(TimeLimit.MAX_AMOUNT + 1))
            .code());
  }

  @Test
  void timeLimit_readsInSwedishAndEnglish() {
    assertEquals("14 dagar", TimeLimit.days(14).swedish());
    assertEquals("3 månader", TimeLimit.months(3).swedish());
    assertEquals("1 arbetsdag", TimeLimit.workingDays(1).swedish());
    assertEquals("2 veckor", TimeLimit.weeks(2).swedish());
    assertEquals("1 month", TimeLimit.months(1).english());
  }

  @Test
  void ruleDefaults_standardCalendar_noMove() {
    DeadlineRule rule = DeadlineRule.builder().limit(TimeLimit.days(14)).build();
    assertEquals(SwedishCalendar.standard(), rule.calendar());
    assertFalse(rule.moveToNextWorkingDay());
    assertEquals(DeadlineRule.of(TimeLimit.days(14)), rule);
  }
}
