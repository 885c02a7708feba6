package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.report.DevelopmentNeed;
import se.qms.core.report.NeedKind;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportCell;
import se.qms.core.report.ReportGenerator;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.ReportRow;
import se.qms.core.report.ReportTable;
import se.qms.json.QmsJson;

/**
 * The report's sections on egenkontroller, lex Sarah and ej verkställda beslut, generated from the
 * bundled samples, show the seeds' numbers: seed 000 §4.2 and §4.3.2.1 (Örnsköldsvik 2016), seed 001
 * Tabell 11–14 (Säffle 2019) and seed 004 §6.4.5 (Östersund, per 31 December 2019); and every
 * table's figures follow from one another.
 */
class SampleReportSectionsTest {
  private static QualityReport report(String sample, int year) {
    Sample s = Sample.load(sample);
    return ReportGenerator.of(ReportGenerator.coreContributors(), QmsJson.complianceRules())
        .generate(s.qualitySystem(), s.ruleSet(), year);
  }

  private static ReportTable table(QualityReport report, String id) {
    return report.table(id).orElseThrow(() -> new AssertionError("no table " + id));
  }

  /** Each row as "label: c1 c2 …", printed in Swedish. */
  private static List<String> rows(ReportTable t) {
    List<String> out = new ArrayList<>();
    for (ReportRow r : t.rows()) {
      out.add(
          r.label().sv() + ": "
              + r.cells().stream().map(c -> c.format(ReportLanguage.SV)).collect(Collectors.joining(" ")));
    }
    return out;
  }

