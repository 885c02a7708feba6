package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.process.ProcessNumber;

class RiskReviewTest {
  private static final RiskReview REVIEW = RiskReview.defaults();
  private static final LocalDate MARCH_1 = LocalDate.of(2016, 3, 1);

  private static RiskAssessment rated(LocalDate date, int p, int s) {
    return RiskAssessment.of(date, List.of(Rating.of(RiskScoreTest.assessor(1), p, s)));
  }

  private static Risk.Builder risk(String id) {
    Risk.Builder b = Risk.builder();
    return b.id(id).title("Risk " + id);
  }

  private static List<String> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).collect(Collectors.toList());
  }

  private static List<Finding> of(String ruleId, List<Finding> findings) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).collect(Collectors.toList());
  }

  @Nested
  class CriticalWithoutAction {
    @Test
    void kritiskWithoutAction_isAnError() {
      Risk r1 = risk("R1").addAssessments(rated(MARCH_1, 4, 3)).build();
      List<Finding> findings = of(RiskReview.CRITICAL_WITHOUT_ACTION, REVIEW.evaluate(List.of(r1), MARCH_1));
      assertEquals(1, findings.size());
      Finding f = findings.get(0);
      assertEquals(FindingSeverity.ERROR, f.severity());
      assertEquals("SOSFS 2011:9 5 kap. 7 §", f.basis());
      assertEquals("risks/R1", f.subject());
      assertEquals("Risken \"Risk R1\" har riskvärdet 12 (Kritisk) men ingen kopplad åtgärd.", f.messageSv());
      assertEquals("Risk \"Risk R1\" has the value 12 (Critical) but no linked action.", f.messageEn());
    }

    @Test
    void kritiskWithAction_isFine() {
      Risk r1 = risk("R1").addAssessments(rated(MARCH_1, 4, 3)).addActionIds("A1").build();
      assertEquals(List.of(), of(RiskReview.CRITICAL_WITHOUT_ACTION, REVIEW.evaluate(List.of(r1), MARCH_1)));
    }

    /** Value 6 (Medium) and 8 (Kritisk): the boundary of the top band. */
    @ParameterizedTest
    @CsvSource({"3, 2, 0", "2, 4, 1", "1, 4, 0"})
    void onlyTheTopBandCounts(int p, int s, int expected) {
      Risk r = risk("R").addAssessments(rated(MARCH_1, p, s)).build();
      assertEquals(expected, of(RiskReview.CRITICAL_WITHOUT_ACTION, REVIEW.evaluate(List.of(r), MARCH_1)).size());
    }

    @Test
    void closedRisk_isNotReviewed() {
      Risk r1 = risk("R1").addAssessments(rated(MARCH_1, 4, 4)).status(RiskStatus.CLOSED).build();
      assertEquals(List.of(), REVIEW.evaluate(List.of(r1), MARCH_1));
    }

    @Test
    void reassessedBelowTheTopBand_isFine_butNotBeforeTheReassessment() {
      Risk r1 =
          risk("R1")
              .addAssessments(rated(MARCH_1, 4, 4), rated(LocalDate.of(2016, 6, 1), 1, 2))
              .build();
      assertEquals(List.of(), of(RiskReview.CRITICAL_WITHOUT_ACTION, REVIEW.evaluate(List.of(r1), LocalDate.of(2016, 6, 1))));
      assertEquals(1, of(RiskReview.CRITICAL_WITHOUT_ACTION, REVIEW.evaluate(List.of(r1), LocalDate.of(2016, 5, 31))).size());
    }
  }

  @Nested
  class ReassessmentOverdue {
    private final Risk assessed = risk("R2").addAssessments(rated(MARCH_1, 1, 1)).build();

    /** Assessed 2016-03-01, interval one year: due by 2017-03-01, overdue from 2017-03-02. */
    @ParameterizedTest
    @CsvSource({"2017-02-28, 0", "2017-03-01, 0", "2017-03-02, 1"})
    void deadlineBoundary(LocalDate asOf, int expected) {
      List<Finding> findings = of(RiskReview.REASSESSMENT_OVERDUE, REVIEW.evaluate(List.of(assessed), asOf));
      assertEquals(expected, findings.size());
    }

    @Test
    void overdueFinding_namesTheDates() {
      Finding f = REVIEW.evaluate(List.of(assessed), LocalDate.of(2017, 3, 2)).get(0);
      assertEquals(FindingSeverity.WARNING, f.severity());
      assertEquals("SOSFS 2011:9 5 kap. 1 §", f.basis());
      assertEquals(
          "Risken \"Risk R2\" bedömdes senast 2016-03-01; en ny bedömning skulle ha gjorts senast"
              + " 2017-03-01.",
          f.messageSv());
    }

    @Test
    void neverAssessed_runsFromTheDayItWasIdentified() {
      Risk identified = risk("R3").date(MARCH_1).build();
      RiskReview quarterly = RiskReview.of(RiskEvaluator.defaults(), Period.ofMonths(3), 30);
      assertEquals(0, quarterly.evaluate(List.of(identified), LocalDate.of(2016, 6, 1)).size());
      List<Finding> findings = quarterly.evaluate(List.of(identified), LocalDate.of(2016, 6, 2));
      assertEquals(List.of(RiskReview.REASSESSMENT_OVERDUE), ruleIds(findings));
      assertTrue(findings.get(0).messageEn().contains("was identified on 2016-03-01 but never assessed"));
    }

    @Test
    void assessmentAfterTheReviewDay_isIgnored() {
      Risk later =
          risk("R2").addAssessments(rated(MARCH_1, 1, 1), rated(LocalDate.of(2017, 6, 1), 1, 1)).build();
      assertEquals(1, of(RiskReview.REASSESSMENT_OVERDUE, REVIEW.evaluate(List.of(later), LocalDate.of(2017, 3, 2))).size());
      assertEquals(0, of(RiskReview.REASSESSMENT_OVERDUE, REVIEW.evaluate(List.of(later), LocalDate.of(2017, 6, 1))).size());
    }

    @Test
    void noDateAtAll_isInformationOnly() {
      Risk undated = risk("R4").addAssessments(RiskAssessment.published(PublishedRating.of(1, 1))).build();
      List<Finding> findings = REVIEW.evaluate(List.of(undated), MARCH_1);
      assertEquals(List.of(RiskReview.ASSESSMENT_UNDATED), ruleIds(findings));
      assertEquals(FindingSeverity.INFO, findings.get(0).severity());
    }

    @Test
    void riskIdentifiedAfterTheReviewDay_isNotReviewed() {
      Risk future = risk("R5").date(LocalDate.of(2016, 4, 1)).build();
      assertEquals(List.of(), REVIEW.evaluate(List.of(future), MARCH_1));
    }
  }

  @Nested
  class NewAnalysisDue {
    private final LocalDate change = LocalDate.of(2016, 5, 2);
    private final RiskTrigger reorganisation =
        RiskTrigger.builder()
            .id("T1")
            .kind(TriggerKind.ORGANISATIONAL_CHANGE)
            .date(change)
            .unitId("myndighet")
            .build();
    private final Risk inUnit = risk("R1").unitId("myndighet").addAssessments(rated(MARCH_1, 1, 2)).build();
    private final Risk elsewhere = risk("R2").unitId("utforare").addAssessments(rated(MARCH_1, 1, 2)).build();

    /** Trigger 2016-05-02, 30 days: due by 2016-06-01, overdue from 2016-06-02. */
    @ParameterizedTest
    @CsvSource({"2016-05-31, 0", "2016-06-01, 0", "2016-06-02, 1"})
    void deadlineBoundary(LocalDate asOf, int expected) {
      List<Finding> findings =
          of(RiskReview.NEW_ANALYSIS_DUE, REVIEW.evaluate(List.of(inUnit, elsewhere), List.of(reorganisation), asOf));
      assertEquals(expected, findings.size());
      if (expected == 1) {
        assertEquals("risks/R1", findings.get(0).subject());
        assertEquals(
            "Efter organisationsförändring (T1) 2016-05-02 har risken \"Risk R1\" inte bedömts på"
                + " nytt; en ny riskanalys skulle ha gjorts senast 2016-06-01.",
            findings.get(0).messageSv());
      }
    }

    @Test
    void assessmentOnTheTriggerDay_counts() {
      Risk reassessed = inUnit.plusAssessment(rated(change, 1, 2));
      assertEquals(
          List.of(),
          of(RiskReview.NEW_ANALYSIS_DUE, REVIEW.evaluate(List.of(reassessed), List.of(reorganisation), LocalDate.of(2016, 7, 1))));
    }

    @Test
    void lateAssessment_endsTheFinding() {
      Risk late = inUnit.plusAssessment(rated(LocalDate.of(2016, 6, 15), 1, 2));
      assertEquals(1, of(RiskReview.NEW_ANALYSIS_DUE, REVIEW.evaluate(List.of(late), List.of(reorganisation), LocalDate.of(2016, 6, 14))).size());
      assertEquals(0, of(RiskReview.NEW_ANALYSIS_DUE, REVIEW.evaluate(List.of(late), List.of(reorganisation), LocalDate.of(2016, 6, 15))).size());
    }

    @Test
    void zeroDays_dueOnTheTriggerDay() {
      RiskReview strict = RiskReview.of(RiskEvaluator.defaults(), Period.ofYears(1), 0);
      assertEquals(0, of(RiskReview.NEW_ANALYSIS_DUE, strict.evaluate(List.of(inUnit), List.of(reorganisation), change)).size());
      assertEquals(1, of(RiskReview.NEW_ANALYSIS_DUE, strict.evaluate(List.of(inUnit), List.of(reorganisation), change.plusDays(1))).size());
    }

    @Test
    void processScope_coversTheProcessAndWhatLiesBelow() {
      RiskTrigger newMethod =
          RiskTrigger.builder()
              .id("T2")
              .kind(TriggerKind.NEW_METHOD)
              .date(change)
              .process(ProcessNumber.parse("2.2.1.5"))
              .build();
      Risk below = risk("R3").process(ProcessNumber.parse("2.2.1.5.1")).addAssessments(rated(MARCH_1, 1, 1)).build();
      Risk beside = risk("R4").process(ProcessNumber.parse("2.2.1.6.4")).addAssessments(rated(MARCH_1, 1, 1)).build();
      Risk none = risk("R5").addAssessments(rated(MARCH_1, 1, 1)).build();
      List<Finding> findings =
          of(RiskReview.NEW_ANALYSIS_DUE, REVIEW.evaluate(List.of(below, beside, none), List.of(newMethod), LocalDate.of(2016, 7, 1)));
      assertEquals(List.of("risks/R3"), findings.stream().map(Finding::subject).collect(Collectors.toList()));
    }

    @Test
    void wholeRegisterTrigger_concernsEveryRisk() {
      RiskTrigger turnover = RiskTrigger.of("T3", TriggerKind.STAFF_TURNOVER, change);
      assertEquals(
          2,
          of(RiskReview.NEW_ANALYSIS_DUE, REVIEW.evaluate(List.of(inUnit, elsewhere), List.of(turnover), LocalDate.of(2016, 7, 1))).size());
    }

    @Test
    void triggerWithNothingInScope_isAFindingAboutTheTrigger() {
      RiskTrigger empty =
          RiskTrigger.builder().id("T4").kind(TriggerKind.DELEGATION_CHANGE).date(change).unitId("ny-enhet").build();
      List<Finding> findings =
          of(RiskReview.NEW_ANALYSIS_DUE, REVIEW.evaluate(List.of(inUnit), List.of(empty), LocalDate.of(2016, 7, 1)));
      assertEquals(1, findings.size());
      assertEquals("risk-triggers/T4", findings.get(0).subject());
      assertTrue(findings.get(0).messageEn().contains("no risk in its scope has been analysed"));
    }

    @Test
    void triggerAfterTheReviewDay_isIgnored() {
      assertEquals(List.of(), of(RiskReview.NEW_ANALYSIS_DUE, REVIEW.evaluate(List.of(inUnit), List.of(reorganisation), change.minusDays(1))));
    }
  }

  @Test
  void duplicateRiskIds_throw() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> REVIEW.evaluate(List.of(risk("R1").build(), risk("R1").build()), MARCH_1));
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
  }

  @ParameterizedTest
  @CsvSource({"P0D, 30", "P-1M, 30", "P1Y, -1", "P1Y, 3651"})
  void of_invalidPolicy_throws(Period interval, int days) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RiskReview.of(RiskEvaluator.defaults(), interval, days));
    assertEquals(QmsErrorCode.VALUE_OUT_OF_RANGE, e.code());
  }

  @Test
  void findingsAreListedByRule_thenByRisk() {
    Risk a = risk("A").addAssessments(rated(MARCH_1, 4, 4)).build();
    Risk b = risk("B").addAssessments(rated(MARCH_1, 4, 4)).build();
    List<Finding> findings = REVIEW.evaluate(List.of(b, a), LocalDate.of(2018, 1, 1));
    assertEquals(
        List.of("risks/B", "risks/A", "risks/B", "risks/A"),
        findings.stream().map(Finding::subject).collect(Collectors.toList()));
    assertEquals(
        List.of(
            RiskReview.CRITICAL_WITHOUT_ACTION,
            RiskReview.CRITICAL_WITHOUT_ACTION,
            RiskReview.REASSESSMENT_OVERDUE,
            RiskReview.REASSESSMENT_OVERDUE),
        ruleIds(findings));
  }
}
