package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.qms.json.QmsJson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.RuleOutcome;
import se.qms.core.compliance.RuleStatus;

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
 *       §4.1 prints no dates for any of the five risks. {@code lex-sarah.registration-late} × 1
 *       (warning): the report of November 2015 registered "drygt fem veckor senare" (§4.3.2.1), the
 *       one breach the seed describes; the other 275 cases are recorded without breaches, and the
 *       two serious cases were notified to IVO, so no escalation finding. ProcessIndex targets fall
 *       due 2017-12-31: passed.
 *   <li><b>Nacka, 2016-12-31.</b> {@code selfinspection.follow-up-overdue} × 17: occurrences of the
 *       follow-up plan in 2016 whose schedule had passed by more than 14 days and for which the plan
 *       prints no result (e.g. "funk-verkstallighet" quarterly, three quarters without a result).
 *   <li><b>Katrineholm 2018.</b> No findings: it holds the organisation and responsibility matrix
 *       only.
 *   <li><b>Säffle 2019 and Östersund 2020, 2019-12-31.</b> Their survey and Kolada results are up
 *       to date. Their decisions not carried out are transcribed from tables that count decisions
 *       reported to IVO, but neither seed prints when the quarterly reports were submitted, so the
 *       samples record none and {@code unexecuted.report-missing} finds every report that fell due
 *       missing, three recipients (IVO, auditors, council) per quarter and law — a finding about
 *       what the samples lack, not about the municipalities. Säffle × 33: 11 quarter-and-law pairs
 *       from 2018-Q2 (its earliest decision, LSS) to 2019-Q3; 2019-Q4 falls due on 2020-01-31,
 *       after the report date. Östersund × 24: its 97 decisions are all SoL (§6.4.5 cites 4 kap.
 *       1 § SoL), so SoL in each quarter from 2017-Q4, the earliest decision's, to 2019-Q3. {@code
 *       unexecuted.sanction-range} (information) × 10 and × 68: the decisions
 *       reportable on 2019-12-31 that had waited six months or more.
 * </ul>
 */
class SampleFindingsTest {
  static ComplianceResult evaluate(String name) {
    Sample s = Sample.load(name);
    return ComplianceEngine.of(s.ruleSet(), QmsJson.complianceRules())
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
    expected.put("lex-sarah.registration-late", 1);
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
    ComplianceEngine engine = ComplianceEngine.of(s.ruleSet(), QmsJson.complianceRules());
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
  void katrineholm2018_hasNoFindings() {
    assertEquals(Map.of(), failed(evaluate(Sample.KATRINEHOLM_2018)));
  }

  @Test
  void saffleAndOstersund_lackOnlyTheirQuarterlyReports() {
    ComplianceResult saffle = evaluate(Sample.SAFFLE_2019);
    assertEquals(Map.of("unexecuted.report-missing", 33, "unexecuted.sanction-range", 10), failed(saffle));
    assertEquals(11, quarterAndLaw(saffle).size());
    assertTrue(quarterAndLaw(saffle).contains("2018-Q2/LSS") && quarterAndLaw(saffle).contains("2019-Q3/SOL"));
    ComplianceResult ostersund = evaluate(Sample.OSTERSUND_2020);
    assertEquals(Map.of("unexecuted.report-missing", 24, "unexecuted.sanction-range", 68), failed(ostersund));
    assertEquals(8, quarterAndLaw(ostersund).size());
    assertTrue(quarterAndLaw(ostersund).stream().allMatch(q -> q.endsWith("/SOL")));
  }

  /** The quarter and law of each missing report, e.g. "2019-Q1/SOL". */
  private static java.util.Set<String> quarterAndLaw(ComplianceResult r) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (String subject : subjects(r, "unexecuted.report-missing")) {
      String[] parts = subject.split("/");
      out.add(parts[1] + "/" + parts[2]);
    }
    return out;
  }
}
