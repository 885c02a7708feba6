package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.ReportRow;
import se.qms.core.report.ReportTable;
import se.qms.json.QmsJson;

/**
 * The generated kvalitetsberättelse of the three sample municipalities reproduces the summary
 * tables their seeds publish — risks per band (seed 000 §4.1), complaints and comments (seed 000
 * §4.3.1, seed 001 "Synpunktshantering", seed 004 §6.4.1), deviations (seed 001 Tabell 15, seed
 * 004 §6.4.2), measures with lights (seed 000 §2.1.2.3.12) and trends (seed 001 Tabell 1–10) —
 * with the shares that follow from the counts; and the checker finds no inconsistency in it, in
 * either language. The lex Sarah, egenkontroll and ej verkställda beslut tables are in {@link
 * SampleReportSectionsTest}.
 */
class SampleReportTest {
  static QualityReport report(String sample, int year) {
    Sample s = Sample.load(sample);
    return QmsJson.reportGenerator().generate(s.qualitySystem(), s.ruleSet(), year);
  }

  static ReportTable table(QualityReport r, String id) {
    return r.table(id).orElseThrow(() -> new AssertionError("no table " + id + " in " + ids(r)));
  }

  static List<String> ids(QualityReport r) {
    return r.tables().stream().map(ReportTable::id).collect(Collectors.toList());
  }

  /** Each row as "label: c1 c2 …", printed in Swedish with ordinary spaces. */
  static List<String> rows(ReportTable t) {
    List<String> out = new ArrayList<>();
    for (ReportRow r : t.rows()) {
      out.add(
          r.label().sv() + ": "
              + r.cells().stream().map(c -> c.format(ReportLanguage.SV).replace('\u00a0', ' '))
                  .collect(Collectors.joining(" | ")));
    }
    return out;
  }

  @ParameterizedTest
  @CsvSource({"ornskoldsvik-2016, 2016", "saffle-2019, 2019", "ostersund-2020, 2020"})
  void theCheckerFindsNoInconsistency(String sample, int year) {
    QualityReport r = report(sample, year);
    assertEquals(List.of(), r.check(ReportLanguage.SV));
    assertEquals(List.of(), r.check(ReportLanguage.EN));
  }

  /** Seed 000 §4.1: "1 Kritisk, 1 Medium, 3 Låg, Totalt: 5". */
  @Test
  void ornskoldsvik2016_risksPerBand() {
    assertEquals(
        List.of("Kritisk: 1 | 20 %", "Medium: 1 | 20 %", "Låg: 3 | 60 %", "Totalt: 5 | 100 %"),
        rows(table(report("ornskoldsvik-2016", 2016), "risk-bands")));
  }

  /** Seed 000 §4.3.1: 12 complaints and comments by tertial, by kind and by subject. */
  @Test
  void ornskoldsvik2016_complaintTables() {
    QualityReport r = report("ornskoldsvik-2016", 2016);
    assertEquals(
        List.of("2016-T1: 3", "2016-T2: 5", "2016-T3: 4"),
        rows(table(r, "case-records-per-tertial")));
    assertEquals(
        List.of("Klagomål: 6 | 60,0 %", "Synpunkt: 3 | 30,0 %", "Beröm: 1 | 10,0 %", "Totalt: 10 | 100,0 %"),
        rows(table(r, "case-records-per-arendetyp")));
    assertEquals(
        List.of("Handläggning: 8 | 80,0 %", "Tillgänglighet: 2 | 20,0 %", "Totalt: 10 | 100,0 %"),
        rows(table(r, "case-records-per-amne")));
  }

  /**
   * Seed 000 §2.1.2.3.12: the 13 SIQ core values with the printed symbols — ● where the score
   * reaches the green band, ◆ (Gul) where it reaches the yellow one.
   */
  @Test
  void ornskoldsvik2016_coreValueLights_areThePrintedOnes() {
    Sample s = Sample.load("ornskoldsvik-2016");
    QualityReport r = report("ornskoldsvik-2016", 2016);
    ReportTable t = table(r, "measures-2.1.2.3.12");
    Map<String, String> shown = new LinkedHashMap<>();
    for (ReportRow row : t.rows()) {
      shown.put(row.label().sv(), row.cell(3).format(ReportLanguage.SV));
    }
    Map<String, String> printed = new LinkedHashMap<>();
    for (PrintedJudgement p : s.printedJudgements()) {
      if (p.kind() == PrintedJudgement.Kind.LIGHT) {
        String title = s.qualitySystem().indicator(p.indicatorId()).orElseThrow().title();
        printed.put(title, p.printed().equals("◆") ? "Gul" : p.printed().equals("●") ? "Grön" : "?");
      }
    }
    assertEquals(13, printed.size());
    assertEquals(printed, shown);
    assertEquals(
        List.of("Grön – Uppnått: 6 | 46 %", "Gul – Delvis uppnått: 7 | 54 %", "Totalt: 13 | 100 %"),
        rows(table(r, "goal-attainment")));
  }

