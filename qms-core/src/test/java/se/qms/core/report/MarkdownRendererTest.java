package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {
  private static final QualityReport FULL = ReportSamples.full("Testkommun");

  private static List<String> lines(String markdown) {
    return List.of(markdown.split("\n", -1));
  }

  /** The pipes of a table line that are not backslash-escaped. */
  static int cellSeparators(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '\\') {
        i++;
      } else if (line.charAt(i) == '|') {
        n++;
      }
    }
    return n;
  }

  @Test
  void opensWithTitleOrganisationAndYear() {
    List<String> lines = lines(MarkdownRenderer.render(FULL, ReportLanguage.SV));
    assertEquals("# Kvalitetsberättelse 2016", lines.get(0));
    assertEquals("**Testkommun** · År 2016 · bedömd per 2016-12-31", lines.get(2));
  }

  @Test
  void sectionHeadings_areNumberedInOrder_andTheContentsLinkToThem() {
    String md = MarkdownRenderer.render(ReportSamples.generated("Testkommun"), ReportLanguage.SV);
    List<String> headings = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    for (String line : lines(md)) {
      if (line.startsWith("## ") && !line.equals("## Innehåll")) {
        headings.add(line);
      } else if (line.startsWith("- [")) {
        contents.add(line);
      }
    }
    assertEquals(SectionKind.values().length, headings.size());
    assertEquals("## 3. Ledningssystemet", headings.get(2));
    assertEquals("## 14. Analys och utvecklingsbehov", headings.get(13));
    assertEquals("- [3. Ledningssystemet](#3-ledningssystemet)", contents.get(2));
    assertEquals("- [11. Ej verkställda beslut](#11-ej-verkställda-beslut)", contents.get(10));
  }

  @Test
  void table_hasCaptionAboveHeaderAlignmentBoldTotalAndNoteBelow() {
    String md = MarkdownRenderer.render(FULL, ReportLanguage.SV);
    assertTrue(
        md.contains(
            "**Tabell 3. Mått med målvärden och utfall 2016**\n\n"
                + "| Mått | Målvärde | Utfall | Bedömning |\n"
                + "| :--- | ---: | ---: | :--- |\n"
                + "| Andel brukare som är nöjda med bemötandet | 92\u00a0% | 76,96\u00a0% | Röd |\n"),
        md);
    assertTrue(md.contains("| Antal hemtjänsttimmar per brukare och år | 1 250 | 1 204 | Gul |\n"));
    assertTrue(md.contains("| Andel genomförandeplaner som följts upp | 100\u00a0% | – | Ingen färg |\n"));
    assertTrue(md.contains("*Källa: kvalitetssystemets mätvärden och Kolada.*\n\n– Uppgift saknas: Redovisas från och med 2017\n"));
    assertTrue(md.contains("| **Totalt** | **1 264** | **100 %** |\n"), md);
  }

  @Test
  void everyTableLine_hasOneCellPerColumn() {
    String md = MarkdownRenderer.render(FULL.withDisclosure(Disclosure.masked(3)), ReportLanguage.SV);
    List<ReportTable> tables = FULL.tables();
    List<Integer> widths = new ArrayList<>();
    for (String line : lines(md)) {
      if (line.startsWith("| ")) {
        widths.add(cellSeparators(line));
      }
    }
    int expectedLines = 0;
    for (ReportTable t : tables) {
      expectedLines += t.rows().size() + 2;
    }
    expectedLines += 4 + 2; // the risk matrix
    assertEquals(expectedLines, widths.size());
  }

  @Test
  void heatMap_isATable_ofCountAndLevel() {
    String md = MarkdownRenderer.render(FULL, ReportLanguage.SV);
    assertTrue(md.contains("**Figur 1. Riskmatris: antal risker per sannolikhet och allvarlighetsgrad**\n"), md);
    assertTrue(md.contains("| Allvarlighetsgrad ↓ · Sannolikhet → | Mycket liten | Liten | Stor | Mycket stor |\n| :--- | :---: | :---: | :---: | :---: |\n"), md);
    assertTrue(md.contains("| Hög | 0 (Kritisk) | 1 (Kritisk) | 0 (Kritisk) | 0 (Kritisk) |\n"), md);
    assertTrue(md.contains("| Måttlig | 2 (Låg) | 1 (Medium) | 0 (Medium) | 0 (Kritisk) |\n"), md);
    assertTrue(md.contains("Nivåer, från lägsta: Låg, Medium, Kritisk.\n"), md);
  }

  @Test
  void publicEdition_saysSo_andShowsTheMarkerEscaped() {
    String md = MarkdownRenderer.render(FULL.withDisclosure(Disclosure.masked(3)), ReportLanguage.SV);
    assertTrue(md.contains("> Offentlig version: antal under 3 visas som \\<3, och tal som skulle röja dem som ..\n"), md);
    assertTrue(md.contains("| Beröm | \\<3 | \\<3 |\n"), md);
    assertTrue(md.contains("| Hög | 0 (Kritisk) | \\<3 (Kritisk) |"), md);
    assertFalse(MarkdownRenderer.render(FULL, ReportLanguage.SV).contains("Offentlig version"));
    assertTrue(
        MarkdownRenderer.render(FULL.withDisclosure(Disclosure.masked(3)), ReportLanguage.EN)
            .contains("> Public edition: counts below 3 are shown as \\<3, and figures that would reveal them as ..\n"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "a|b;a\\|b",
        "*fet* och _kursiv_;\\*fet\\* och \\_kursiv\\_",
        "<script>alert(1)</script>;\\<script\\>alert(1)\\</script\\>",
        "[länk](http://x);\\[länk\\](http://x)",
        "`kod` & \\;\\`kod\\` \\& \\\\",
        "# rubrik;\\# rubrik",
        "- punkt;- punkt",
        "2.1.1.1;2.1.1.1",
      })
  void text_escapesWhatMarkdownReads(String in, String out) {
    StringBuilder b = new StringBuilder();
    MarkdownRenderer.text(b, in);
    assertEquals(out, b.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"- punkt;\\- punkt", "12. april;12\\. april", "3) tre;3\\) tre", "+ plus;\\+ plus", "2.1.1.1;2.1.1.1"})
  void paragraph_doesNotOpenAList(String in, String out) {
    StringBuilder b = new StringBuilder();
    MarkdownRenderer.paragraph(b, in);
    assertEquals(out, b.toString());
  }

  @Test
  void lineBreaksInATableCell_doNotBreakTheTable() {
    ReportTable.Builder b =
        ReportTable.builder("t", Text.of("Rad\nbrytning"), Text.of("Enhet")).columns(Text.of("Namn | med rör"));
    b.row(ReportRow.of(Text.of("E1\r\nandra raden"), List.of(ReportCell.text("x|y\nz"))));
    QualityReport report = report(b.build());
    String md = MarkdownRenderer.render(report, ReportLanguage.SV);
    assertTrue(md.contains("**Tabell 1. Rad brytning**\n"), md);
    assertTrue(md.contains("| Enhet | Namn \\| med rör |\n| :--- | :--- |\n| E1  andra raden | x\\|y z |\n"), md);
  }

  @Test
  void render_isDeterministic() {
    assertEquals(
        MarkdownRenderer.render(FULL, ReportLanguage.EN),
        MarkdownRenderer.render(ReportSamples.full("Testkommun"), ReportLanguage.EN));
  }

  /** A report of one table in the first section and a paragraph in every other. */
  static QualityReport report(ReportBlock block) {
    List<ReportSection> sections = new ArrayList<>();
    for (SectionKind k : SectionKind.values()) {
      sections.add(
          ReportSection.of(
              k, k.ordinal() + 1, k.ordinal() == 0 ? List.of(block) : List.of(Paragraph.of(Text.of("Inga uppgifter.", "No records.")))));
    }
    return new QualityReport(
        "Testkommun", 2016, LocalDate.of(2016, 12, 31), Disclosure.internal(), sections, List.of(), null);
  }
}
