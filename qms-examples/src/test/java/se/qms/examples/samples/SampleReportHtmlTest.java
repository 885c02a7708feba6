package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.report.Disclosure;
import se.qms.core.report.HtmlRenderer;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportCell;
import se.qms.core.report.ReportTable;
import se.qms.core.report.ReportLanguage;

/**
 * The HTML of the three sample municipalities' reports, parsed: one captioned table with a header
 * row per table of the model, every section in order, the seeds' figures where the seeds print
 * them, nothing external; and the public edition shows no count from 1 to 2, masking in HTML
 * exactly the cells the model masks.
 */
class SampleReportHtmlTest {
  static List<String> row(Element table, int r) {
    return table.select("tr").get(r).select("th, td").stream()
        .map(e -> e.wholeText().replace('\u00a0', ' ').strip())
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @CsvSource({"ornskoldsvik-2016, 2016", "saffle-2019, 2019", "ostersund-2020, 2020"})
  void everyTableHasACaptionAndAHeader_everySectionInOrder_nothingExternal(String sample, int year) {
    QualityReport report = SampleReportTest.report(sample, year);
    for (ReportLanguage language : ReportLanguage.values()) {
      Document html = Jsoup.parse(HtmlRenderer.render(report, language));
      assertEquals(language.tag(), html.selectFirst("html").attr("lang"));
      assertEquals(report.tables().size(), html.select("table").size());
      for (Element table : html.select("table")) {
        assertFalse(table.select("caption").text().isBlank(), table.outerHtml());
        assertFalse(table.select("thead th[scope=col]").isEmpty(), table.outerHtml());
      }
      List<String> headings = html.select("section > h2").eachText();
      assertEquals(report.sections().size(), headings.size());
      for (int i = 0; i < headings.size(); i++) {
        assertTrue(
            headings.get(i).endsWith(report.sections().get(i).title().in(language)), headings.get(i));
      }
      assertTrue(html.select("script, img, link, iframe, object").isEmpty());
      for (Element a : html.select("[href]")) {
        assertTrue(a.attr("href").startsWith("#"), a.outerHtml());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"0, Kritisk | 1 | 20 %", "2, Låg | 3 | 60 %", "3, Totalt | 5 | 100 %"})
  void ornskoldsvik2016_risksPerBand_asPrinted(int r, String expected) {
    Document html =
        Jsoup.parse(HtmlRenderer.render(SampleReportTest.report("ornskoldsvik-2016", 2016), ReportLanguage.SV));
    Element table = html.select("table").stream()
        .filter(t -> t.select("caption").text().contains("Risker per nivå")).findFirst().orElseThrow();
    assertEquals(List.of(expected.split(" \\| ")), row(table, r + 1));
    assertEquals(1, html.select("svg[role=img]").size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"3; Teknik, utrustning och apparatur | 8 | 1,6 %", "6; Totalt | 501 | 100,0 %"})
  void saffle2019_table15_asComputed(int r, String expected) {
    Document html =
        Jsoup.parse(HtmlRenderer.render(SampleReportTest.report("saffle-2019", 2019), ReportLanguage.SV));
    Element table = html.select("table").stream()
        .filter(t -> t.select("caption").text().contains("Tabell 15")).findFirst().orElseThrow();
    assertEquals(List.of(expected.split(" \\| ")), row(table, r + 1));
  }

  @ParameterizedTest
  @CsvSource({"ornskoldsvik-2016, 2016", "ostersund-2020, 2020"})
  void thePublicEdition_showsNoCountOfOneOrTwo_andMasksWhatTheModelMasks(String sample, int year) {
    QualityReport open = SampleReportTest.report(sample, year).withDisclosure(Disclosure.masked(3));
    long masked = 0;
    for (ReportTable t : open.tables()) {
      for (ReportCell c : t.cells()) {
        if (c.kind() == ReportCell.Kind.MASKED) {
          masked++;
        } else if (c.count().isPresent()) {
          long n = c.count().getAsLong();
          assertTrue(n == 0 || n >= 3, t.id() + ": " + c);
        }
      }
    }
    Document html = Jsoup.parse(HtmlRenderer.render(open, ReportLanguage.SV));
    assertTrue(masked > 0);
    assertEquals(masked, html.select("td.masked").size());
    long small = 0;
    for (Element cell : html.select("td.masked")) {
      assertTrue(cell.text().equals("<3") || cell.text().equals(".."), cell.outerHtml());
      small += cell.text().equals("<3") ? 1 : 0;
    }
    assertTrue(small > 0);
  }
}
