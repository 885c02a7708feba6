package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.improvement.CaseRecord;
import se.qms.core.improvement.CaseRecordSet;
import se.qms.core.improvement.Category;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.Deviation;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;

class ReportGeneratorTest {
  static final ReportGenerator GENERATOR =
      ReportGenerator.of(ReportGenerator.coreContributors(), ComplianceRules.core());
  static final RuleSet RULES = RuleSet.builder().name("Regler").build();

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  static Complaint complaint(String id, String received, ComplaintKind kind) {
    return Complaint.builder().id(id).kind(kind).received(d(received)).build();
  }

  static List<String> column(ReportTable t, int c) {
    return t.rows().stream().map(r -> r.cell(c).format(ReportLanguage.SV)).collect(Collectors.toList());
  }

  static List<String> labels(ReportTable t) {
    return t.rows().stream().map(r -> r.label().sv()).collect(Collectors.toList());
  }

  @Test
  void everySection_inTheSeedsOrder_numberedFromOne_evenWithoutRecords() {
    QualityReport r = GENERATOR.generate(QualitySystem.builder().name("K").build(), RULES, 2019);
    assertEquals(SectionKind.values().length, r.sections().size());
    for (int i = 0; i < r.sections().size(); i++) {
      assertEquals(SectionKind.values()[i], r.sections().get(i).kind());
      assertEquals(i + 1, r.sections().get(i).number());
      assertFalse(r.sections().get(i).blocks().isEmpty());
    }
    assertEquals(d("2019-12-31"), r.asOf());
    assertEquals("Kvalitetsberättelse 2019", r.title().sv());
    assertEquals(List.of(), r.developmentNeeds());
  }

