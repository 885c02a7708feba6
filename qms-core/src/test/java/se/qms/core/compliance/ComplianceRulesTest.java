package se.qms.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.qms.core.compliance.ComplianceFixtures.d;
import static se.qms.core.compliance.ComplianceFixtures.map;
import static se.qms.core.compliance.ComplianceFixtures.process;
import static se.qms.core.compliance.ComplianceFixtures.rules;
import static se.qms.core.compliance.ComplianceFixtures.system;

import java.time.MonthDay;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.improvement.ActionOrigin;
import se.qms.core.improvement.ActionPurpose;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintStatus;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.Effect;
import se.qms.core.improvement.EffectEvaluation;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.improvement.YearlyCompilation;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessIndexAssessment;
import se.qms.core.process.ProcessIndexTarget;
import se.qms.core.process.ProcessNumber;
import se.qms.core.selfinspection.Answer;
import se.qms.core.selfinspection.AnswerType;
import se.qms.core.selfinspection.ChecklistItem;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.selfinspection.FollowUpMethod;
import se.qms.core.selfinspection.FollowUpPlanItem;
import se.qms.core.selfinspection.FollowUpResult;
import se.qms.core.selfinspection.QualityArea;
import se.qms.core.selfinspection.Schedule;

/** Each core rule at its boundary: the day before, on and after its deadline, and what clears it. */
class ComplianceRulesTest {
  static List<String> found(QualitySystem s, RuleSet set, String asOf, String ruleId) {
    return ComplianceEngine.of(set).evaluate(s, d(asOf)).outcome(ruleId).orElseThrow().findings().stream()
        .map(Finding::subject)
        .collect(Collectors.toList());
  }

  static List<String> found(QualitySystem s, String asOf, String ruleId) {
    return found(s, rules(), asOf, ruleId);
  }

  static List<String> expect(boolean found, String subject) {
    return found ? List.of(subject) : List.of();
  }

  static ImprovementAction.Builder action(String id, String registered) {
    return ImprovementAction.builder()
        .id(id)
        .title("Åtgärd " + id)
        .origin(ActionOrigin.PROCESS)
        .purpose(ActionPurpose.CORRECTIVE)
        .responsibleRole(Role.ENHETSCHEF)
        .registered(d(registered));
  }

  @Nested
  class ProcessOwner {
    @Test
    void processWithoutOwner_isAnError_areasAndOwnedProcessesAreNot() {
      QualitySystem s = system().processMap(map(process("2.1.1.1", false), process("2.1.1.2", true))).build();
      assertEquals(List.of("processes/2.1.1.1"), found(s, "2019-01-01", ProcessOwnerRule.ID));
      assertEquals(FindingSeverity.ERROR,
          ComplianceEngine.of(rules()).evaluate(s, d("2019-01-01")).findings().get(0).severity());
    }
  }

  @Nested
  class CoreProcessTarget {
    final Indicator measure =
        Indicator.builder().id("m1").title("Nöjdhet").unit(MeasureUnit.PERCENT).direction(Direction.HIGHER_IS_BETTER)
            .process(ProcessNumber.parse("2.1.1.1")).build();
    final QualitySystem s =
        system().processMap(map(process("2.1.1.1", true), process("2.2.1.1", true))).addIndicators(measure).build();

    @Test
    void coreProcessWithoutPolicy_isFound_supportProcessIsNot() {
      assertEquals(List.of("processes/2.1.1.1"), found(s, "2019-01-01", CoreProcessTargetRule.ID));
    }

    @Test
    void targetPolicy_clearsIt_passFailDoesNot() {
      RuleSet target = RuleSet.builder().name("R").putLightPolicies("m1", LightPolicy.target(Target.absolute(90), Tolerance.points(5))).build();
      RuleSet passFail = RuleSet.builder().name("R").putLightPolicies("m1", LightPolicy.passFail()).build();
      assertEquals(List.of(), found(s, target, "2019-01-01", CoreProcessTargetRule.ID));
      assertEquals(List.of("processes/2.1.1.1"), found(s, passFail, "2019-01-01", CoreProcessTargetRule.ID));
    }

