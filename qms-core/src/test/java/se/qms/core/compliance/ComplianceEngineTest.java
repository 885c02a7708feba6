package se.qms.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.qms.core.compliance.ComplianceFixtures.d;
import static se.qms.core.compliance.ComplianceFixtures.map;
import static se.qms.core.compliance.ComplianceFixtures.process;
import static se.qms.core.compliance.ComplianceFixtures.rules;
import static se.qms.core.compliance.ComplianceFixtures.system;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintKind;

class ComplianceEngineTest {
  static final QualitySystem ONE_UNOWNED =
      system()
          .processMap(map(process("2.1.1.1", false), process("2.1.1.2", true)))
          .addComplaints(Complaint.received("K1", ComplaintKind.COMPLAINT, d("2019-03-01")))
          .build();

  static List<String> subjects(ComplianceResult r, String ruleId) {
    return r.outcome(ruleId).orElseThrow().findings().stream().map(Finding::subject).collect(Collectors.toList());
  }

  @Nested
  class Compiling {
    @Test
    void of_unknownRuleId_throwsWithCode() {
      RuleSet set = RuleSet.builder().name("R").putRules("process.no-such-rule", RuleSetting.disabled()).build();
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> ComplianceEngine.of(set));
      assertEquals(QmsErrorCode.COMPLIANCE_RULE_UNKNOWN, e.code());
      assertEquals("rules", e.field().orElseThrow());
      assertTrue(e.getMessage().contains("process.no-such-rule"), e.getMessage());
    }

    @Test
    void of_unknownParameter_throwsWithCode() {
      RuleSet set =
          RuleSet.builder()
              .name("R")
              .putRules(ComplaintAnswerOverdueRule.ID, RuleSetting.builder().putParameters("days", 10).build())
              .build();
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> ComplianceEngine.of(set));
      assertEquals(QmsErrorCode.COMPLIANCE_PARAMETER_UNKNOWN, e.code());
      assertEquals("rules.complaint.answer-overdue.parameters", e.field().orElseThrow());
    }

    @Test
    void of_parameterAboveMax_throwsWithCode() {
      RuleSet set =
          RuleSet.builder()
              .name("R")
              .putRules(ComplaintAnswerOverdueRule.ID, RuleSetting.builder().putParameters("answerDays", 366).build())
              .build();
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> ComplianceEngine.of(set));
      assertEquals(QmsErrorCode.COMPLIANCE_PARAMETER_OUT_OF_RANGE, e.code());
      assertEquals("366", e.rejectedValue().orElseThrow());
    }

    @Test
    void registry_duplicateId_throwsWithCode() {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> ComplianceRules.core().plus(new ProcessOwnerRule()));
      assertEquals(QmsErrorCode.COMPLIANCE_RULE_DUPLICATE, e.code());
    }

    @Test
    void coreRegistry_listsElevenRulesInOrder() {
      assertEquals(11, ComplianceRules.core().size());
      assertEquals(ProcessOwnerRule.ID, ComplianceRules.core().rules().get(0).id());
      assertEquals(ComplianceRules.core().rules().stream().map(ComplianceRule::id).collect(Collectors.toList()),
          ComplianceEngine.of(rules()).ruleIds());
    }
  }

  @Nested
  class Settings {
    @Test
    void disabledRule_isNotEvaluated_andOthersStillRun() {
      RuleSet set = RuleSet.builder().name("R").putRules(ProcessOwnerRule.ID, RuleSetting.disabled()).build();
      ComplianceResult r = ComplianceEngine.of(set).evaluate(ONE_UNOWNED, d("2019-04-01"));
      assertEquals(RuleStatus.NOT_EVALUATED, r.outcome(ProcessOwnerRule.ID).orElseThrow().status());
      assertEquals(RuleStatus.FAILED, r.outcome(ComplaintAnswerOverdueRule.ID).orElseThrow().status());
    }

    @Test
    void severityAndBasis_comeFromTheRuleSet() {
      RuleSet set =
          RuleSet.builder()
              .name("R")
              .putRules(
                  ProcessOwnerRule.ID,
                  RuleSetting.builder().severity(FindingSeverity.INFO).basis("Kommunens riktlinje 2019:4").build())
              .build();
      Finding f = ComplianceEngine.of(set).evaluate(ONE_UNOWNED, d("2019-04-01")).outcome(ProcessOwnerRule.ID).orElseThrow().findings().get(0);
      assertEquals(FindingSeverity.INFO, f.severity());
      assertEquals("Kommunens riktlinje 2019:4", f.basis());
    }

    @Test
    void emptySystem_rulesAreNotApplicable() {
      ComplianceResult r = ComplianceEngine.of(rules()).evaluate(system().build(), d("2019-04-01"));
      r.outcomes().forEach(o -> assertEquals(RuleStatus.NOT_APPLICABLE, o.status(), o.ruleId()));
      assertTrue(r.findings().isEmpty());
      assertTrue(!r.hasErrors());
    }
  }

  @Nested
  class Incremental {
    @Test
    void oneProcess_givesItsFindingsOnly() {
      ComplianceEngine engine = ComplianceEngine.of(rules());
      ComplianceResult one = engine.evaluate(ONE_UNOWNED, d("2019-04-01"), "processes/2.1.1.1");
      assertEquals(List.of("processes/2.1.1.1"), subjects(one, ProcessOwnerRule.ID));
      assertEquals(RuleStatus.NOT_EVALUATED, one.outcome(ComplaintAnswerOverdueRule.ID).orElseThrow().status());
      assertEquals(RuleStatus.PASSED, engine.evaluate(ONE_UNOWNED, d("2019-04-01"), "processes/2.1.1.2")
          .outcome(ProcessOwnerRule.ID).orElseThrow().status());
    }

    @Test
    void unknownOrMalformedSubject_evaluatesNothing() {
      ComplianceEngine engine = ComplianceEngine.of(rules());
      for (String subject : List.of("processes/9.9", "processes/x..y", "complaints/none", "")) {
        engine.evaluate(ONE_UNOWNED, d("2019-04-01"), subject).outcomes()
            .forEach(o -> assertEquals(RuleStatus.NOT_EVALUATED, o.status(), subject));
      }
    }
  }

  @Test
  void result_sortsFindingsByRuleThenSubject_andCountsSeverities() {
    QualitySystem s = system().processMap(map(process("2.1.1.2", false), process("2.1.1.1", false))).build();
    ComplianceResult r = ComplianceEngine.of(rules()).evaluate(s, LocalDate.of(2019, 1, 1));
    assertEquals(List.of("processes/2.1.1.1", "processes/2.1.1.2"), subjects(r, ProcessOwnerRule.ID));
    assertEquals(ProcessOwnerRule.ID, r.findings().get(0).ruleId());
    assertTrue(r.hasErrors());
  }
}