  @Test
  void asOfBeforeTheYear_isRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> GENERATOR.generate(QualitySystem.builder().name("K").build(), RULES, 2019, d("2018-12-31")));
    assertEquals(QmsErrorCode.DATES_OUT_OF_ORDER, e.code());
  }

  @Nested
  class Complaints {
    final QualitySystem system =
        QualitySystem.builder()
            .name("K")
            .addComplaints(
                complaint("K1", "2018-12-31", ComplaintKind.COMPLAINT),
                complaint("K2", "2019-01-01", ComplaintKind.COMPLAINT),
                complaint("K3", "2019-06-01", ComplaintKind.PRAISE),
                complaint("K4", "2019-12-31", ComplaintKind.COMPLAINT),
                complaint("K5", "2020-01-01", ComplaintKind.COMPLAINT))
            .build();

    @Test
    void countsTheYearsCases_firstAndLastDayIn_neighboursOut() {
      ReportTable t = GENERATOR.generate(system, RULES, 2019).table("complaints-by-kind").orElseThrow();
      assertEquals(List.of("Klagomål", "Beröm", "Totalt"), labels(t));
      assertEquals(List.of("2", "1", "3"), column(t, 0));
      assertEquals(List.of("66,7 %", "33,3 %", "100,0 %"), column(t, 1));
      assertEquals(
          List.of(RecordRef.of("complaints", "K2"), RecordRef.of("complaints", "K4")),
          t.rows().get(0).cell(0).sources());
    }

    @Test
    void aYearWithoutCases_saysSo() {
      QualityReport r = GENERATOR.generate(system, RULES, 2017);
      assertTrue(r.table("complaints-by-kind").isEmpty());
      assertTrue(r.section(SectionKind.COMPLAINTS).blocks().get(0) instanceof Paragraph);
    }
  }

  @Nested
  class RecordSets {
    static final String TECH = "Teknik, utrustning och apparatur";

    QualitySystem table15(int tech) {
      List<CaseRecordSet.Line> lines = new ArrayList<>();
      String[] cats = {"Kommunikation och information", "Utbildning, kompetens", "Omgivning och organisation", TECH, "Procedur, rutiner, riktlinjer", "Övriga"};
      int[] counts = {65, 0, 11, tech, 336, 81};
      for (int i = 0; i < cats.length; i++) {
        lines.add(
            CaseRecordSet.Line.of(
                CaseRecord.builder().type(se.qms.core.improvement.CaseType.DEVIATION)
                    .period(Period.year(2019)).category(Category.ofLabel(cats[i])).build(),
                counts[i]));
      }
      return QualitySystem.builder()
          .name("Säffle")
          .addCaseRecordSets(
              CaseRecordSet.of("tabell-15", "Typ av avvikelser", Optional.of("Kvalitetsberättelse 2019, Tabell 15"), lines))
          .build();
    }

    /** Seed 001 Tabell 15 as a record set: 8 of 501 is 1,6 %, not the printed 1,8 %. */
    @Test
    void table15_printsTheShareThatFollows() {
      QualityReport r = GENERATOR.generate(table15(8), RULES, 2019);
      ReportTable t = r.table("case-records-tabell-15").orElseThrow();
      assertEquals(SectionKind.DEVIATIONS, r.sections().stream().filter(s -> s.tables().contains(t)).findFirst().orElseThrow().kind());
      assertEquals(List.of("65", "0", "11", "8", "336", "81", "501"), column(t, 0));
      assertEquals(List.of("13,0 %", "0,0 %", "2,2 %", "1,6 %", "67,1 %", "16,2 %", "100,0 %"), column(t, 1));
      assertEquals(List.of(), r.check(ReportLanguage.SV));
      assertEquals(List.of(), r.check(ReportLanguage.EN));
      assertEquals(List.of(RecordRef.of("caseRecordSets", "tabell-15/lines/3")), t.rows().get(3).cell(0).sources());
    }

    /** Printed by hand as the seed did, the same table fails the checker at that one cell. */
    @Test
    void theSeedsPrint_failsTheChecker_theGeneratedDoesNot() {
      ReportTable t = GENERATOR.generate(table15(8), RULES, 2019).table("case-records-tabell-15").orElseThrow();
      PublishedTable printed = t.toPublished(ReportLanguage.SV).withCell(TECH, "Andel", "1,8 %");
      List<TableIssue> issues = TableChecker.check(printed);
      assertEquals(1, issues.size());
      assertEquals("1,6 %", issues.get(0).expected().orElseThrow());
    }
  }

  @Nested
  class Measures {
    final Indicator m1 = Indicator.of("m1", "Nöjdhet", MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER);
    final QualitySystem system =
        QualitySystem.builder()
            .name("K")
            .addIndicators(m1)
            .measureData(
                MeasureData.of(
                    List.of(
                        Observation.of("m1", Period.year(2018), 88),
                        Observation.of("m1", Period.year(2019), 80)),
                    List.of()))
            .build();
    final RuleSet rules =
        RuleSet.builder().name("R").putLightPolicies("m1", LightPolicy.target(Target.absolute(90), Tolerance.points(5))).build();

    @Test
    void redLight_trendAndDevelopment_andANeed() {
      QualityReport r = GENERATOR.generate(system, rules, 2019);
      ReportTable t = r.table("measures").orElseThrow();
      assertEquals(
          List.of("2019", "80 %", "90 %", "Röd", "88 %", "Minskande", "Försämring"),
          t.rows().get(0).cells().stream().map(c -> c.format(ReportLanguage.SV).replace('\u00a0', ' ')).collect(Collectors.toList()));
      assertEquals(1, r.developmentNeeds().size());
      DevelopmentNeed n = r.developmentNeeds().get(0);
      assertEquals(NeedKind.RED_LIGHT, n.kind());
      assertEquals(List.of(RecordRef.of("observations", "m1@2019")), n.sources());
      assertEquals(List.of("Röd – Inte uppnått", "Totalt"), labels(r.table("goal-attainment").orElseThrow()));
      assertTrue(r.table("development-needs").isPresent());
    }

    @Test
    void aRuleSetSharedWithOtherSystems_itsPoliciesOfOtherIndicatorsAreIgnored() {
      RuleSet shared =
          RuleSet.builder().name("R")
              .putLightPolicies("m1", LightPolicy.target(Target.absolute(90), Tolerance.points(5)))
              .putLightPolicies("elsewhere", LightPolicy.bands(3.6, 3.0))
              .build();
      ReportTable t = GENERATOR.generate(system, shared, 2019).table("measures").orElseThrow();
      assertEquals("Röd", t.rows().get(0).cell(3).format(ReportLanguage.SV));
    }

    @Test
    void aLaterReport_showsTheLatestEarlierResult() {
      ReportTable t = GENERATOR.generate(system, rules, 2020).table("measures").orElseThrow();
      assertEquals("2019", t.rows().get(0).cell(0).format(ReportLanguage.SV));
    }

    @Test
    void anEarlierReport_doesNotShowLaterResults() {
      ReportTable t = GENERATOR.generate(system, rules, 2018).table("measures").orElseThrow();
      assertEquals("2018", t.rows().get(0).cell(0).format(ReportLanguage.SV));
      assertEquals("–", t.rows().get(0).cell(4).format(ReportLanguage.SV));
    }
  }

  @Test
  void overdueComplaintAnswers_becomeOneNeed_weightedByTheirNumber() {
    QualitySystem s =
        QualitySystem.builder()
            .name("K")
            .addComplaints(
                complaint("K1", "2019-11-01", ComplaintKind.COMPLAINT),
                complaint("K2", "2019-11-02", ComplaintKind.COMPLAINT),
                complaint("K3", "2019-12-30", ComplaintKind.COMPLAINT))
            .build();
    QualityReport r = GENERATOR.generate(s, RULES, 2019);
    List<DevelopmentNeed> overdue =
        r.developmentNeeds().stream().filter(n -> n.kind() == NeedKind.OVERDUE).collect(Collectors.toList());
    assertEquals(1, overdue.size());
    assertEquals("complaint.answer-overdue", overdue.get(0).subject());
    assertEquals(2, overdue.get(0).weight());
    assertEquals(
        List.of(RecordRef.of("complaints", "K1"), RecordRef.of("complaints", "K2")), overdue.get(0).sources());
  }

  @Test
  void deviationsByUnit_nameTheUnit_andShareTheTotal() {
    QualitySystem s =
        QualitySystem.builder()
            .name("K")
            .addDeviations(
                Deviation.reported("D1", "e1", d("2019-02-01"), "Händelse"),
                Deviation.reported("D2", "e2", d("2019-03-01"), "Händelse"),
                Deviation.reported("D3", "e1", d("2019-04-01"), "Händelse"))
            .build();
    QualityReport r = GENERATOR.generate(s, RULES, 2019);
    ReportTable t = r.table("deviations-by-unit").orElseThrow();
    assertEquals(List.of("e1", "e2", "Totalt"), labels(t));
    assertEquals(List.of("2", "1", "3"), column(t, 0));
    assertEquals(List.of(), r.check(ReportLanguage.SV));
  }
}