    @Test
    void minMeasuresTwo_oneIsNotEnough() {
      RuleSet set = RuleSet.builder().name("R").putLightPolicies("m1", LightPolicy.bands(3.6, 3.0))
          .putRules(CoreProcessTargetRule.ID, RuleSetting.builder().putParameters("minMeasures", 2).build()).build();
      assertEquals(List.of("processes/2.1.1.1"), found(s, set, "2019-01-01", CoreProcessTargetRule.ID));
    }
  }

  static se.qms.core.process.ProcessNode assessed(String number, int level, String on, int target, String by) {
    return se.qms.core.process.ProcessNode.builder()
        .number(ProcessNumber.parse(number))
        .kind(se.qms.core.process.ProcessNodeKind.PROCESS)
        .title("Process " + number)
        .owner(ComplianceFixtures.OWNER)
        .addProcessIndexAssessments(ProcessIndexAssessment.of(level, d(on), PersonRef.of("kv-1", "Kvalitetsutvecklare")))
        .processIndexTarget(ProcessIndexTarget.of(target, d(by)))
        .build();
  }

  @Nested
  class ProcessIndexTargetMissed {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2017-12-30, false", "2017-12-31, false", "2018-01-01, true"})
    void targetDate_foundFromTheDayAfter(String asOf, boolean expected) {
      QualitySystem never = system().processMap(map(process("2.1.1.1", true)
          .withProcessIndexTarget(ProcessIndexTarget.of(7, d("2017-12-31"))))).build();
      QualitySystem below = system().processMap(map(assessed("2.1.1.1", 5, "2017-03-01", 7, "2017-12-31"))).build();
      assertEquals(expect(expected, "processes/2.1.1.1"), found(never, asOf, ProcessIndexTargetRule.ID));
      assertEquals(expect(expected, "processes/2.1.1.1"), found(below, asOf, ProcessIndexTargetRule.ID));
    }

    @Test
    void reachedTarget_isNotFound() {
      QualitySystem s = system().processMap(map(assessed("2.1.1.1", 7, "2017-11-01", 7, "2017-12-31"))).build();
      assertEquals(List.of(), found(s, "2018-06-01", ProcessIndexTargetRule.ID));
    }
  }

  static final Indicator M1 =
      Indicator.builder().id("m1").title("Andel nöjda").unit(MeasureUnit.PERCENT).direction(Direction.HIGHER_IS_BETTER).build();

  static QualitySystem.Builder measured(Observation... observations) {
    return system().addIndicators(M1).measureData(MeasureData.of(List.of(observations), List.of()));
  }

  @Nested
  class ObservationMissing {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2017-03-31, false", "2017-04-01, true", "2017-04-02, true"})
    void yearDueNinetyDaysAfterItsEnd(String asOf, boolean expected) {
      QualitySystem s = measured(Observation.of("m1", Period.year(2015), 80)).build();
      assertEquals(expect(expected, "indicators/m1"), found(s, asOf, ObservationMissingRule.ID));
    }

    @Test
    void documentedGap_counts_asDoesTheObservation() {
      assertEquals(List.of(), found(measured(Observation.missing("m1", Period.year(2016), "redovisas från och med 2017")).build(),
          "2017-06-01", ObservationMissingRule.ID));
      assertEquals(List.of(), found(measured(Observation.of("m1", Period.year(2016), 70)).build(), "2017-06-01", ObservationMissingRule.ID));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2019-09-29, false", "2019-09-30, true"})
    void tertialIndicator_isDueEachTertial(String asOf, boolean expected) {
      // T2 2019 ends 31 August; due 90 days later, 29 November... with graceDays 29: 29 September
      RuleSet set = RuleSet.builder().name("R").putRules(ObservationMissingRule.ID,
          RuleSetting.builder().putParameters("graceDays", 29).build()).build();
      QualitySystem s = measured(Observation.of("m1", Period.tertial(2019, 1), 80)).build();
      assertEquals(expect(expected, "indicators/m1"), found(s, set, asOf, ObservationMissingRule.ID));
    }
  }