  private static String row(ReportTable t, String label) {
    return rows(t).stream().filter(r -> r.startsWith(label + ": ")).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + label + " in " + rows(t)));
  }

  @ParameterizedTest
  @CsvSource({"ornskoldsvik-2016, 2016", "saffle-2019, 2019", "ostersund-2020, 2019", "ostersund-2020, 2020",
      "katrineholm-2018, 2018", "nacka-2016, 2016"})
  void everyTable_isConsistent_andEveryFigureHasSources(String sample, int year) {
    QualityReport r = report(sample, year);
    assertEquals(List.of(), r.check(ReportLanguage.SV));
    assertEquals(List.of(), r.check(ReportLanguage.EN));
    for (ReportTable t : r.tables()) {
      for (ReportCell c : t.cells()) {
        if (c.isFigure() && c.count().orElse(1) != 0) {
          assertFalse(c.sources().isEmpty(), t.id() + " " + c);
        }
      }
    }
  }

  @Nested
  class Ornskoldsvik2016 {
    private final QualityReport report = report(Sample.ORNSKOLDSVIK_2016, 2016);

    /** "Kategorier som avvikelserna innefattar": Humn 31, Osn 88, 119 in all. */
    @Test
    void lexSarahCategories() {
      ReportTable t = table(report, "lex-sarah-categories");
      assertEquals(
          List.of(
              "Våld eller övergrepp: 1 6 7 6 %",
              "Ekonomiska oegentligheter: 0 20 20 17 %",
              "Försummelse: 0 10 10 8 %",
              "Brister i bemötande: 2 8 10 8 %",
              "Brister i handläggning: 14 5 19 16 %",
              "Brister i verkställighet: 5 21 26 22 %",
              "Annan form: 9 18 27 23 %",
              "Antal kategorier: 31 88 119 100 %"),
          rows(t));
      assertEquals("Humanistiska nämnden", t.columns().get(0).sv());
    }

    /** 27 (25 %) and 81 (75 %) of 108 reports. */
    @Test
    void lexSarahCommittees() {
      assertEquals(
          List.of("Humanistiska nämnden: 27 25 %", "Omsorgsnämnden: 81 75 %", "Totalt: 108 100 %"),
          rows(table(report, "lex-sarah-committees")));
    }

    /** 32, 39 and 37 reports per tertial in egen regi; one of enskild verksamhet in T1. */
    @Test
    void lexSarahTertials() {
      assertEquals(
          List.of("T1 2016: 32 1 33", "T2 2016: 39 0 39", "T3 2016: 37 0 37", "Totalt: 108 1 109"),
          rows(table(report, "lex-sarah-tertials")));
    }

    @ParameterizedTest
    @CsvSource({
      "Socialt stöd, 1 3 3 7",
      "Social utredning, 7 6 7 20",
      "Ordinärt boende, 14 15 8 37",
      "Särskilt boende, 9 14 15 38",
      "LSS verksamhet, 0 1 3 4",
      "Utveckling och internt stöd, 1 0 1 2",
      "Totalt, 32 39 37 108"
    })
    void lexSarahUnits(String unit, String counts) {
      assertEquals(unit + ": " + counts, row(table(report, "lex-sarah-units"), unit));
    }

    /** 85 in 2015, 108 in 2016: "en ökning med 27 %"; 110 individuals; two notifications to IVO. */
    @Test
    void lexSarahSummary() {
      ReportTable t = table(report, "lex-sarah-summary");
      assertEquals("Rapporter: 85 108 27\u00a0%", row(t, "Rapporter"));
      assertTrue(row(t, "Berörda individer").matches("Berörda individer: \\d+ 110 .*"), row(t, "Berörda individer"));
      assertEquals("Anmälningar till IVO: 0 2 –", row(t, "Anmälningar till IVO"));
    }

    /** Seed 000 §4.2: six checklists; ska-lean and förbättringsmöjligheter Ej godkänd. */
    @Test
    void selfInspectionChecklists() {
      ReportTable t = table(report, "self-inspection-checklists");
      List<String> rows = rows(t);
      assertEquals(7, rows.size(), rows.toString());
      assertEquals("Totalt: 43 39 4  ", rows.get(6));
      List<String> completed = new ArrayList<>();
      List<String> lights = new ArrayList<>();
      for (ReportRow r : t.rows().subList(0, 6)) {
        completed.add(r.cell(0).format(ReportLanguage.SV) + "/" + r.cell(3).format(ReportLanguage.SV));
        lights.add(r.cell(4).format(ReportLanguage.SV));
      }
      // templates in the sample's order: ssa, sba, samhallsstorningar, ska-lean, forbattringsmojligheter, ekologisk
      assertEquals(List.of("6/6", "5/5", "6/6", "9/9", "8/8", "9/9"), completed);
      assertEquals(List.of("Grön", "Grön", "Grön", "Röd", "Röd", "Grön"), lights);
      List<DevelopmentNeed> failed =
          report.developmentNeeds().stream()
              .filter(n -> n.kind() == NeedKind.FAILED_CHECKLIST)
              .collect(Collectors.toList());
      assertEquals(2, failed.size());
      assertEquals(List.of(2, 2), failed.stream().map(DevelopmentNeed::weight).collect(Collectors.toList()));
    }
  }

  @Nested
  class Saffle2019 {
    private final QualityReport report = report(Sample.SAFFLE_2019, 2019);

    /** Tabell 11: Antal beslut, Kvinnor, Män, Resursbrist, Tackat nej, Annan orsak. */
    @Test
    void table11_sol() {
      assertEquals(
          List.of(
              "Dagverksamhet: 3 0 3 0 1 2",
              "Kontaktperson: 3 2 1 3 0 0",
              "Särskilt boende: 22 10 12 9 13 0",
              "Korttid: 1 1 0 0 1 0",
              "Hemtjänst: 1 1 0 0 0 1",
              "Larm: 2 1 1 0 1 1",
              "Totalt: 32 15 17 12 16 4"),
          rows(table(report, "unexecuted-sol-insats")));
    }

    /** Tabell 13. */
    @Test
    void table13_lss() {
      assertEquals(
          List.of(
              "Bostad med särskild service: 2 1 1 1 1 0",
              "Kontaktperson: 14 7 7 14 0 0",
              "Daglig verksamhet: 2 1 1 0 2 0",
              "Korttidstillsyn: 1 0 1 0 0 1",
              "Korttidsvistelse: 1 0 1 1 0 0",
              "Ledsagarservice: 1 0 1 1 0 0",
              "Totalt: 21 9 12 17 3 1"),
          rows(table(report, "unexecuted-lss-insats")));
    }

    /**
     * Tabell 12 (SoL) and 14 (LSS) by gender and waiting time: 3–6, 6–12, över 12 månader; the
     * report splits 6–12 into 6–9 and 9–12, whose sum is the seed's figure.
     */
    @ParameterizedTest
    @CsvSource({
      "unexecuted-sol-waiting, Kvinna, 9, 6, 0",
      "unexecuted-sol-waiting, Man, 15, 1, 1",
      "unexecuted-lss-waiting, Kvinna, 3, 4, 2",
      "unexecuted-lss-waiting, Man, 7, 4, 1"
    })
    void tables12And14(String id, String gender, long threeToSix, long sixToTwelve, long overTwelve) {
      ReportTable t = table(report, id);
      ReportRow r = t.rows().stream().filter(x -> x.label().sv().equals(gender)).findFirst().orElseThrow();
      assertEquals(threeToSix, r.cell(0).count().getAsLong());
      assertEquals(sixToTwelve, r.cell(1).count().getAsLong() + r.cell(2).count().getAsLong());
      assertEquals(overTwelve, r.cell(3).count().getAsLong());
      assertEquals(threeToSix + sixToTwelve + overTwelve, r.cell(4).count().getAsLong());
    }
  }

  @Nested
  class Ostersund2019 {
    private final QualityReport report = report(Sample.OSTERSUND_2020, 2019);

    /** "per den 31 december 2019, 97 beslut": 12 familjebehandling (6, 6), 84 (49, 35), 1 familjehem; 8 + 1 avbrott. */
    @Test
    void byInsatsAndGender_atYearEnd() {
      ReportTable t = table(report, "unexecuted-year-end");
      assertEquals("Familjebehandling: 6 6 12 0", row(t, "Familjebehandling"));
      assertEquals("Kontaktperson/-familj: 49 35 84 8", row(t, "Kontaktperson/-familj"));
      assertEquals("Totalt: 56 41 97 9", row(t, "Totalt"));
      assertEquals(4, t.rows().size());
    }

    /** The seed's table: 14, 25, 12, 25 and 12; "Summa totalt exkl avbrott" 26, 25, 12, 25. */
    @Test
    void bucketsExcludingInterruptions() {
      assertEquals(
          List.of(
              "Familjebehandling: 12 0 0 0 12",
              "Kontaktperson/-familj: 14 25 12 25 76",
              "Summa exkl. avbrott i verkställigheten: 26 25 12 25 88"),
          rows(table(report, "unexecuted-year-end-waiting")));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ornskoldsvik-2016", "saffle-2019"})
  void thePublicEdition_isCheckedThroughTheInternalFigures(String sample) {
    QualityReport r = report(sample, sample.equals("saffle-2019") ? 2019 : 2016);
    QualityReport masked = r.withDisclosure(se.qms.core.report.Disclosure.masked(3));
    assertEquals(List.of(), masked.check(ReportLanguage.SV));
  }
}
