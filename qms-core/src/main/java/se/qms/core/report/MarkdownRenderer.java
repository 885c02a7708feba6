package se.qms.core.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.qms.core.internal.Checks;

/**
 * Renders a {@link QualityReport} as Markdown (CommonMark with GitHub's pipe tables): the title,
 * organisation and year, the edition note of a public edition, a table of contents linking to the
 * section headings, numbered section headings ({@code ## 3. Ledningssystemet}), paragraphs, and
 * every table with its caption above and its note below. Value columns of numbers are
 * right-aligned; total rows are bold; a heat map (the risk matrix) is printed as a table whose
 * cells read count and level, such as {@code 2 (Kritisk)}.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li><b>Escaped.</b> Every text taken from the report (names from records, captions, cells) is
 *       escaped, so that no text can open emphasis, a link, HTML, a heading or a list, or break a
 *       table: Markdown punctuation is backslash-escaped and line breaks become spaces.
 *   <li><b>As printed.</b> Figures read as {@link ReportCell#format(ReportLanguage)} prints them
 *       ({@code 1 204}, {@code 76,96 %}, {@code –}, {@code <3}), so the Markdown and HTML editions
 *       and {@link QualityReport#check(ReportLanguage)} read the same figures.
 *   <li><b>Deterministic.</b> The same report and language give the same text, byte for byte;
 *       lines end in {@code \n}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  /**
   * The report as Markdown.
   *
   * @param report not null
   * @param language not null
   * @return the document, ending in a line break
   */
  public static String render(QualityReport report, ReportLanguage language) {
    Checks.present(report, "report");
    Checks.present(language, "language");
    StringBuilder out = new StringBuilder(8192);
    out.append("# ");
    text(out, report.title().in(language));
    out.append("\n\n**");
    text(out, report.organisation());
    out.append("** · ").append(RenderText.YEAR.in(language)).append(' ').append(report.year())
        .append(" · ").append(RenderText.AS_OF.in(language)).append(' ').append(report.asOf())
        .append("\n\n");
    String edition = RenderText.edition(report.disclosure(), language);
    if (!edition.isEmpty()) {
      out.append("> ");
      text(out, edition);
      out.append("\n\n");
    }
    out.append("## ").append(RenderText.CONTENTS.in(language)).append("\n\n");
    for (ReportSection s : report.sections()) {
      String heading = heading(s, language);
      out.append("- [");
      headingText(out, s, language);
      out.append("](#");
      slug(out, heading);
      out.append(")\n");
    }
    out.append('\n');
    int[] numbers = new int[2];
    for (ReportSection s : report.sections()) {
      out.append("## ");
      headingText(out, s, language);
      out.append("\n\n");
      for (ReportBlock b : s.blocks()) {
        if (b instanceof Paragraph) {
          paragraph(out, ((Paragraph) b).text().in(language));
          out.append("\n\n");
        } else if (b instanceof ReportTable) {
          table(out, (ReportTable) b, ++numbers[0], language);
        } else {
          heatMap(out, (HeatMap) b, ++numbers[1], report.disclosure(), language);
        }
      }
    }
    return out.toString();
  }

  private static String heading(ReportSection s, ReportLanguage language) {
    return s.number() + ". " + s.title().in(language);
  }

  /** A heading's text: its number as is (it opens no list after {@code ##} or {@code [}). */
  private static void headingText(StringBuilder out, ReportSection s, ReportLanguage language) {
    out.append(s.number()).append(". ");
    text(out, s.title().in(language));
  }

  private static void table(StringBuilder out, ReportTable t, int number, ReportLanguage language) {
    out.append("**").append(RenderText.TABLE.in(language)).append(' ').append(number).append(". ");
    text(out, t.caption().in(language).strip());
    out.append("**\n\n| ");
    text(out, t.labelHeader().in(language));
    int columns = t.columns().size();
    boolean[] numeric = new boolean[columns];
    for (int c = 0; c < columns; c++) {
      numeric[c] = RenderText.numericColumn(t, c);
      out.append(" | ");
      text(out, t.columns().get(c).in(language));
    }
    out.append(" |\n| :--- |");
    for (int c = 0; c < columns; c++) {
      out.append(numeric[c] ? " ---: |" : " :--- |");
    }
    out.append('\n');
    Set<String> missing = new LinkedHashSet<>();
    for (ReportRow row : t.rows()) {
      out.append("| ");
      cell(out, row.label().in(language), row.isTotal());
      for (ReportCell cell : row.cells()) {
        out.append(" | ");
        cell(out, cell.format(language), row.isTotal());
        if (cell.kind() == ReportCell.Kind.MISSING && !cell.text().in(language).isBlank()) {
          missing.add(cell.text().in(language));
        }
      }
      out.append(" |\n");
    }
    out.append('\n');
    String note = t.note().in(language).strip();
    if (!note.isEmpty()) {
      out.append('*');
      text(out, note);
      out.append("*\n\n");
    }
    if (!missing.isEmpty()) {
      out.append("– ").append(RenderText.MISSING.in(language)).append(": ");
      boolean first = true;
      for (String reason : missing) {
        if (!first) {
          out.append("; ");
        }
        first = false;
        text(out, reason.strip());
      }
      out.append("\n\n");
    }
  }

  private static void heatMap(
      StringBuilder out, HeatMap map, int number, Disclosure disclosure, ReportLanguage language) {
    out.append("**").append(RenderText.FIGURE.in(language)).append(' ').append(number).append(". ");
    text(out, map.caption().in(language).strip());
    out.append("**\n\n| ");
    text(out, map.rowAxis().in(language));
    out.append(" ↓ · ");
    text(out, map.columnAxis().in(language));
    out.append(" →");
    List<Text> columns = map.columnLabels();
    for (Text c : columns) {
      out.append(" | ");
      text(out, c.in(language));
    }
    out.append(" |\n| :--- |");
    for (int c = 0; c < columns.size(); c++) {
      out.append(" :---: |");
    }
    out.append('\n');
    String marker = RenderText.marker(disclosure, map);
    for (int r = 0; r < map.rowLabels().size(); r++) {
      out.append("| ");
      text(out, map.rowLabels().get(r).in(language));
      for (int c = 0; c < columns.size(); c++) {
        out.append(" | ");
        if (map.isMasked(r, c)) {
          text(out, marker);
        } else {
          out.append(map.count(r, c));
        }
        out.append(" (");
        text(out, map.bandNames().get(map.band(r, c)).in(language));
        out.append(')');
      }
      out.append(" |\n");
    }
    out.append('\n').append(RenderText.BANDS.in(language)).append(": ");
    for (int b = 0; b < map.bandNames().size(); b++) {
      if (b > 0) {
        out.append(", ");
      }
      text(out, map.bandNames().get(b).in(language));
    }
    out.append(".\n\n");
  }

  /** A table cell: escaped, bold in a total row unless empty. */
  private static void cell(StringBuilder out, String value, boolean bold) {
    String v = value.strip();
    if (bold && !v.isEmpty()) {
      out.append("**");
      text(out, v);
      out.append("**");
    } else {
      text(out, v);
    }
  }

  /**
   * Appends {@code s} so that it reads as itself within a line: ASCII punctuation Markdown gives
   * meaning to is backslash-escaped, line breaks and other control characters become spaces.
   */
  static void text(StringBuilder out, String s) {
    escape(out, s, false);
  }

  /** Appends {@code s} as a paragraph: as {@link #text}, and not opening a list at its start. */
  static void paragraph(StringBuilder out, String s) {
    escape(out, s, true);
  }

  private static void escape(StringBuilder out, String s, boolean lineStart) {
    int start = 0;
    while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
      start++;
    }
    int i = start;
    // "12. x" or "3) x" at the start of a line would open an ordered list; "2.1.1" would not
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    boolean orderedList =
        lineStart && i > start && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')
            && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    for (int k = start; k < s.length(); k++) {
      char ch = s.charAt(k);
      switch (ch) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '|': case '~': case '&': case '$': case '!': case '#':
          out.append('\\').append(ch);
          break;
        case '-': case '+': case '=':
          if (lineStart && k == start) {
            out.append('\\');
          }
          out.append(ch);
          break;
        case '.': case ')':
          if (orderedList && k == i) {
            out.append('\\');
          }
          out.append(ch);
          break;
        default:
          out.append(ch < ' ' || ch == '\u007f' ? ' ' : ch);
      }
    }
  }

  /** GitHub's anchor of a heading: lower case, spaces as hyphens, other punctuation dropped. */
  private static void slug(StringBuilder out, String heading) {
    for (int i = 0; i < heading.length(); i++) {
      char ch = heading.charAt(i);
      if (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_') {
        out.append(Character.toLowerCase(ch));
      } else if (ch == ' ') {
        out.append('-');
      }
    }
  }
}
