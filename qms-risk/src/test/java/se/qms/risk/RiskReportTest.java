package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.report.DevelopmentNeed;
import se.qms.core.report.HeatMap;
import se.qms.core.report.NeedKind;
import se.qms.core.report.QualityReport;
import se.qms.core.report.RecordRef;
import se.qms.core.report.ReportContributor;
import se.qms.core.report.ReportGenerator;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.ReportTable;
import se.qms.core.report.SectionKind;

class RiskReportTest {
  static final ReportGenerator GENERATOR = generator();

  static ReportGenerator generator() {
    List<ReportContributor> c = new ArrayList<>(ReportGenerator.coreContributors());
    c.add(RiskReport.contributor());
    return ReportGenerator.of(c, ComplianceRules.core());
  }

  static Risk risk(String id, String p, String s) {
    return Risk.builder().id(id).title("Risk " + id)
        .addAssessments(RiskAssessment.published(PublishedRating.parse(p, s))).build();
  }

  static List<String> column(ReportTable t, int c) {
    return t.rows().stream().map(r -> r.cell(c).format(ReportLanguage.SV)).collect(Collectors.toList());
  }

  /** Seed 000 §4.1: 1 Kritisk, 1 Medium, 3 Låg, Totalt 5, from the five published ratings. */
  @Test
  void bandCounts_matrix_andTheCriticalRiskAsANeed() {
    QualitySystem s =
        QualitySystem.builder()
            .name("Örnsköldsvik")
            .addParts(
                RiskRegister.of(
                    List.of(
                        risk("R1", "4", "3"), risk("R2", "1,5", "1,4"), risk("R3", "1", "2"),
                        risk("R4", "1,4", "1,75"), risk("R5", "2", "3"))))
            .build();
    QualityReport r = GENERATOR.generate(s, RuleSet.builder().name("R").build(), 2016);
    ReportTable bands = r.table("risk-bands").orElseThrow();
    assertEquals(List.of("Kritisk", "Medium", "Låg", "Totalt"),
        bands.rows().stream().map(x -> x.label().sv()).collect(Collectors.toList()));
    assertEquals(List.of("1", "1", "3", "5"), column(bands, 0));
    assertEquals(List.of("20 %", "20 %", "60 %", "100 %"), column(bands, 1));
    assertEquals(List.of(), r.check(ReportLanguage.SV));
    HeatMap map =
        (HeatMap) r.section(SectionKind.RISKS).blocks().stream().filter(b -> b instanceof HeatMap).findFirst().orElseThrow();
    assertEquals(5, map.total());
    assertEquals(1, map.count(1, 3)); // severity 3 (second row from the top), probability 4
    assertEquals("Kritisk", map.bandNames().get(map.band(0, 3)).sv());
    assertEquals("Låg", map.bandNames().get(map.band(3, 0)).sv());
    List<DevelopmentNeed> needs = r.developmentNeeds();
    assertEquals(1, needs.size());
    assertEquals(NeedKind.CRITICAL_RISK, needs.get(0).kind());
    assertEquals(12, needs.get(0).weight());
    assertEquals(List.of(RecordRef.of("risks", "R1")), needs.get(0).sources());
  }

  @Test
  void aRiskRegisteredAfterTheReportDay_isNotAssessed() {
    Risk later =
        Risk.builder().id("R9").title("Senare").date(LocalDate.of(2017, 3, 1))
            .addAssessments(RiskAssessment.published(PublishedRating.of(4, 4))).build();
    QualitySystem s =
        QualitySystem.builder().name("K").addParts(RiskRegister.of(List.of(risk("R1", "1", "1"), later))).build();
    QualityReport r = GENERATOR.generate(s, RuleSet.builder().name("R").build(), 2016);
    assertEquals(List.of("0", "0", "1", "1"), column(r.table("risk-bands").orElseThrow(), 0));
    assertTrue(r.developmentNeeds().isEmpty());
  }
}