  @Nested
  class RedWithoutAction {
    final RuleSet set = RuleSet.builder().name("R").putLightPolicies("m1", LightPolicy.target(Target.absolute(80), Tolerance.points(5))).build();
    final Observation red = Observation.of("m1", Period.year(2016), 50);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2017-01-29, false", "2017-01-30, false", "2017-01-31, true"})
    void redYear_needsAnActionWithinThirtyDays(String asOf, boolean expected) {
      assertEquals(expect(expected, "indicators/m1"), found(measured(red).build(), set, asOf, RedLightWithoutActionRule.ID));
    }

    @Test
    void linkedAction_clearsIt_butNotBeforeItWasRegistered() {
      QualitySystem s = measured(red).addActions(action("A1", "2017-02-10").originId("m1").build()).build();
      assertEquals(List.of(), found(s, set, "2017-02-10", RedLightWithoutActionRule.ID));
      assertEquals(List.of("indicators/m1"), found(s, set, "2017-02-09", RedLightWithoutActionRule.ID));
    }

    @Test
    void greenAndYellow_needNoAction() {
      assertEquals(List.of(), found(measured(Observation.of("m1", Period.year(2016), 77)).build(), set, "2017-06-01", RedLightWithoutActionRule.ID));
    }
  }

  static FollowUpPlanItem.Builder item() {
    return FollowUpPlanItem.builder()
        .id("u1")
        .title("Journalgranskning")
        .qualityArea(QualityArea.TRYGGHET_OCH_SAKERHET)
        .purpose("Följa dokumentationen")
        .addMethods(FollowUpMethod.RECORD_REVIEW)
        .responsible(Role.ENHETSCHEF)
        .schedule(Schedule.onDates(MonthDay.of(3, 1)));
  }

  @Nested
  class FollowUpOverdue {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2019-03-14, false", "2019-03-15, false", "2019-03-16, true"})
    void occurrenceDueFourteenDaysAfter(String asOf, boolean expected) {
      QualitySystem s = system().addFollowUpPlanItems(item().build()).build();
      // 2018-03-01 lies outside the look-back year (365 days) on each of these days
      assertEquals(expect(expected, "followUpPlan/u1"), found(s, asOf, FollowUpOverdueRule.ID));
    }

    @Test
    void recordedResult_clearsTheOccurrence() {
      QualitySystem s = system().addFollowUpPlanItems(item()
          .addResults(FollowUpResult.of(d("2019-03-01"), "Genomförd"), FollowUpResult.of(d("2018-03-01"), "Genomförd")).build()).build();
      assertEquals(List.of(), found(s, "2019-06-01", FollowUpOverdueRule.ID));
    }
  }

  static QualitySystem.Builder failedChecklist() {
    ChecklistTemplate t = ChecklistTemplate.builder().id("sba").title("Brandskydd")
        .addItems(ChecklistItem.builder().id("dok").question("Finns dokumentation?").answerType(AnswerType.YES_NO_NA).mandatory(true).build())
        .build();
    return system().addChecklistTemplates(t).addCompletedChecklists(CompletedChecklist.builder().id("c1").templateId("sba")
        .unitId("e1").answeredBy(Role.ENHETSCHEF).date(d("2016-04-12")).addAnswers(Answer.no("dok")).build());
  }

  @Nested
  class FailedWithoutAction {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2016-05-11, false", "2016-05-12, false", "2016-05-13, true"})
    void failedChecklist_needsAnActionWithinThirtyDays(String asOf, boolean expected) {
      assertEquals(expect(expected, "completedChecklists/c1"), found(failedChecklist().build(), asOf, ChecklistFailedWithoutActionRule.ID));
    }

    @Test
    void actionFromTheChecklist_clearsIt() {
      QualitySystem s = failedChecklist().addActions(action("A1", "2016-05-01").originId("c1").build()).build();
      assertEquals(List.of(), found(s, "2016-06-01", ChecklistFailedWithoutActionRule.ID));
    }
  }

