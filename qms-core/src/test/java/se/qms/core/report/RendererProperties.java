package se.qms.core.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RendererProperties {
  /** Pieces of hostile and ordinary text: markup, Markdown punctuation, white space, non-ASCII. */
  private static final String[] PIECES = {
    "<", ">", "&", "\"", "'", "|", "*", "_", "`", "[", "]", "(", ")", "#", "\\", "-", "!", "$", "~",
    "=", "<script>", "</script>", "<img src=x onerror=alert(1)>", "</style>", "<!--", "-->",
    "&amp;", "&lt;", "<![CDATA[", "]]>", "javascript:", " ", "  ", "\n", "\t", "a", "Enhet", "Å",
    "ä", "ö", "1", "2.", "3 204", "%", "–", "😀", "漢字", "e\u0301",
  };

  /** Texts joined from 0 to 12 pieces. */
  static Gen<String> texts() {
    return lists()
        .of(integers().between(0, PIECES.length - 1))
        .ofSizeBetween(0, 12)
        .map(
            picks -> {
              StringBuilder b = new StringBuilder();
              picks.forEach(i -> b.append(PIECES[i]));
              return b.toString();
            });
  }

  /** What jsoup's {@code text()} makes of a text: runs of HTML white space as one space, trimmed. */
  static String normalised(String s) {
    StringBuilder b = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  private static QualityReport report(String caption, String label, String cell, String column, String rowLabel) {
    ReportTable.Builder t =
        ReportTable.builder("generated", Text.of(caption), Text.of(label)).columns(Text.of(column));
    t.row(ReportRow.of(Text.of(label), List.of(ReportCell.text(cell))));
    t.note(Text.of("n" + cell));
    HeatMap map =
        HeatMap.of(
            Text.of(caption), Text.of(label), Text.of(column), List.of(Text.of(rowLabel)),
            List.of(Text.of(column)), List.of(Text.of(cell)), new int[][] {{1}}, new int[][] {{0}},
            List.of());
    List<ReportSection> sections = new java.util.ArrayList<>();
    for (SectionKind k : SectionKind.values()) {
      List<ReportBlock> blocks =
          k.ordinal() == 0
              ? List.of(Paragraph.of(Text.of("p" + cell)), t.build(), map)
              : List.of(Paragraph.of(Text.of("–")));
      sections.add(ReportSection.of(k, k.ordinal() + 1, blocks));
    }
    return new QualityReport(
        "K" + rowLabel, 2016, ReportSamples.asOf(), Disclosure.internal(), sections, List.of(), null);
  }

  @Test
  void html_readsBackEveryText_andNeverHoldsAScript() {
    qt().forAll(lists().of(texts()).ofSize(5))
        .check(
            t -> {
              String caption = t.get(0);
              String label = t.get(1);
              String cell = t.get(2);
              String column = t.get(3);
              String rowLabel = t.get(4);
              String html = HtmlRenderer.render(report(caption, label, cell, column, rowLabel), ReportLanguage.SV);
              Document doc = Jsoup.parse(html);
              Element table = doc.selectFirst("table");
              Element svg = doc.selectFirst("svg");
              return doc.select("script, img, link, iframe").isEmpty()
                  && doc.select("[src], [onerror]").isEmpty()
                  && doc.select("style").size() == 1
                  && doc.select("table").size() == 1
                  && doc.selectFirst(".organisation").text().equals(normalised("K" + rowLabel))
                  && doc.selectFirst("#purpose p").text().equals(normalised("p" + cell))
                  && table.selectFirst("caption").text().equals(normalised("Tabell 1. " + caption))
                  && table.select("thead th").get(0).text().equals(normalised(label))
                  && table.select("thead th").get(1).text().equals(normalised(column))
                  && table.selectFirst("tbody th").text().equals(normalised(label))
                  && table.selectFirst("tbody td").text().equals(normalised(cell))
                  && doc.selectFirst("p.note").text().equals(normalised("n" + cell))
                  && svg.select("rect.cell").size() == 1
                  && svg.selectFirst("text.count").text().equals("1")
                  && svg.selectFirst("text.band").text().equals(normalised(cell))
                  && svg.selectFirst("text.row-label").text().equals(normalised(rowLabel))
                  && svg.selectFirst("text.column-label").text().equals(normalised(column));
            });
  }

  @Test
  void markdown_keepsEveryTableLineOneCellPerColumn_withNoRawMarkupInCells() {
    qt().forAll(lists().of(texts()).ofSize(5))
        .check(
            t -> {
              String md =
                  MarkdownRenderer.render(report(t.get(0), t.get(1), t.get(2), t.get(3), t.get(4)), ReportLanguage.SV);
              for (String line : md.split("\n", -1)) {
                if (!line.startsWith("| ")) {
                  continue;
                }
                if (MarkdownRendererTest.cellSeparators(line) != 3) {
                  return false;
                }
                for (int i = 0; i < line.length(); i++) {
                  char c = line.charAt(i);
                  if (c == '\\') {
                    i++;
                  } else if ("<>`[]*_&".indexOf(c) >= 0) {
                    return false;
                  }
                }
              }
              return true;
            });
  }
}
