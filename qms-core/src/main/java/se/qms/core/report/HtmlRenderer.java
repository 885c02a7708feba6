package se.qms.core.report;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.qms.core.improvement.Ratio;
import se.qms.core.internal.Checks;
import se.qms.core.measure.TrafficLight;

/**
 * Renders a {@link QualityReport} as one self-contained HTML5 document, for the screen and for
 * print on A4: a header with title, organisation and year (and the edition note of a public
 * edition), a table of contents, one {@code <section>} per section with a numbered {@code <h2>},
 * paragraphs, tables and the risk matrix as an inline SVG heat map.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li><b>Self-contained.</b> One file: an inline {@code <style>} and inline SVG; no scripts, no
 *       external stylesheets, fonts or images, and no links but in-page {@code #anchors}.
 *   <li><b>Escaped.</b> Every text taken from the report is escaped for where it stands (element
 *       content, attribute, CSS string), so a name such as {@code <script>} reads as itself and
 *       runs nothing; control characters the HTML syntax forbids are replaced by U+FFFD.
 *   <li><b>Accessible.</b> Every table has a {@code <caption>} and a {@code <thead>} of {@code <th
 *       scope="col">}; row labels are {@code <th scope="row">}; total rows carry {@code
 *       class="total"}. A traffic light is a coloured dot and its word ("Grön"); a heat-map cell
 *       prints its count and its level's name on its colour; colour never carries meaning alone.
 *       A missing value reads {@code –} with the reason in its {@code title} and under the table;
 *       a masked count reads as the edition's marker ({@code <3}).
 *   <li><b>As printed.</b> Figures read as {@link ReportCell#format(ReportLanguage)} prints them,
 *       with no-break spaces inside ({@code 1 204}, {@code 13 %}) so that they never wrap.
 *   <li><b>Deterministic.</b> The same report and language give the same document, byte for byte.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlRenderer {
  /** Fills of heat-map levels by the number of levels, mildest first; black text reads on all. */
  private static final String[][] BAND_FILLS = {
    {"#81c784"},
    {"#81c784", "#e57373"},
    {"#81c784", "#ffd54f", "#e57373"},
    {"#81c784", "#ffd54f", "#ffb74d", "#e57373"},
    {"#81c784", "#d4e157", "#ffd54f", "#ffb74d", "#e57373"},
  };

  private static final String STYLE =
      ":root{color-scheme:light;--ink:#1b1b1b;--muted:#555;--rule:#c8c8c8;--head:#f0f2f4}"
          + "*{box-sizing:border-box}"
          + "body{margin:0 auto;max-width:62rem;padding:1.5rem 1.25rem 3rem;color:var(--ink);"
          + "background:#fff;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,"
          + "\"Helvetica Neue\",Arial,sans-serif}"
          + "header.report{border-bottom:2px solid var(--ink);margin-bottom:1.5rem}"
          + "h1{font-size:2rem;line-height:1.2;margin:0 0 .25rem}"
          + "header.report p{margin:.25rem 0}"
          + ".organisation{font-size:1.2rem;font-weight:600}"
          + ".meta{color:var(--muted)}"
          + ".edition{display:inline-block;margin:.5rem 0 1rem!important;padding:.35rem .75rem;"
          + "border:1px solid #8a6d00;background:#fff8dc;font-weight:600}"
          + "nav.toc{background:var(--head);border:1px solid var(--rule);padding:.75rem 1.25rem;"
          + "margin-bottom:2rem}"
          + "nav.toc h2{font-size:1.1rem;margin:0 0 .5rem;border:0;padding:0}"
          + "nav.toc ol{list-style:none;margin:0;padding:0;columns:2 18rem;column-gap:2rem}"
          + "nav.toc li{margin:.15rem 0;break-inside:avoid}"
          + "nav.toc a{text-decoration:none}nav.toc a .t{text-decoration:underline}"
          + "nav.toc .no{min-width:2em}"
          + "a{color:#0b57a4}"
          + "h2{font-size:1.45rem;margin:2.25rem 0 .75rem;padding-bottom:.2rem;"
          + "border-bottom:1px solid var(--rule)}"
          + ".no{display:inline-block;min-width:1.5em;color:var(--muted)}"
          + "section p{max-width:44rem}"
          + ".block{margin:1.25rem 0 1.75rem;overflow-x:auto}"
          + "table{border-collapse:collapse;margin:0;min-width:min(100%,36rem)}"
          + "caption{caption-side:top;text-align:left;font-weight:600;padding:0 0 .4rem}"
          + ".label{color:var(--muted);font-weight:600}"
          + "th,td{padding:.3rem .65rem;border-bottom:1px solid var(--rule);text-align:left;"
          + "vertical-align:top}"
          + "thead th{background:var(--head);border-bottom:2px solid var(--ink);"
          + "vertical-align:bottom}"
          + "tbody th{font-weight:normal}"
          + ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
          + "thead th.num{white-space:normal}"
          + "tr.total th,tr.total td{font-weight:700;border-top:2px solid var(--ink)}"
          + ".missing{color:var(--muted)}"
          + ".light{white-space:nowrap}"
          + ".word{white-space:nowrap}"
          + ".dot{display:inline-block;width:.8em;height:.8em;border-radius:50%;"
          + "border:1px solid #1b1b1b;margin-right:.4em;vertical-align:-.05em;"
          + "print-color-adjust:exact;-webkit-print-color-adjust:exact}"
          + ".dot.green{background:#1e8e3e}.dot.yellow{background:#f9c513}"
          + ".dot.red{background:#d93025}.dot.none{background:#fff;border-style:dashed}"
          + ".note{font-size:.9rem;color:var(--muted);margin:.4rem 0 0}"
          + "figure{margin:1.25rem 0 1.75rem}"
          + "figcaption{font-weight:600;margin-bottom:.4rem}"
          + "figure svg{max-width:100%;height:auto;font-family:inherit}"
          + "@media print{"
          + "body{max-width:none;padding:0;font-size:10.5pt}"
          + "header.report{margin-bottom:1rem}"
          + "nav.toc{background:none;border:0;padding:0}"
          + "nav.toc ol{columns:1}"
          + "a{color:inherit;text-decoration:none}"
          + "h2{margin-top:1.5rem;break-after:avoid;page-break-after:avoid}"
          + "caption,figcaption{break-after:avoid;page-break-after:avoid}"
          + ".block{overflow:visible}"
          + ".block,figure,tr{break-inside:avoid;page-break-inside:avoid}"
          + "thead{display:table-header-group}"
          + "thead th{print-color-adjust:exact;-webkit-print-color-adjust:exact}"
          + "p{orphans:3;widows:3}"
          + "}";

  private HtmlRenderer() {}

  /**
   * The report as an HTML5 document.
   *
   * @param report not null
   * @param language not null; sets the document's {@code lang}
   * @return the document, ending in a line break
   */
  public static String render(QualityReport report, ReportLanguage language) {
    Checks.present(report, "report");
    Checks.present(language, "language");
    StringBuilder out = new StringBuilder(16384);
    String title = report.title().in(language);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>");
    text(out, title);
    out.append(" – ");
    text(out, report.organisation());
    out.append("</title>\n<style>\n").append(STYLE).append('\n');
    pageRule(out, title + " – " + report.organisation(), language);
    out.append("</style>\n</head>\n<body>\n<header class=\"report\">\n<h1>");
    text(out, title);
    out.append("</h1>\n<p class=\"organisation\">");
    text(out, report.organisation());
    out.append("</p>\n<p class=\"meta\">").append(RenderText.YEAR.in(language)).append(' ')
        .append(report.year()).append(" · ").append(RenderText.AS_OF.in(language)).append(' ')
        .append(report.asOf()).append("</p>\n");
    String edition = RenderText.edition(report.disclosure(), language);
    if (!edition.isEmpty()) {
      out.append("<p class=\"edition\">");
      text(out, edition);
      out.append("</p>\n");
    }
    out.append("</header>\n<nav class=\"toc\" aria-labelledby=\"toc\">\n<h2 id=\"toc\">")
        .append(RenderText.CONTENTS.in(language)).append("</h2>\n<ol>\n");
    for (ReportSection s : report.sections()) {
      out.append("<li><a href=\"#").append(RenderText.sectionId(s.kind()))
          .append("\"><span class=\"no\">").append(s.number()).append(".</span> <span class=\"t\">");
      text(out, s.title().in(language));
      out.append("</span></a></li>\n");
    }
    out.append("</ol>\n</nav>\n<main>\n");
    int[] numbers = new int[2];
    for (ReportSection s : report.sections()) {
      out.append("<section id=\"").append(RenderText.sectionId(s.kind())).append("\">\n<h2>");
      heading(out, s, language);
      out.append("</h2>\n");
      for (ReportBlock b : s.blocks()) {
        if (b instanceof Paragraph) {
          out.append("<p>");
          text(out, ((Paragraph) b).text().in(language));
          out.append("</p>\n");
        } else if (b instanceof ReportTable) {
          table(out, (ReportTable) b, ++numbers[0], report.disclosure(), language);
        } else {
          heatMap(out, (HeatMap) b, ++numbers[1], report.disclosure(), language);
        }
      }
      out.append("</section>\n");
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  /** A4 with margins, the report's title at the top of every printed page, page numbers below. */
  private static void pageRule(StringBuilder out, String header, ReportLanguage language) {
    out.append("@page{size:A4;margin:20mm 18mm 18mm;@top-center{content:");
    cssString(out, header);
    out.append(";font:9pt system-ui,Arial,sans-serif;color:#555}")
        .append("@bottom-right{content:")
        .append(language == ReportLanguage.EN ? "\"Page \"" : "\"Sida \"")
        .append(" counter(page) \" (\" counter(pages) \")\";font:9pt system-ui,Arial,sans-serif;")
        .append("color:#555}}\n");
  }

  private static void heading(StringBuilder out, ReportSection s, ReportLanguage language) {
    out.append("<span class=\"no\">").append(s.number()).append(".</span> ");
    text(out, s.title().in(language));
  }

  private static void table(
      StringBuilder out, ReportTable t, int number, Disclosure disclosure, ReportLanguage language) {
    out.append("<div class=\"block\">\n<table id=\"table-").append(number)
        .append("\" data-table=\"");
    attribute(out, t.id());
    out.append("\">\n<caption><span class=\"label\">").append(RenderText.TABLE.in(language))
        .append(' ').append(number).append(".</span> ");
    text(out, t.caption().in(language));
    out.append("</caption>\n<thead><tr><th scope=\"col\">");
    text(out, t.labelHeader().in(language));
    out.append("</th>");
    int columns = t.columns().size();
    for (int c = 0; c < columns; c++) {
      out.append(RenderText.numericColumn(t, c) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">");
      text(out, t.columns().get(c).in(language));
      out.append("</th>");
    }
    out.append("</tr></thead>\n");
    List<ReportRow> rows = t.rows();
    int foot = rows.size();
    while (foot > 0 && rows.get(foot - 1).isTotal()) {
      foot--;
    }
    if (foot == 0) {
      foot = rows.size(); // a table of totals only has no body to close
    }
    Set<String> missing = new LinkedHashSet<>();
    String masked = disclosure.isPublic() ? RenderText.maskedMeaning(disclosure.threshold(), language) : "";
    out.append("<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      if (r == foot) {
        out.append("</tbody>\n<tfoot>\n");
      }
      ReportRow row = rows.get(r);
      out.append(row.isTotal() ? "<tr class=\"total\"><th scope=\"row\">" : "<tr><th scope=\"row\">");
      text(out, row.label().in(language));
      out.append("</th>");
      for (ReportCell cell : row.cells()) {
        cell(out, cell, masked, language, missing);
      }
      out.append("</tr>\n");
    }
    out.append(foot < rows.size() ? "</tfoot>\n" : "</tbody>\n").append("</table>\n");
    String note = t.note().in(language);
    if (!note.isBlank()) {
      out.append("<p class=\"note\">");
      text(out, note);
      out.append("</p>\n");
    }
    if (!missing.isEmpty()) {
      out.append("<p class=\"note\">– ").append(RenderText.MISSING.in(language)).append(": ");
      boolean first = true;
      for (String reason : missing) {
        if (!first) {
          out.append("; ");
        }
        first = false;
        text(out, reason);
      }
      out.append("</p>\n");
    }
    out.append("</div>\n");
  }

  private static void cell(
      StringBuilder out, ReportCell cell, String masked, ReportLanguage language, Set<String> missing) {
    switch (cell.kind()) {
      case COUNT:
      case SHARE:
      case NUMBER:
        out.append("<td class=\"num\">");
        figure(out, cell.format(language));
        out.append("</td>");
        return;
      case LIGHT:
        TrafficLight light = cell.light().orElseThrow();
        out.append("<td class=\"light\" title=\"")
            .append(language == ReportLanguage.EN ? light.meaningEn() : light.meaningSv())
            .append("\"><span class=\"dot ").append(dotClass(light))
            .append("\" aria-hidden=\"true\"></span>")
            .append(language == ReportLanguage.EN ? light.colourEn() : light.colourSv())
            .append("</td>");
        return;
      case MISSING:
        String reason = cell.text().in(language);
        out.append("<td class=\"num missing\"");
        if (!reason.isBlank()) {
          missing.add(reason);
          out.append(" title=\"");
          attribute(out, reason);
          out.append('"');
        }
        out.append(">–</td>");
        return;
      case MASKED:
        out.append("<td class=\"num masked\"");
        if (cell.text().sv().equals(SmallNumbers.SECONDARY)) {
          masked = RenderText.secondaryMeaning(language);
        }
        if (!masked.isEmpty()) {
          out.append(" title=\"");
          attribute(out, masked);
          out.append('"');
        }
        out.append('>');
        text(out, cell.format(language));
        out.append("</td>");
        return;
      default:
        String text = cell.format(language);
        // a short text without spaces (a date, a period, a code) reads as one word: keep it whole
        out.append(isWord(text) ? "<td class=\"word\">" : "<td>");
        text(out, text);
        out.append("</td>");
    }
  }

  /** Whether a cell text is one short word, such as {@code 2017-12-31} or {@code 2016-T2}. */
  static boolean isWord(String text) {
    if (text.isEmpty() || text.length() > 16) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String dotClass(TrafficLight light) {
    switch (light) {
      case GREEN:
        return "green";
      case YELLOW:
        return "yellow";
      case RED:
        return "red";
      default:
        return "none";
    }
  }

  // ---- the heat map ------------------------------------------------------------------------

  private static final int CELL_HEIGHT = 56;
  private static final double CHAR_WIDTH = 7.4; // of 13px text, generous for Swedish letters

  private static void heatMap(
      StringBuilder out, HeatMap map, int number, Disclosure disclosure, ReportLanguage language) {
    int rows = map.rowLabels().size();
    int columns = map.columnLabels().size();
    List<Text> bands = map.bandNames();
    String[] fills = fills(bands.size());
    int longestRow = longest(map.rowLabels(), language);
    int longestColumn = Math.max(longest(map.columnLabels(), language), longest(bands, language));
    int cellWidth = Math.max(84, (int) Math.ceil(longestColumn * CHAR_WIDTH) + 16);
    int left = 28 + (int) Math.ceil(longestRow * CHAR_WIDTH) + 12;
    int top = 6;
    int gridWidth = columns * cellWidth;
    int gridHeight = rows * CELL_HEIGHT;
    int legendWidth = 0;
    for (Text b : bands) {
      legendWidth += 22 + (int) Math.ceil(b.in(language).length() * CHAR_WIDTH) + 18;
    }
    int width = Math.max(left + gridWidth, left + legendWidth) + 8;
    int legendY = top + gridHeight + 62;
    int height = legendY + 22;
    String id = "figure-" + number;
    String marker = RenderText.marker(disclosure, map);

    out.append("<figure class=\"heatmap\" id=\"").append(id).append("\">\n<figcaption>")
        .append("<span class=\"label\">").append(RenderText.FIGURE.in(language)).append(' ')
        .append(number).append(".</span> ");
    text(out, map.caption().in(language));
    out.append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" ")
        .append("aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\" ")
        .append("viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" font-size=\"13\">\n<title id=\"").append(id).append("-title\">");
    text(out, map.caption().in(language));
    out.append("</title>\n<desc id=\"").append(id).append("-desc\">");
    text(out, map.rowAxis().in(language));
    out.append(" × ");
    text(out, map.columnAxis().in(language));
    out.append(". ");
    for (int r = 0; r < rows; r++) {
      text(out, map.rowLabels().get(r).in(language));
      out.append(':');
      for (int c = 0; c < columns; c++) {
        out.append(c == 0 ? " " : ", ");
        text(out, map.columnLabels().get(c).in(language));
        out.append(' ');
        count(out, map, r, c, marker);
        out.append(" (");
        text(out, bands.get(map.band(r, c)).in(language));
        out.append(')');
      }
      out.append(". ");
    }
    out.append("</desc>\n");

    // the row axis, turned, and the row labels
    double middle = top + gridHeight / 2.0;
    out.append("<text x=\"14\" y=\"").append(middle).append("\" transform=\"rotate(-90 14 ")
        .append(middle).append(")\" text-anchor=\"middle\" dominant-baseline=\"central\" ")
        .append("font-weight=\"600\" class=\"axis\">");
    text(out, map.rowAxis().in(language));
    out.append("</text>\n");
    for (int r = 0; r < rows; r++) {
      out.append("<text x=\"").append(left - 10).append("\" y=\"")
          .append(top + r * CELL_HEIGHT + CELL_HEIGHT / 2)
          .append("\" text-anchor=\"end\" dominant-baseline=\"central\" class=\"row-label\">");
      text(out, map.rowLabels().get(r).in(language));
      out.append("</text>\n");
    }
    // the cells
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        int x = left + c * cellWidth;
        int y = top + r * CELL_HEIGHT;
        String band = bands.get(map.band(r, c)).in(language);
        out.append("<g class=\"cell\"><rect class=\"cell\" x=\"").append(x).append("\" y=\"")
            .append(y).append("\" width=\"").append(cellWidth).append("\" height=\"")
            .append(CELL_HEIGHT).append("\" fill=\"").append(fills[map.band(r, c)])
            .append("\" stroke=\"#fff\" stroke-width=\"2\"><title>");
        text(out, map.rowLabels().get(r).in(language));
        out.append(" × ");
        text(out, map.columnLabels().get(c).in(language));
        out.append(": ");
        count(out, map, r, c, marker);
        out.append(" (");
        text(out, band);
        out.append(")</title></rect><text class=\"count\" x=\"").append(x + cellWidth / 2)
            .append("\" y=\"").append(y + 23).append("\" text-anchor=\"middle\" ")
            .append("dominant-baseline=\"central\" font-size=\"19\" font-weight=\"700\" ")
            .append("fill=\"#111\">");
        count(out, map, r, c, marker);
        out.append("</text><text class=\"band\" x=\"").append(x + cellWidth / 2).append("\" y=\"")
            .append(y + 43).append("\" text-anchor=\"middle\" dominant-baseline=\"central\" ")
            .append("font-size=\"11\" fill=\"#222\">");
        text(out, band);
        out.append("</text></g>\n");
      }
    }
    // the column labels and the column axis
    for (int c = 0; c < columns; c++) {
      out.append("<text x=\"").append(left + c * cellWidth + cellWidth / 2).append("\" y=\"")
          .append(top + gridHeight + 18)
          .append("\" text-anchor=\"middle\" class=\"column-label\">");
      text(out, map.columnLabels().get(c).in(language));
      out.append("</text>\n");
    }
    out.append("<text x=\"").append(left + gridWidth / 2).append("\" y=\"")
        .append(top + gridHeight + 40)
        .append("\" text-anchor=\"middle\" font-weight=\"600\" class=\"axis\">");
    text(out, map.columnAxis().in(language));
    out.append("</text>\n");
    // the legend, mildest first
    int x = left;
    for (int b = 0; b < bands.size(); b++) {
      String name = bands.get(b).in(language);
      out.append("<rect class=\"swatch\" x=\"").append(x).append("\" y=\"").append(legendY - 12)
          .append("\" width=\"16\" height=\"16\" fill=\"").append(fills[b])
          .append("\" stroke=\"#1b1b1b\" stroke-width=\"1\"/><text x=\"").append(x + 22)
          .append("\" y=\"").append(legendY).append("\" class=\"legend\">");
      text(out, name);
      out.append("</text>\n");
      x += 22 + (int) Math.ceil(name.length() * CHAR_WIDTH) + 18;
    }
    out.append("</svg>\n</figure>\n");
  }

  private static void count(StringBuilder out, HeatMap map, int r, int c, String marker) {
    if (map.isMasked(r, c)) {
      text(out, marker);
    } else {
      figure(out, Ratio.formatNumber(BigDecimal.valueOf(map.count(r, c))));
    }
  }

  private static int longest(List<Text> texts, ReportLanguage language) {
    int n = 0;
    for (Text t : texts) {
      n = Math.max(n, t.in(language).length());
    }
    return n;
  }

  /** The fills of {@code n} levels from green through yellow to red. */
  static String[] fills(int n) {
    if (n <= BAND_FILLS.length) {
      return BAND_FILLS[n - 1];
    }
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = hsl(120.0 * (n - 1 - i) / (n - 1), 0.62, 0.64);
    }
    return out;
  }

  private static String hsl(double hue, double saturation, double lightness) {
    double chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
    double h = hue / 60.0;
    double x = chroma * (1 - Math.abs(h % 2 - 1));
    double r = 0;
    double g = 0;
    if (h < 1) {
      r = chroma;
      g = x;
    } else {
      r = x;
      g = chroma;
    }
    double m = lightness - chroma / 2;
    return "#" + hex(r + m) + hex(g + m) + hex(m);
  }

  private static String hex(double v) {
    int i = (int) Math.round(v * 255);
    return (i < 16 ? "0" : "") + Integer.toHexString(i);
  }

  // ---- escaping ----------------------------------------------------------------------------

  /** A printed figure: escaped, with its spaces made no-break so that it never wraps. */
  private static void figure(StringBuilder out, String printed) {
    for (int i = 0; i < printed.length(); i++) {
      char ch = printed.charAt(i);
      if (ch == ' ' || ch == '\u00a0') {
        out.append("&nbsp;");
      } else {
        i = escape(out, ch, printed, i, false);
      }
    }
  }

  /** Element content: {@code & < >} as references, forbidden characters as U+FFFD. */
  static void text(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      i = escape(out, s.charAt(i), s, i, false);
    }
  }

  /** A double-quoted attribute value. */
  static void attribute(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      i = escape(out, s.charAt(i), s, i, true);
    }
  }

  /** Appends one character (or surrogate pair) escaped; returns the index of its last char. */
  private static int escape(StringBuilder out, char ch, String s, int i, boolean attribute) {
    switch (ch) {
      case '&':
        out.append("&amp;");
        return i;
      case '<':
        out.append("&lt;");
        return i;
      case '>':
        out.append("&gt;");
        return i;
      case '"':
        out.append(attribute ? "&quot;" : "\"");
        return i;
      case '\'':
        out.append(attribute ? "&#39;" : "'");
        return i;
      default:
        break;
    }
    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
      out.append(ch).append(s.charAt(i + 1));
      return i + 1;
    }
    if ((ch < ' ' && ch != '\t' && ch != '\n' && ch != '\r') || (ch >= '\u007f' && ch <= '\u009f')
        || Character.isSurrogate(ch) || ch == '\ufffe' || ch == '\uffff') {
      out.append('\ufffd');
    } else {
      out.append(ch);
    }
    return i;
  }

  /** A CSS string literal that cannot end the string or the style element. */
  private static void cssString(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '"' || ch == '\\' || ch == '<' || ch == '>' || ch == '&' || ch < ' ' || ch == '\u007f') {
        out.append('\\').append(Integer.toHexString(ch)).append(' ');
      } else if (Character.isSurrogate(ch)
          && !(Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          && !(Character.isLowSurrogate(ch) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
        out.append('\ufffd');
      } else {
        out.append(ch);
      }
    }
    out.append('"');
  }
}