  @Nested
  class ComplaintAnswerOverdue {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2019-03-14, false", "2019-03-15, false", "2019-03-16, true"})
    void unanswered_foundFromTheDayAfterTheFourteenth(String asOf, boolean expected) {
      QualitySystem s = system().addComplaints(Complaint.received("K1", ComplaintKind.COMPLAINT, d("2019-03-01"))).build();
      assertEquals(expect(expected, "complaints/K1"), found(s, asOf, ComplaintAnswerOverdueRule.ID));
    }

    @Test
    void answeredOrPraise_isNotFound_andAnswerDaysIsAParameter() {
      QualitySystem s = system()
          .addComplaints(Complaint.builder().id("K1").kind(ComplaintKind.COMMENT).received(d("2019-03-01"))
              .status(ComplaintStatus.ANSWERED).answered(d("2019-03-20")).build())
          .addComplaints(Complaint.received("K2", ComplaintKind.PRAISE, d("2019-03-01")))
          .addComplaints(Complaint.received("K3", ComplaintKind.SUGGESTION, d("2019-03-01")))
          .build();
      assertEquals(List.of("complaints/K3"), found(s, "2019-04-01", ComplaintAnswerOverdueRule.ID));
      RuleSet set = RuleSet.builder().name("R").putRules(ComplaintAnswerOverdueRule.ID,
          RuleSetting.builder().putParameters("answerDays", 40).build()).build();
      assertEquals(List.of(), found(s, set, "2019-04-01", ComplaintAnswerOverdueRule.ID));
    }
  }

  @Nested
  class CompilationMissing {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2017-03-30, false", "2017-03-31, false", "2017-04-01, true"})
    void yearWithCases_dueByTheEndOfMarch(String asOf, boolean expected) {
      QualitySystem s = system().addDeviations(Deviation.reported("D1", "e1", d("2016-05-02"), "Fel läkemedel")).build();
      assertEquals(expect(expected, "compilations/2016"), found(s, asOf, CompilationMissingRule.ID));
    }

    @Test
    void recordedCompilation_clearsIt() {
      QualitySystem s = system().addComplaints(Complaint.received("K1", ComplaintKind.PRAISE, d("2016-05-02")))
          .addCompilations(YearlyCompilation.of(2016, d("2017-02-15"))).build();
      assertEquals(List.of(), found(s, "2018-01-01", CompilationMissingRule.ID));
    }
  }

  @Nested
  class ActionOverdue {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2017-06-29, false", "2017-06-30, false", "2017-07-01, true"})
    void openAction_foundFromTheDayAfterItsDueDate(String asOf, boolean expected) {
      QualitySystem s = system().addActions(action("A1", "2017-01-10").due(d("2017-06-30")).build()).build();
      assertEquals(expect(expected, "actions/A1"), found(s, asOf, ActionOverdueRule.ID));
    }

    @Test
    void completedAction_isNotOverdue() {
      QualitySystem s = system().addActions(action("A1", "2017-01-10").due(d("2017-06-30"))
          .status(ActionStatus.COMPLETED).completed(d("2017-06-01")).build()).build();
      assertEquals(List.of(), found(s, "2017-09-01", ActionOverdueRule.ID));
    }
  }

  @Nested
  class EffectNotEvaluated {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"2017-04-09, false", "2017-04-10, false", "2017-04-11, true"})
    void completedAction_dueForEvaluationNinetyDaysLater(String asOf, boolean expected) {
      QualitySystem s = system().addActions(action("A1", "2017-01-02").status(ActionStatus.COMPLETED).completed(d("2017-01-10")).build()).build();
      assertEquals(expect(expected, "actions/A1"), found(s, asOf, EffectNotEvaluatedRule.ID));
    }

    @Test
    void evaluation_clearsIt_fromItsDate() {
      QualitySystem s = system().addActions(action("A1", "2017-01-02").status(ActionStatus.COMPLETED).completed(d("2017-01-10"))
          .evaluation(EffectEvaluation.of(d("2017-05-01"), Effect.ACHIEVED)).build()).build();
      assertEquals(List.of("actions/A1"), found(s, "2017-04-30", EffectNotEvaluatedRule.ID));
      assertEquals(List.of(), found(s, "2017-05-01", EffectNotEvaluatedRule.ID));
    }
  }
}
