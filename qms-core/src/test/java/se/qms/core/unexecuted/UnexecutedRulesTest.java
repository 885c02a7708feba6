package se.qms.core.unexecuted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.compliance.RuleStatus;
import se.qms.core.measure.Period;

/** The quarterly reporting's findings through the compliance engine, in full and incrementally. */
class UnexecutedRulesTest {
  private static final UnexecutedDecisionPolicy POLICY = UnexecutedDecisionPolicy.defaults();
  private static final LocalDate AS_OF = LocalDate.of(2019, 5, 2);
  private static final ComplianceEngine ENGINE =
      ComplianceEngine.of(RuleSet.builder().name("R").build(), ComplianceRules.core().plus(UnexecutedRules.all()));

  private static QualitySystem system(List<FavourableDecision> decisions, List<SubmittedReport> reports) {
    return QualitySystem.builder()
        .name("Exempelkommun")
        .addParts(UnexecutedDecisionRegister.of(decisions, reports))
        .build();
  }

  private static FavourableDecision waiting(String id, LocalDate decided) {
    Insats kontaktperson = POLICY.catalogue().find("lss-kontaktperson").orElseThrow();
    return FavourableDecision.decided(id, kontaktperson, decided, Gender.WOMAN);
  }

  private static List<String> subjects(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::subject).collect(Collectors.toList());
  }

  @Test
  void theEngineReports_whatQuarterlyReportingFinds_ruleByRule() {
    List<FavourableDecision> decisions =
        List.of(waiting("LSS-2018-031", LocalDate.of(2018, 11, 30)), waiting("LSS-2018-002", LocalDate.of(2018, 6, 1)));
    List<SubmittedReport> reports =
        List.of(SubmittedReport.of(Period.quarter(2019, 1), Law.LSS, Recipient.IVO, LocalDate.of(2019, 4, 10)));
    QualitySystem system = system(decisions, reports);
    List<Finding> expected = QuarterlyReporting.of(POLICY).findings(decisions, reports, AS_OF);
    ComplianceResult result = ENGINE.evaluate(system, AS_OF);
    for (String rule :
        List.of(QuarterlyReporting.REPORT_MISSING, QuarterlyReporting.REPORT_LATE, QuarterlyReporting.SANCTION_RANGE)) {
      assertEquals(
          subjects(expected, rule).stream().sorted().collect(Collectors.toList()),
          subjects(result.findings(), rule).stream().sorted().collect(Collectors.toList()),
          rule);
    }
    assertEquals(RuleStatus.FAILED, result.outcome(QuarterlyReporting.REPORT_MISSING).orElseThrow().status());
    assertEquals(RuleStatus.PASSED, result.outcome(QuarterlyReporting.REPORT_LATE).orElseThrow().status());
    // decided 1 June 2018, reportable from 1 September: eight months waited on 2 May 2019
    assertEquals(
        List.of("unexecutedDecisions/LSS-2018-002"), subjects(result.findings(), QuarterlyReporting.SANCTION_RANGE));
  }

  @Test
  void oneQuarter_evaluatedAlone_givesTheFullEvaluationsFindingsForIt() {
    List<FavourableDecision> decisions = List.of(waiting("LSS-2018-031", LocalDate.of(2018, 11, 30)));
    QualitySystem system = system(decisions, List.of());
    String subject = "unexecutedDecisionReports/2019-Q1/LSS/IVO";
    List<Finding> full =
        ENGINE.evaluate(system, AS_OF).findings().stream()
            .filter(f -> f.subject().startsWith("unexecutedDecisionReports/2019-Q1/"))
            .collect(Collectors.toList());
    List<Finding> alone =
        ENGINE.evaluate(system, AS_OF, subject).findings().stream()
            .filter(f -> f.ruleId().startsWith("unexecuted."))
            .collect(Collectors.toList());
    assertEquals(full, alone);
    assertEquals(3, alone.size()); // IVO, the auditors and the council
  }

  @Test
  void aSystemWithoutDecisions_isNotApplicable() {
    ComplianceResult result = ENGINE.evaluate(QualitySystem.builder().name("Tom").build(), AS_OF);
    assertEquals(RuleStatus.NOT_APPLICABLE, result.outcome(QuarterlyReporting.REPORT_MISSING).orElseThrow().status());
    assertEquals(RuleStatus.NOT_APPLICABLE, result.outcome(QuarterlyReporting.SANCTION_RANGE).orElseThrow().status());
  }
}
