package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.compliance.RuleSetting;
import se.qms.core.compliance.RuleStatus;
import se.qms.core.organisation.PersonRef;

/** qms-risk's rules evaluated by the compliance engine. */
class RiskRulesTest {
  static final RuleSet DEFAULTS = RuleSet.builder().name("Regler").build();

  static Risk critical(String id, LocalDate assessed) {
    return criticalBuilder(id, assessed).build();
  }

  static Risk.Builder criticalBuilder(String id, LocalDate assessed) {
    return Risk.builder()
        .id(id)
        .title("Brukare saknar genomförandeplan")
        .addAssessments(RiskAssessment.of(assessed, List.of(Rating.of(PersonRef.of("ec-1", "Enhetschef"), 4, 3))));
  }

  static QualitySystem withRisks(Risk... risks) {
    return QualitySystem.builder().name("Testkommun").addParts(RiskRegister.of(List.of(risks))).build();
  }

  static List<String> found(ComplianceResult r, String ruleId) {
    return r.outcome(ruleId).orElseThrow().findings().stream().map(Finding::subject).collect(Collectors.toList());
  }

  @Test
  void criticalRiskWithoutAction_isAnError_andAnActionClearsIt() {
    ComplianceEngine engine = ComplianceEngine.of(DEFAULTS, ComplianceRules.core().plus(RiskRules.all()));
    ComplianceResult r = engine.evaluate(withRisks(critical("R1", LocalDate.of(2017, 3, 1))), LocalDate.of(2017, 4, 1));
    assertEquals(List.of("risks/R1"), found(r, RiskReview.CRITICAL_WITHOUT_ACTION));
    assertEquals(FindingSeverity.ERROR, r.outcome(RiskReview.CRITICAL_WITHOUT_ACTION).orElseThrow().findings().get(0).severity());
    Risk handled = criticalBuilder("R1", LocalDate.of(2017, 3, 1)).addActionIds("A1").build();
    assertEquals(List.of(), found(engine.evaluate(withRisks(handled), LocalDate.of(2017, 4, 1)), RiskReview.CRITICAL_WITHOUT_ACTION));
  }

  @ParameterizedTest(name = "{0} months, {1}: {2}")
  @CsvSource({"12, 2018-03-01, false", "12, 2018-03-02, true", "6, 2017-09-01, false", "6, 2017-09-02, true"})
  void reassessment_dueAfterTheConfiguredMonths(int months, String asOf, boolean expected) {
    RuleSet set = RuleSet.builder().name("R")
        .putRules(RiskReview.REASSESSMENT_OVERDUE, RuleSetting.builder().putParameters("reassessmentMonths", months).build())
        .build();
    ComplianceResult r = ComplianceEngine.of(set, RiskRules.all())
        .evaluate(withRisks(critical("R1", LocalDate.of(2017, 3, 1))), LocalDate.parse(asOf));
    assertEquals(expected ? List.of("risks/R1") : List.of(), found(r, RiskReview.REASSESSMENT_OVERDUE));
  }

  @Test
  void withoutRegister_rulesAreNotApplicable_andIncrementalUseNamesTheRisk() {
    ComplianceEngine engine = ComplianceEngine.of(DEFAULTS, RiskRules.all());
    engine.evaluate(QualitySystem.builder().name("Tom").build(), LocalDate.of(2017, 1, 1)).outcomes()
        .forEach(o -> assertEquals(RuleStatus.NOT_APPLICABLE, o.status()));
    QualitySystem s = withRisks(critical("R1", LocalDate.of(2017, 3, 1)), critical("R2", LocalDate.of(2017, 3, 1)));
    ComplianceResult one = engine.evaluate(s, LocalDate.of(2018, 6, 1), "risks/R2");
    assertEquals(List.of("risks/R2"), found(one, RiskReview.CRITICAL_WITHOUT_ACTION));
    assertEquals(List.of("risks/R2"), found(one, RiskReview.REASSESSMENT_OVERDUE));
  }
}