  /** Seed 001 Tabell 15 with the shares that follow: 8 of 501 is 1,6 %, where the seed prints 1,8 %. */
  @Test
  void saffle2019_deviationTypes_table15() {
    QualityReport r = report("saffle-2019", 2019);
    assertEquals(
        List.of(
            "Kommunikation och information: 65 | 13,0 %",
            "Utbildning, kompetens: 0 | 0,0 %",
            "Omgivning och organisation: 11 | 2,2 %",
            "Teknik, utrustning och apparatur: 8 | 1,6 %",
            "Procedur, rutiner, riktlinjer: 336 | 67,1 %",
            "Övriga: 81 | 16,2 %",
            "Totalt: 501 | 100,0 %"),
        rows(table(r, "case-records-tabell-15")));
    assertEquals(
        List.of("Ja: 189 | 37,7 %", "Nej: 312 | 62,3 %", "Totalt: 501 | 100,0 %"),
        rows(table(r, "case-records-atgarder-2019")));
  }

  /** Seed 001 Tabell 1–10: each measure's trend word is the one printed (the typo "Besående" read as Bestående). */
  @Test
  void saffle2019_trendWords_areThePrintedOnes() {
    Sample s = Sample.load("saffle-2019");
    QualityReport r = report("saffle-2019", 2019);
    ReportTable t = table(r, "measures");
    Map<String, String> shown = new LinkedHashMap<>();
    for (ReportRow row : t.rows()) {
      shown.put(row.label().sv(), row.cell(5).format(ReportLanguage.SV));
    }
    int compared = 0;
    for (PrintedJudgement p : s.printedJudgements()) {
      if (p.kind() == PrintedJudgement.Kind.TREND) {
        String title = s.qualitySystem().indicator(p.indicatorId()).orElseThrow().title();
        String word = p.printed().equals("Besående") ? "Bestående" : p.printed();
        String label = shown.containsKey(title) ? title : title + " [" + p.indicatorId() + "]";
        assertEquals(word, shown.get(label), p.place());
        compared++;
      }
    }
    assertEquals(44, compared);
  }

  /** Seed 004 §6.4.1 "Antal synpunkter" and §6.4.2: the series by year and the deviations by type. */
  @Test
  void ostersund2020_complaintSeries_andDeviationTypes() {
    QualityReport r = report("ostersund-2020", 2020);
    assertEquals(
        List.of(
            "2014: 21 | 2 | 23", "2015: 32 | 6 | 38", "2016: 34 | 1 | 35", "2017: 96 | 5 | 101",
            "2018: 83 | 3 | 86", "2019: 41 | 0 | 41", "Totalt: 307 | 17 | 324"),
        rows(table(r, "case-records-synpunkter-per-ar")));
    assertEquals(
        List.of(
            "Bristande, ej följt fastställda rutiner: 41 | 58,6 %",
            "Brist i information, kommunikation: 16 | 22,9 %",
            "Ej följt lagkrav, föreskrifter, beslut: 7 | 10,0 %",
            "Brist i samverkan: 6 | 8,6 %",
            "Totalt: 70 | 100,0 %"),
        rows(table(r, "case-records-avvikelser-per-typ")));
    assertEquals(
        List.of("2016: 21", "2017: 27", "2018: 24"), rows(table(r, "case-records-avvikelser-per-ar")));
  }

  /**
   * Seed 004 §7.1: "… är något bättre än för liknande kommuner (81) och jämförbara kommuner (77).
   * Bäst resultat har Gotland (90) och Sollentuna (85)." — the 2019 result beside them.
   */
  @Test
  void ostersund2020_comparisonWithSimilarMunicipalities() {
    QualityReport r = report("ostersund-2020", 2020);
    assertEquals(
        List.of(
            "Eget resultat: 82 %", "liknande kommuner: 81 %", "jämförbara kommuner: 77 %",
            "Gotland: 90 %", "Sollentuna: 85 %"),
        rows(table(r, "comparisons-s7.1-resultatet-for-andelen-barn-och-unga-0-12-ar-som-ej-ateraktualiserats-inom-ett-ar-efter-avsluta")));
  }
}
