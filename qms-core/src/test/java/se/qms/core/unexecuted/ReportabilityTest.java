package se.qms.core.unexecuted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Period;

class ReportabilityTest {
  private static final Reportability RULE = Reportability.of(UnexecutedDecisionPolicy.defaults());
  private static final Insats LARM = InsatsCatalogue.defaults().find("sol-larm").orElseThrow();

  private static FavourableDecision decided(LocalDate day) {
    return FavourableDecision.decided("B", LARM, day, Gender.MAN);
  }

  /** Decided on the first date, the last day in time is the second: reportable from the day after. */
  @ParameterizedTest(name = "decided {0}: in time until {1}")
  @CsvSource({
    "2018-11-30, 2019-02-28",
    "2019-11-30, 2020-02-29",
    "2019-01-31, 2019-04-30",
    "2019-03-31, 2019-06-30",
    "2019-05-15, 2019-08-15",
    "2019-12-31, 2020-03-31"
  })
  void threeCalendarMonths_clampedAtMonthEnds(LocalDate decided, LocalDate lastDayInTime) {
    FavourableDecision d = decided(decided);
    assertFalse(RULE.isReportable(d, lastDayInTime.minusDays(1)), "the day before");
    assertFalse(RULE.isReportable(d, lastDayInTime), "on the last day");
    assertTrue(RULE.isReportable(d, lastDayInTime.plusDays(1)), "the day after");
    assertEquals(lastDayInTime, RULE.limitEnd(d.waitingPeriods().get(0)));
  }

  @Test
  void executedOnTheLastDay_isInTime_andNeverReportable() {
    FavourableDecision d =
        decided(LocalDate.of(2018, 11, 30)).apply(ExecutionCommand.execute(LocalDate.of(2019, 2, 28))).next();
    assertFalse(RULE.isReportable(d, LocalDate.of(2019, 3, 1)));
    assertTrue(RULE.reportableDuring(List.of(d), Period.year(2019)).isEmpty());
  }

  @Test
  void executedTheDayAfter_wasReportableThatOneDay() {
    FavourableDecision d =
        decided(LocalDate.of(2018, 11, 30)).apply(ExecutionCommand.execute(LocalDate.of(2019, 3, 2))).next();
    assertTrue(RULE.isReportable(d, LocalDate.of(2019, 3, 1)));
    assertFalse(RULE.isReportable(d, LocalDate.of(2019, 3, 2)));
    assertEquals(List.of(d), RULE.reportableDuring(List.of(d), Period.quarter(2019, 1)));
    assertTrue(RULE.reportableDuring(List.of(d), Period.quarter(2019, 2)).isEmpty());
  }

  @Nested
  class Interruptions {
    private final FavourableDecision interrupted =
        decided(LocalDate.of(2019, 1, 10))
            .apply(ExecutionCommand.execute(LocalDate.of(2019, 2, 1)))
            .next()
            .apply(ExecutionCommand.interrupt(LocalDate.of(2019, 6, 30)))
            .next();

    @Test
    void notResumedWithinThreeMonthsOfTheInterruption_isReportable() {
      assertFalse(RULE.isReportable(interrupted, LocalDate.of(2019, 9, 30)));
      assertTrue(RULE.isReportable(interrupted, LocalDate.of(2019, 10, 1)));
      assertEquals(
          WaitingKind.RESUMPTION,
          RULE.reportablePeriod(interrupted, LocalDate.of(2019, 10, 1)).orElseThrow().kind());
    }

    @Test
    void resumed_isNoLongerReportable() {
      FavourableDecision resumed =
          interrupted.apply(ExecutionCommand.resume(LocalDate.of(2019, 11, 4))).next();
      assertTrue(RULE.isReportable(resumed, LocalDate.of(2019, 11, 3)));
      assertFalse(RULE.isReportable(resumed, LocalDate.of(2019, 11, 4)));
    }

    @Test
    void aLongerResumptionLimit_isPolicy() {
      Reportability six =
          Reportability.of(UnexecutedDecisionPolicy.builder().resumptionLimitMonths(6).build());
      assertFalse(six.isReportable(interrupted, LocalDate.of(2019, 12, 30)));
      assertTrue(six.isReportable(interrupted, LocalDate.of(2019, 12, 31)));
    }
  }

  @Test
  void offersAndDeclines_doNotStopTheClock() {
    FavourableDecision d =
        decided(LocalDate.of(2019, 1, 10))
            .apply(ExecutionCommand.offer(LocalDate.of(2019, 2, 1)))
            .next()
            .apply(ExecutionCommand.decline(LocalDate.of(2019, 2, 5)))
            .next();
    assertTrue(RULE.isReportable(d, LocalDate.of(2019, 4, 11)));
  }

  @Test
  void ended_isNoLongerReportable() {
    FavourableDecision d =
        decided(LocalDate.of(2019, 1, 10)).apply(ExecutionCommand.end(LocalDate.of(2019, 5, 20))).next();
    assertTrue(RULE.isReportable(d, LocalDate.of(2019, 5, 19)));
    assertFalse(RULE.isReportable(d, LocalDate.of(2019, 5, 20)));
  }

  @Nested
  class Scales {
    @ParameterizedTest(name = "{0} months → {1} and {2}")
    @CsvSource({"3, 3-6, 3-6", "5, 3-6, 3-6", "6, 6-9, 6-12", "8, 6-9, 6-12", "9, 9-12, 6-12",
      "11, 9-12, 6-12", "12, 12+, 12+", "40, 12+, 12+"})
    void bucketBoundsInCompleteMonths(long months, String quarterKey, String halfYearKey) {
      assertEquals(quarterKey, WaitingTimeScale.quarterSteps().bucketOf(months).orElseThrow().key());
      assertEquals(halfYearKey, WaitingTimeScale.halfYearSteps().bucketOf(months).orElseThrow().key());
    }

    @Test
    void belowTheFirstBound_noBucket() {
      assertTrue(WaitingTimeScale.quarterSteps().bucketOf(2).isEmpty());
    }

    @Test
    void labels_asPrinted() {
      assertEquals(
          List.of("3–6 månader", "6–12 månader", "Över 12 månader"),
          WaitingTimeScale.halfYearSteps().buckets().stream().map(WaitingTimeBucket::label)
              .collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void boundsNotIncreasing_throwsScaleInvalid() {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> WaitingTimeScale.of(List.of(3, 3)));
      assertEquals(QmsErrorCode.WAITING_TIME_SCALE_INVALID, e.code());
      assertThrows(InvalidValueException.class, () -> WaitingTimeScale.of(List.of()));
    }

    @Test
    void scaleAboveThePolicyLimit_throwsScaleMismatch() {
      UnexecutedStatistics stats =
          UnexecutedStatistics.reportableOn(
              UnexecutedDecisionPolicy.defaults(), List.of(), LocalDate.of(2019, 12, 31));
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> stats.byGenderAndWaitingTime(WaitingTimeScale.of(List.of(4, 8))));
      assertEquals(QmsErrorCode.WAITING_TIME_SCALE_MISMATCH, e.code());
    }
  }

  @Test
  void policy_limitOutOfRange_isRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> UnexecutedDecisionPolicy.builder().executionLimitMonths(0).build());
    assertEquals(QmsErrorCode.VALUE_OUT_OF_RANGE, e.code());
    assertThrows(
        InvalidValueException.class,
        () -> UnexecutedDecisionPolicy.builder().sanctionMinimumKronor(20).sanctionMaximumKronor(10).build());
  }
}
