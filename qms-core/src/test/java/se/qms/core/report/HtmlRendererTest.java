package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HtmlRendererTest {
  private static final String NAME = "Örnsköldsviks kommun, Humanistiska nämnden";
  private static final QualityReport FULL = ReportSamples.full(NAME);

  private static Document parse(QualityReport report, ReportLanguage language) {
    return Jsoup.parse(HtmlRenderer.render(report, language));
  }

  /**
   * A figure as the HTML prints it: the text of {@link ReportCell#format}, no-break spaces inside
   * (read with {@code wholeText()}, since jsoup's {@code text()} turns them into spaces).
   */
  static String printed(ReportCell cell, ReportLanguage language) {
    String s = cell.format(language);
    switch (cell.kind()) {
      case COUNT:
      case SHARE:
      case NUMBER:
        return s.replace(' ', '\u00a0');
      default:
        return s;
    }
  }

  @Nested
  class Document_ {
    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void html_hasLangCharsetTitleAndOneH1(ReportLanguage language) {
      Document doc = parse(FULL, language);
      assertEquals(language.tag(), doc.selectFirst("html").attr("lang"));
      assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
      assertEquals(1, doc.select("h1").size());
      assertEquals(FULL.title().in(language), doc.selectFirst("h1").text());
      assertEquals(FULL.title().in(language) + " – " + NAME, doc.title());
      assertEquals(NAME, doc.selectFirst("header .organisation").text());
    }

    @Test
    void generatedReport_rendersEverySectionInOrder_withNumberAndTitle() {
      QualityReport report = ReportSamples.generated("Testkommun");
      Document doc = parse(report, ReportLanguage.SV);
      Elements sections = doc.select("main > section");
      assertEquals(SectionKind.values().length, sections.size());
      Elements toc = doc.select("nav.toc a");
      assertEquals(SectionKind.values().length, toc.size());
      for (int i = 0; i < sections.size(); i++) {
        ReportSection s = report.sections().get(i);
        String heading = s.number() + ". " + s.title().sv();
        assertEquals(heading, sections.get(i).selectFirst("h2").text());
        assertEquals("#" + sections.get(i).id(), toc.get(i).attr("href"));
        assertEquals(heading, toc.get(i).text());
      }
      assertEquals("management-system", sections.get(2).id());
    }

    @Test
    void render_isDeterministic() {
      assertEquals(
          HtmlRenderer.render(FULL, ReportLanguage.SV), HtmlRenderer.render(ReportSamples.full(NAME), ReportLanguage.SV));
    }
  }

  @Nested
  class SelfContained {
    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void noScripts_noExternalResources_onlyInPageLinks(ReportLanguage language) {
      Document doc = parse(FULL.withDisclosure(Disclosure.masked(3)), language);
      assertTrue(doc.select("script, link, img, iframe, object, embed, base").isEmpty());
      assertTrue(doc.select("[src]").isEmpty());
      for (Element a : doc.select("[href]")) {
        String href = a.attr("href");
        assertTrue(href.startsWith("#"), href);
        assertNotNull(doc.getElementById(href.substring(1)), href);
      }
      for (Element any : doc.getAllElements()) {
        any.attributes().forEach(at -> assertFalse(at.getKey().startsWith("on"), at.getKey()));
      }
      String style = doc.select("style").html();
      assertFalse(style.contains("url("), style);
      assertFalse(style.contains("@import"), style);
      assertTrue(style.contains("@media print"));
      assertTrue(style.contains("@page"));
    }

    @Test
    void scriptInARecordText_comesOutAsText() {
      String name = "<script>alert('x')</script> & \"Enhet\" </style>";
      String html = HtmlRenderer.render(ReportSamples.generated(name), ReportLanguage.SV);
      Document doc = Jsoup.parse(html);
      assertTrue(doc.select("script").isEmpty());
      assertFalse(html.contains("<script"), "raw <script in the output");
      assertEquals(1, doc.select("style").size());
      assertEquals(name, doc.selectFirst("header .organisation").text());
      assertTrue(doc.selectFirst("#purpose p").text().contains(name));
    }
  }

  @Nested
  class Tables_ {
    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void everyTable_hasCaptionAndHeaderOfColumnHeaders(ReportLanguage language) {
      Document doc = parse(FULL, language);
      Elements tables = doc.select("table");
      assertEquals(FULL.tables().size(), tables.size());
      for (int i = 0; i < tables.size(); i++) {
        Element table = tables.get(i);
        ReportTable t = FULL.tables().get(i);
        assertEquals(t.id(), table.attr("data-table"));
        assertNotNull(table.selectFirst("caption"));
        assertEquals(
            (language == ReportLanguage.SV ? "Tabell " : "Table ") + (i + 1) + ". " + t.caption().in(language),
            table.selectFirst("caption").text());
        Elements heads = table.select("thead th[scope=col]");
        assertEquals(t.columns().size() + 1, heads.size());
        assertEquals(t.labelHeader().in(language), heads.get(0).text());
        Elements rows = table.select("tbody tr, tfoot tr");
        assertEquals(t.rows().size(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
          assertEquals(t.rows().get(r).label().in(language), rows.get(r).selectFirst("th[scope=row]").text());
          assertEquals(t.rows().get(r).isTotal(), rows.get(r).hasClass("total"));
        }
      }
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void figures_readAsPrinted_withNoBreakSpaces(ReportLanguage language) {
      Document doc = parse(FULL, language);
      List<String> expected = new ArrayList<>();
      List<String> actual = new ArrayList<>();
      for (ReportTable t : FULL.tables()) {
        t.cells().forEach(c -> expected.add(printed(c, language)));
      }
      doc.select("table td").forEach(td -> actual.add(td.wholeText()));
      assertEquals(expected, actual);
      List<String> texts = new ArrayList<>();
      doc.select("td.num").forEach(td -> texts.add(td.wholeText()));
      assertTrue(texts.contains("1\u00a0204"), texts.toString());
      assertTrue(texts.contains("76,96\u00a0%"), texts.toString());
      assertTrue(texts.contains("1\u00a0264"), texts.toString());
      assertTrue(HtmlRenderer.render(FULL, language).contains("1&nbsp;204"));
    }

    @Test
    void totalRows_standInTheFoot() {
      Element table = parse(FULL, ReportLanguage.SV).selectFirst("table[data-table=complaint-kinds]");
      assertEquals("Totalt", table.selectFirst("tfoot tr.total th").text());
      assertEquals(4, table.select("tbody tr").size());
      assertTrue(table.select("tbody tr.total").isEmpty());
    }

    @Test
    void numericColumns_areRightAligned_textColumnsAreNot() {
      Element table = parse(FULL, ReportLanguage.SV).selectFirst("table[data-table=measures]");
      Elements heads = table.select("thead th");
      assertFalse(heads.get(0).hasClass("num"));
      assertTrue(heads.get(1).hasClass("num"));
      assertTrue(heads.get(2).hasClass("num"));
      assertFalse(heads.get(3).hasClass("num"));
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void lights_carryTheirWord_besideTheDot(ReportLanguage language) {
      Elements lights = parse(FULL, language).select("td.light");
      assertEquals(4, lights.size());
      List<String> words = new ArrayList<>();
      for (Element td : lights) {
        assertNotNull(td.selectFirst("span.dot[aria-hidden=true]"));
        assertFalse(td.attr("title").isBlank());
        words.add(td.text());
      }
      assertEquals(
          language == ReportLanguage.SV
              ? List.of("Röd", "Grön", "Gul", "Ingen färg")
              : List.of("Red", "Green", "Yellow", "No colour"),
          words);
    }

    @Test
    void missingValue_showsDash_withTheReason() {
      Document doc = parse(FULL, ReportLanguage.SV);
      Element td = doc.selectFirst("td.missing");
      assertEquals("–", td.text());
      assertEquals("Redovisas från och med 2017", td.attr("title"));
      assertTrue(doc.selectFirst("table[data-table=measures]").parent().select("p.note").text()
          .contains("Redovisas från och med 2017"));
    }
  }

  @Nested
  class HeatMap_ {
    @Test
    void svg_hasOneRectPerCell_withItsCountAndLevel() {
      HeatMap map = ReportSamples.riskMatrix();
      Document doc = parse(FULL, ReportLanguage.SV);
      Element svg = doc.selectFirst("figure.heatmap svg");
      assertEquals("img", svg.attr("role"));
      assertEquals(map.caption().sv(), svg.selectFirst("title").text());
      Elements rects = svg.select("rect.cell");
      Elements counts = svg.select("text.count");
      Elements bands = svg.select("text.band");
      assertEquals(16, rects.size());
      assertEquals(16, counts.size());
      for (int r = 0; r < 4; r++) {
        for (int c = 0; c < 4; c++) {
          int i = r * 4 + c;
          assertEquals(Integer.toString(map.count(r, c)), counts.get(i).text());
          assertEquals(map.bandNames().get(map.band(r, c)).sv(), bands.get(i).text());
          assertEquals(HtmlRenderer.fills(3)[map.band(r, c)], rects.get(i).attr("fill"));
        }
      }
      String all = svg.text();
      for (Text label : map.rowLabels()) {
        assertTrue(all.contains(label.sv()), label.sv());
      }
      assertTrue(all.contains("Allvarlighetsgrad") && all.contains("Sannolikhet"));
      assertEquals(3, svg.select("rect.swatch").size());
      assertTrue(svg.select("text.legend").text().contains("Låg Medium Kritisk"));
    }

    @Test
    void fourLevels_getAFourStepScale_fromGreenToRed() {
      String[] four = HtmlRenderer.fills(4);
      assertEquals(4, four.length);
      assertEquals(4, java.util.Set.of(four).size());
      assertEquals(7, HtmlRenderer.fills(7).length);
      assertEquals(7, java.util.Set.of(HtmlRenderer.fills(7)).size());
    }
  }

  @Nested
  class PublicEdition {
    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void smallCounts_readAsTheMarker_andTheEditionSaysSo(ReportLanguage language) {
      Document doc = parse(FULL.withDisclosure(Disclosure.masked(3)), language);
      assertTrue(doc.selectFirst("p.edition").text().contains("<3"));
      Elements masked = doc.select("td.masked");
      assertFalse(masked.isEmpty());
      // "<3" where the count is small, ".." where a larger figure is hidden to protect one
      masked.forEach(td -> assertTrue(List.of("<3", "..").contains(td.text()), td.outerHtml()));
      assertTrue(masked.stream().anyMatch(td -> td.text().equals("<3")));
      masked.forEach(td -> assertFalse(td.attr("title").isBlank()));
      List<String> counts = new ArrayList<>();
      doc.select("svg text.count").forEach(t -> counts.add(t.text()));
      assertEquals(List.of("0", "<3", "0", "0", "0", "0", "<3", "0", "<3", "<3", "0", "0", "<3", "0", "0", "0"), counts);
      assertTrue(HtmlRenderer.render(FULL.withDisclosure(Disclosure.masked(3)), language).contains("&lt;3"));
    }

    @Test
    void internalEdition_hasNoEditionNote() {
      assertTrue(parse(FULL, ReportLanguage.SV).select("p.edition").isEmpty());
    }

    @Test
    void suppressedEdition_readsTwoDots() {
      Document doc = parse(FULL.withDisclosure(Disclosure.suppressed(3)), ReportLanguage.SV);
      doc.select("td.masked").forEach(td -> assertEquals("..", td.text()));
      assertTrue(doc.select("svg text.count").eachText().contains(".."));
    }
  }

  @Test
  void forbiddenCharacters_areReplaced_notPassedOn() {
    StringBuilder out = new StringBuilder();
    HtmlRenderer.text(out, "a\u0000b\u0007c\ud800d😀");
    assertEquals("a\ufffdb\ufffdc\ufffdd😀", out.toString());
  }

  @Test
  void shortTextsWithoutSpaces_stayOnOneLine_longerTextsMayWrap() {
    org.junit.jupiter.api.Assertions.assertTrue(HtmlRenderer.isWord("2017-12-31"));
    org.junit.jupiter.api.Assertions.assertTrue(HtmlRenderer.isWord("2016-T2"));
    org.junit.jupiter.api.Assertions.assertFalse(HtmlRenderer.isWord("10 nivåer kvar"));
    org.junit.jupiter.api.Assertions.assertFalse(HtmlRenderer.isWord(""));
    org.junit.jupiter.api.Assertions.assertFalse(HtmlRenderer.isWord("Kvalitetsutvecklingsarbete"));
  }
}
