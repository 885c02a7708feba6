package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.RuleOutcome;
import se.qms.core.compliance.RuleStatus;
import se.qms.risk.RiskRules;

/**
 * The findings of the compliance engine (the core's rules and qms-risk's, with each sample's rule
 * set) for the bundled samples as of their report dates, reviewed one by one:
 *
 * <ul>
 *   <li><b>Örnsköldsvik, 2016-12-31.</b> {@code process.owner-missing} × 154: the process map of §2
 *       names no processägare for any of its 154 processes and sub-processes. {@code
 *       process.core-without-target} × 88: none of the 88 core processes (category 2.2,
 *       huvudprocesser) is linked to an indicator with a target in the transcription; the measures
 *       of §3 are not tied to processes. {@code measure.observation-missing} × 6: the six
 *       egenkontroll coverage indicators hold no observation — their shares are computed from the
 *       43 completed checklists, not stored — so the 2015 results, due by 2016-03-30, are missing
 *       ({@code measure.observation-missing} looks at stored observations only). {@code
 *       selfinspection.failed-without-action} × 4: the four per-manager checklists judged Ej
 *       godkänd (the two printed "Ej godkänd" templates, two managers each) have no action linked
 *       and are older than 30 days. {@code risk.critical-without-action} × 1: R1 (4 × 3 = 12,
 *       Kritisk) has no linked action in §4.1. {@code risk.assessment-undated} × 5 (information):
 *       §4.1 prints no dates for any of the five risks. ProcessIndex targets fall due 2017-12-31:
 *       passed.
 *   <li><b>Nacka, 2016-12-31.</b> {@code selfinspection.follow-up-overdue} × 17: occurrences of the
 *       follow-up plan in 2016 whose schedule had passed by more than 14 days and for which the plan
 *       prints no result (e.g. "funk-verkstallighet" quarterly, three quarters without a result).
 *   <li><b>Katrineholm 2018, Säffle 2019, Östersund 2020.</b> No findings: Katrineholm holds the
 *       organisation and responsibility matrix only; Säffle's 2018–2019 survey results and
 *       Östersund's Kolada results are up to date as of the report date.
 * </ul>
 */
class SampleFindingsTest {
  static ComplianceResult evaluate(String name) {
    Sample s = Sample.load(name);
    return ComplianceEngine.of(s.ruleSet(), ComplianceRules.core().plus(RiskRules.all()))
        .evaluate(s.qualitySystem(), s.reportDate());
  }

  static Map<String, Integer> failed(ComplianceResult r) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (RuleOutcome o : r.outcomes()) {
      if (o.status() == RuleStatus.FAILED) {
        out.put(o.ruleId(), o.findings().size());
      }
    }
    return out;
  }

  static List<String> subjects(ComplianceResult r, String ruleId) {
    return r.outcome(ruleId).orElseThrow().findings().stream().map(Finding::subject).collect(Collectors.toList());
  }

  @Test
  void ornskoldsvik2016_asOfItsReportDate() {
    ComplianceResult r = evaluate(Sample.ORNSKOLDSVIK_2016);
    assertEquals(java.time.LocalDate.of(2016, 12, 31), r.asOf());
    Map<String, Integer> expected = new LinkedHashMap<>();
    expected.put("process.owner-missing", 154);
    expected.put("process.core-without-target", 88);
    expected.put("measure.observation-missing", 6);
    expected.put("selfinspection.failed-without-action", 4);
    expected.put("risk.critical-without-action", 1);
    expected.put("risk.assessment-undated", 5);
    assertEquals(expected, failed(r));
    assertEquals(
        List.of(
            "completedChecklists/forbattringsmojligheter-e02",
            "completedChecklists/forbattringsmojligheter-e06",
            "completedChecklists/ska-lean-e04",
            "completedChecklists/ska-lean-e08"),
        subjects(r, "selfinspection.failed-without-action"));
    assertEquals(List.of("risks/R1"), subjects(r, "risk.critical-without-action"));
    assertEquals(RuleStatus.PASSED, r.outcome("process.index-target-missed").orElseThrow().status());
    assertEquals(r.findings().size() - 5, r.count(se.qms.core.compliance.FindingSeverity.ERROR) + r.count(se.qms.core.compliance.FindingSeverity.WARNING));
  }

  @Test
  void ornskoldsvik2016_processIndexTargetsFallDueAfter2017() {
    Sample s = Sample.load(Sample.ORNSKOLDSVIK_2016);
    ComplianceEngine engine = ComplianceEngine.of(s.ruleSet(), ComplianceRules.core().plus(RiskRules.all()));
    assertEquals(RuleStatus.PASSED, engine.evaluate(s.qualitySystem(), java.time.LocalDate.of(2017, 12, 31))
        .outcome("process.index-target-missed").orElseThrow().status());
    assertEquals(19, engine.evaluate(s.qualitySystem(), java.time.LocalDate.of(2018, 1, 1))
        .outcome("process.index-target-missed").orElseThrow().findings().size());
  }

  @Test
  void nacka2016_asOfItsReportDate() {
    ComplianceResult r = evaluate(Sample.NACKA_2016);
    assertEquals(Map.of("selfinspection.follow-up-overdue", 17), failed(r));
    assertEquals(3, subjects(r, "selfinspection.follow-up-overdue").stream().filter("followUpPlan/funk-verkstallighet"::equals).count());
  }

  @Test
  void katrineholmSaffleAndOstersund_haveNoFindings() {
    for (String name : List.of(Sample.KATRINEHOLM_2018, Sample.SAFFLE_2019, Sample.OSTERSUND_2020)) {
      assertEquals(Map.of(), failed(evaluate(name)), name);
    }
  }
}
