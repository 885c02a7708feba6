package se.qms.core.report;

import java.util.Locale;

/**
 * The words and layout decisions {@link MarkdownRenderer} and {@link HtmlRenderer} share, so that
 * both editions of a report read alike: headings, the edition note, which columns are numeric, the
 * anchors of sections. Stateless.
 */
final class RenderText {
  static final Text CONTENTS = Text.of("Innehåll", "Contents");
  static final Text TABLE = Text.of("Tabell", "Table");
  static final Text FIGURE = Text.of("Figur", "Figure");
  static final Text YEAR = Text.of("År", "Year");
  static final Text AS_OF = Text.of("bedömd per", "judged as of");
  static final Text MISSING = Text.of("Uppgift saknas", "No data");
  static final Text BANDS = Text.of("Nivåer, från lägsta", "Levels, from the lowest");

  private RenderText() {}

  /**
   * The note a public edition opens with, such as "Offentlig version: antal under 3 visas som
   * &lt;3"; empty for the internal edition.
   */
  static String edition(Disclosure disclosure, ReportLanguage language) {
    if (!disclosure.isPublic()) {
      return "";
    }
    String marker = disclosure.marker();
    int threshold = disclosure.threshold();
    String secondary = marker.equals(SmallNumbers.SECONDARY) ? "" : SmallNumbers.SECONDARY;
    return language == ReportLanguage.EN
        ? "Public edition: counts below " + threshold + " are shown as " + marker
            + (secondary.isEmpty() ? "" : ", and figures that would reveal them as " + secondary)
        : "Offentlig version: antal under " + threshold + " visas som " + marker
            + (secondary.isEmpty() ? "" : ", och tal som skulle röja dem som " + secondary);
  }

  /** What a cell reading {@code ..} means: too small, or it would reveal one that is. */
  static String secondaryMeaning(ReportLanguage language) {
    return language == ReportLanguage.EN
        ? "Not shown in the public edition: too small, or it would reveal a hidden count"
        : "Visas inte i den offentliga versionen: för litet, eller skulle röja ett dolt antal";
  }

  /** What a masked cell means, for a reader who asks. */
  static String maskedMeaning(int threshold, ReportLanguage language) {
    return language == ReportLanguage.EN
        ? "Fewer than " + threshold + "; not shown in the public edition"
        : "Färre än " + threshold + "; visas inte i den offentliga versionen";
  }

  /** The marker of a masked heat-map cell: the report's own marker, else {@code <threshold}. */
  static String marker(Disclosure disclosure, HeatMap map) {
    return disclosure.isPublic() ? disclosure.marker() : "<" + map.threshold();
  }

  /** The stable anchor of a section, the same in both languages: {@code management-system}. */
  static String sectionId(SectionKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether a cell is printed as a number (right-aligned, digits aligned). */
  static boolean numeric(ReportCell cell) {
    switch (cell.kind()) {
      case COUNT:
      case SHARE:
      case NUMBER:
      case MASKED:
      case MISSING:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether column {@code c} of a table holds numbers: at least one count, share, number or masked
   * count, and otherwise only missing or empty cells.
   */
  static boolean numericColumn(ReportTable table, int c) {
    boolean figure = false;
    for (ReportRow row : table.rows()) {
      ReportCell cell = row.cell(c);
      ReportCell.Kind kind = cell.kind();
      if (kind == ReportCell.Kind.COUNT || kind == ReportCell.Kind.SHARE
          || kind == ReportCell.Kind.NUMBER || kind == ReportCell.Kind.MASKED) {
        figure = true;
      } else if (!numeric(cell) && !(kind == ReportCell.Kind.TEXT && cell.text().isEmpty())) {
        return false;
      }
    }
    return figure;
  }
}
