package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.compliance.RuleStatus;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.lexsarah.LexSarahRiskEstimate;

/** Lex Sarah escalation through the compliance engine: the cases the escalation policy flags. */
class LexSarahEscalationRulesTest {
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);
  private static final ComplianceEngine ENGINE =
      ComplianceEngine.of(RuleSet.builder().name("R").build(), ComplianceRules.core().plus(RiskRules.all()));

  private static LexSarahCase estimated(String id, int probability, int severity) {
    return LexSarahCase.builder()
        .id(id)
        .committeeId("hn")
        .reported(DAY)
        .riskEstimate(LexSarahRiskEstimate.of(probability, severity))
        .build();
  }

  private static QualitySystem system(LexSarahCase... cases) {
    return QualitySystem.builder().name("Exempelkommun").addParts(LexSarahRegister.of(List.of(cases))).build();
  }

  @Test
  void anOpenCaseOfValueEight_isToBeConsidered_andOneOfSix_isNot() {
    ComplianceResult r = ENGINE.evaluate(system(estimated("LS-1", 2, 4), estimated("LS-2", 3, 2)), DAY);
    List<Finding> found =
        r.findings().stream().filter(f -> f.ruleId().startsWith("lex-sarah.")).collect(Collectors.toList());
    assertEquals(1, found.size());
    assertEquals(LexSarahEscalation.NOTIFICATION_TO_CONSIDER, found.get(0).ruleId());
    assertEquals("lexSarahCases/LS-1", found.get(0).subject());
    assertEquals(FindingSeverity.INFO, found.get(0).severity());
    assertEquals(found, LexSarahEscalation.defaults().findings(List.of(estimated("LS-1", 2, 4), estimated("LS-2", 3, 2)), DAY));
    assertEquals(RuleStatus.PASSED, r.outcome(LexSarahEscalation.ESCALATED_CLOSED_WITHOUT_NOTIFICATION).orElseThrow().status());
  }

  @Test
  void withoutCases_theRulesAreNotApplicable() {
    ComplianceResult r = ENGINE.evaluate(QualitySystem.builder().name("Tom").build(), DAY);
    assertEquals(RuleStatus.NOT_APPLICABLE, r.outcome(LexSarahEscalation.NOTIFICATION_TO_CONSIDER).orElseThrow().status());
  }
}
