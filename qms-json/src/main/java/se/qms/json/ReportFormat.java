package se.qms.json;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.qms.core.improvement.Ratio;
import se.qms.core.report.DevelopmentNeed;
import se.qms.core.report.Disclosure;
import se.qms.core.report.HeatMap;
import se.qms.core.report.Paragraph;
import se.qms.core.report.QualityReport;
import se.qms.core.report.RecordRef;
import se.qms.core.report.ReportBlock;
import se.qms.core.report.ReportCell;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.ReportRow;
import se.qms.core.report.ReportSection;
import se.qms.core.report.ReportTable;
import se.qms.core.report.Text;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@link QualityReport} as a {@code qms-report} document, streaming, in a fixed property
 * order: equal reports give identical bytes.
 *
 * <p>Every figure carries its value, its printed form in Swedish and English and its sources as
 * {@code collection/id} strings. A public edition carries nothing it masks: a masked cell has
 * neither value nor sources, and the sources of any other figure, paragraph or development need
 * that names a record counted in a masked cell are left out, since the difference of two source
 * lists would otherwise tell the masked count.
 */
final class ReportFormat {
  static final String FORMAT = "qms-report";
  static final int VERSION = 1;

  private ReportFormat() {}

  static void write(QualityReport report, JsonGenerator g) {
    Set<RecordRef> withheld = withheld(report);
    String marker = marker(report.disclosure());
    g.writeStartObject();
    g.writeStringProperty("format", FORMAT);
    g.writeNumberProperty("version", VERSION);
    g.writeStringProperty("organisation", report.organisation());
    g.writeNumberProperty("year", report.year());
    g.writeStringProperty("asOf", report.asOf().toString());
    text(g, "title", report.title());
    disclosure(g, report.disclosure());
    g.writeName("sections");
    g.writeStartArray();
    for (ReportSection s : report.sections()) {
      section(g, s, withheld, marker);
    }
    g.writeEndArray();
    g.writeName("developmentNeeds");
    g.writeStartArray();
    for (DevelopmentNeed n : report.developmentNeeds()) {
      need(g, n, withheld);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The records a public edition must not name: those of every masked table cell, and those of a
   * heat map with a masked cell (its one source list covers every cell). Empty for the internal
   * edition.
   */
  private static Set<RecordRef> withheld(QualityReport report) {
    Set<RecordRef> out = new HashSet<>();
    if (!report.disclosure().isPublic()) {
      return out;
    }
    for (ReportSection s : report.sections()) {
      for (ReportBlock b : s.blocks()) {
        if (b instanceof ReportTable) {
          for (ReportCell c : ((ReportTable) b).cells()) {
            if (c.kind() == ReportCell.Kind.MASKED) {
              out.addAll(c.sources());
            }
          }
        } else if (b instanceof HeatMap && anyMasked((HeatMap) b)) {
          out.addAll(((HeatMap) b).sources());
        }
      }
    }
    return out;
  }

  private static boolean anyMasked(HeatMap map) {
    for (int r = 0; r < map.rowLabels().size(); r++) {
      for (int c = 0; c < map.columnLabels().size(); c++) {
        if (map.isMasked(r, c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static void disclosure(JsonGenerator g, Disclosure d) {
    g.writeName("disclosure");
    g.writeStartObject();
    g.writeStringProperty("edition", d.isPublic() ? "public" : "internal");
    if (d.isPublic()) {
      g.writeNumberProperty("threshold", d.threshold());
      g.writeStringProperty("marker", marker(d));
    }
    g.writeEndObject();
  }

  /** What a masked cell shows: {@code <3}, or {@code ..} when suppressed. */
  private static String marker(Disclosure d) {
    return d.suppresses() ? ".." : "<" + d.threshold();
  }

  private static void section(JsonGenerator g, ReportSection s, Set<RecordRef> withheld, String marker) {
    g.writeStartObject();
    g.writeNumberProperty("number", s.number());
    g.writeStringProperty("kind", s.kind().name());
    text(g, "title", s.title());
    g.writeName("blocks");
    g.writeStartArray();
    for (ReportBlock b : s.blocks()) {
      if (b instanceof Paragraph) {
        paragraph(g, (Paragraph) b, withheld);
      } else if (b instanceof ReportTable) {
        table(g, (ReportTable) b, withheld);
      } else {
        heatMap(g, (HeatMap) b, withheld, marker);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void paragraph(JsonGenerator g, Paragraph p, Set<RecordRef> withheld) {
    g.writeStartObject();
    g.writeStringProperty("type", "paragraph");
    text(g, "text", p.text());
    if (!p.sources().isEmpty()) {
      sources(g, p.sources(), withheld);
    }
    g.writeEndObject();
  }

  private static void table(JsonGenerator g, ReportTable t, Set<RecordRef> withheld) {
    g.writeStartObject();
    g.writeStringProperty("type", "table");
    g.writeStringProperty("id", t.id());
    text(g, "caption", t.caption());
    text(g, "labelHeader", t.labelHeader());
    g.writeName("columns");
    g.writeStartArray();
    for (Text c : t.columns()) {
      text(g, c);
    }
    g.writeEndArray();
    g.writeName("rows");
    g.writeStartArray();
    for (ReportRow row : t.rows()) {
      g.writeStartObject();
      text(g, "label", row.label());
      g.writeBooleanProperty("total", row.isTotal());
      g.writeName("cells");
      g.writeStartArray();
      for (ReportCell c : row.cells()) {
        cell(g, c, withheld);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (!t.note().isEmpty()) {
      text(g, "note", t.note());
    }
    g.writeEndObject();
  }

  private static void cell(JsonGenerator g, ReportCell c, Set<RecordRef> withheld) {
    g.writeStartObject();
    switch (c.kind()) {
      case TEXT:
        g.writeStringProperty("kind", "text");
        text(g, "printed", c.text());
        break;
      case COUNT:
        g.writeStringProperty("kind", "count");
        g.writeNumberProperty("value", c.count().getAsLong());
        printed(g, c);
        sources(g, c.sources(), withheld);
        break;
      case SHARE:
        Ratio share = c.share().orElseThrow();
        g.writeStringProperty("kind", "share");
        g.writeNumberProperty("numerator", share.numerator());
        g.writeNumberProperty("denominator", share.denominator());
        g.writeNumberProperty("decimals", c.decimals());
        printed(g, c);
        sources(g, c.sources(), withheld);
        break;
      case NUMBER:
        g.writeStringProperty("kind", "number");
        g.writeName("value");
        g.writeNumber(c.number().getAsDouble());
        g.writeNumberProperty("decimals", c.decimals());
        if (!c.unit().isEmpty()) {
          text(g, "unit", c.unit());
        }
        printed(g, c);
        sources(g, c.sources(), withheld);
        break;
      case LIGHT:
        g.writeStringProperty("kind", "light");
        g.writeStringProperty("value", c.light().orElseThrow().name());
        printed(g, c);
        sources(g, c.sources(), withheld);
        break;
      case MISSING:
        g.writeStringProperty("kind", "missing");
        text(g, "reason", c.text());
        printed(g, c);
        break;
      default: // MASKED: the marker only, never the count or its records
        g.writeStringProperty("kind", "masked");
        g.writeStringProperty("printed", c.text().sv());
        break;
    }
    g.writeEndObject();
  }

  private static void printed(JsonGenerator g, ReportCell c) {
    g.writeName("printed");
    g.writeStartObject();
    g.writeStringProperty("sv", c.format(ReportLanguage.SV));
    g.writeStringProperty("en", c.format(ReportLanguage.EN));
    g.writeEndObject();
  }

  private static void heatMap(JsonGenerator g, HeatMap m, Set<RecordRef> withheld, String marker) {
    g.writeStartObject();
    g.writeStringProperty("type", "heatMap");
    text(g, "caption", m.caption());
    text(g, "rowAxis", m.rowAxis());
    text(g, "columnAxis", m.columnAxis());
    g.writeName("columns");
    g.writeStartArray();
    for (Text c : m.columnLabels()) {
      text(g, c);
    }
    g.writeEndArray();
    g.writeName("bands");
    g.writeStartArray();
    for (Text b : m.bandNames()) {
      text(g, b);
    }
    g.writeEndArray();
    g.writeName("rows");
    g.writeStartArray();
    for (int r = 0; r < m.rowLabels().size(); r++) {
      g.writeStartObject();
      text(g, "label", m.rowLabels().get(r));
      g.writeName("cells");
      g.writeStartArray();
      for (int c = 0; c < m.columnLabels().size(); c++) {
        g.writeStartObject();
        if (m.isMasked(r, c)) {
          g.writeStringProperty("kind", "masked");
          g.writeStringProperty("printed", marker);
        } else {
          g.writeStringProperty("kind", "count");
          g.writeNumberProperty("value", m.count(r, c));
          String printed = Ratio.formatNumber(BigDecimal.valueOf(m.count(r, c)));
          g.writeName("printed");
          g.writeStartObject();
          g.writeStringProperty("sv", printed);
          g.writeStringProperty("en", printed);
          g.writeEndObject();
        }
        g.writeNumberProperty("band", m.band(r, c));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    sources(g, m.sources(), withheld);
    g.writeEndObject();
  }

  private static void need(JsonGenerator g, DevelopmentNeed n, Set<RecordRef> withheld) {
    g.writeStartObject();
    g.writeStringProperty("kind", n.kind().name());
    g.writeStringProperty("subject", n.subject());
    text(g, "description", n.description());
    g.writeNumberProperty("weight", n.weight());
    sources(g, n.sources(), withheld);
    g.writeEndObject();
  }

  /**
   * The sources as {@code collection/id} strings; left out entirely when any of them is withheld
   * (a public edition), so that no list is shorter than the figure it backs.
   */
  private static void sources(JsonGenerator g, List<RecordRef> sources, Set<RecordRef> withheld) {
    if (!withheld.isEmpty()) {
      for (RecordRef r : sources) {
        if (withheld.contains(r)) {
          return;
        }
      }
    }
    g.writeName("sources");
    g.writeStartArray();
    for (RecordRef r : sources) {
      g.writeString(r.toString());
    }
    g.writeEndArray();
  }

  private static void text(JsonGenerator g, String name, Text t) {
    g.writeName(name);
    text(g, t);
  }

  private static void text(JsonGenerator g, Text t) {
    g.writeStartObject();
    g.writeStringProperty("sv", t.sv());
    g.writeStringProperty("en", t.en());
    g.writeEndObject();
  }
}
