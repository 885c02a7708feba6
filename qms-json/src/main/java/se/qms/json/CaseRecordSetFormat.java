package se.qms.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.CaseRecord;
import se.qms.core.improvement.CaseRecordSet;
import se.qms.core.improvement.CaseType;
import se.qms.core.improvement.Category;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintSource;
import se.qms.core.measure.Period;
import tools.jackson.core.JsonGenerator;

/**
 * Complaints and deviations known only as counts: the {@code caseRecordSets} of a quality system,
 * each a table of lines ({@code count} cases sharing the line's facts). Categories and subjects are
 * written as complaints and deviations write theirs, {@code {"code", "label"}}; kinds, sources and
 * types as the enumeration constants.
 */
final class CaseRecordSetFormat {
  static final String SETS = "caseRecordSets";

  private static final Set<String> SET = Set.of("id", "title", "reference", "lines");
  private static final Set<String> LINE =
      Set.of(
          "count", "type", "organisation", "unit", "category", "kind", "subject", "source", "period",
          "ledToDocumentedAction");

  private CaseRecordSetFormat() {}

  /** The sets of a quality system, in document order; sets with errors are left out. */
  static List<CaseRecordSet> read(Node root) {
    List<CaseRecordSet> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node n : root.array(SETS)) {
      CaseRecordSet s = set(n);
      if (s == null) {
        continue;
      }
      if (!ids.add(s.id())) {
        n.errors().add(n.pointer("id"), QmsErrorCode.DUPLICATE_ID, "case record set ids must be unique", s.id());
        continue;
      }
      out.add(s);
    }
    return out;
  }

  private static CaseRecordSet set(Node n) {
    if (!n.object(SET, "id", "title", "lines")) {
      return null;
    }
    int before = n.errors().size();
    String id = n.string("id");
    String title = n.string("title");
    Optional<String> reference = n.optionalString("reference");
    List<Node> lineNodes = n.array("lines");
    List<CaseRecordSet.Line> lines = new ArrayList<>(lineNodes.size());
    CaseType first = null;
    for (Node l : lineNodes) {
      CaseRecordSet.Line line = line(l);
      if (line == null) {
        continue;
      }
      CaseType type = line.record().type();
      if (first == null) {
        first = type;
      } else if (type != first) {
        l.errors()
            .add(
                l.pointer("type"),
                QmsErrorCode.INCONSISTENT_VALUE,
                "must be " + first + " as the set's first line",
                type.name());
        continue;
      }
      lines.add(line);
    }
    if (n.errors().size() > before || id == null || title == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(), n.pointer(), () -> CaseRecordSet.of(id, title, reference, lines));
  }

  private static CaseRecordSet.Line line(Node n) {
    if (!n.object(LINE, "count", "type")) {
      return null;
    }
    int before = n.errors().size();
    Integer count = n.integer("count");
    CaseType type = n.enumValue("type", CaseType.class);
    Optional<String> organisation = n.optionalString("organisation");
    Optional<String> unit = n.optionalString("unit");
    Optional<Category> category = n.child("category").map(ImprovementFormat::category);
    ComplaintKind kind = n.enumValue("kind", ComplaintKind.class);
    Optional<Category> subject = n.child("subject").map(ImprovementFormat::category);
    ComplaintSource source = n.enumValue("source", ComplaintSource.class);
    String periodText = n.string("period");
    Period period =
        periodText == null
            ? null
            : QualitySystemReader.whole(n.errors(), n.pointer("period"), () -> Period.parse(periodText));
    Boolean led = n.bool("ledToDocumentedAction");
    if (n.errors().size() > before || count == null || type == null) {
      return null;
    }
    CaseRecord record =
        QualitySystemReader.build(
            n.errors(),
            n.pointer(),
            () ->
                CaseRecord.builder()
                    .type(type)
                    .organisation(organisation)
                    .unit(unit)
                    .category(category)
                    .kind(Optional.ofNullable(kind))
                    .subject(subject)
                    .source(Optional.ofNullable(source))
                    .period(Optional.ofNullable(period))
                    .ledToDocumentedAction(Optional.ofNullable(led))
                    .build());
    if (record == null) {
      return null;
    }
    return QualitySystemReader.build(n.errors(), n.pointer(), () -> CaseRecordSet.Line.of(record, count));
  }

  static void write(JsonGenerator g, List<CaseRecordSet> sets) {
    QualitySystemWriter.array(g, SETS, sets, CaseRecordSetFormat::set);
  }

  private static void set(JsonGenerator g, CaseRecordSet s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id());
    g.writeStringProperty("title", s.title());
    QualitySystemWriter.optional(g, "reference", s.reference());
    QualitySystemWriter.array(g, "lines", s.lines(), CaseRecordSetFormat::line);
    g.writeEndObject();
  }

  private static void line(JsonGenerator g, CaseRecordSet.Line line) {
    CaseRecord r = line.record();
    g.writeStartObject();
    g.writeNumberProperty("count", line.count());
    g.writeStringProperty("type", r.type().name());
    QualitySystemWriter.optional(g, "organisation", r.organisation());
    QualitySystemWriter.optional(g, "unit", r.unit());
    r.category().ifPresent(c -> ImprovementFormat.category(g, "category", c));
    QualitySystemWriter.optional(g, "kind", r.kind().map(Enum::name));
    r.subject().ifPresent(c -> ImprovementFormat.category(g, "subject", c));
    QualitySystemWriter.optional(g, "source", r.source().map(Enum::name));
    QualitySystemWriter.optional(g, "period", r.period().map(Object::toString));
    if (r.ledToDocumentedAction().isPresent()) {
      g.writeBooleanProperty("ledToDocumentedAction", r.ledToDocumentedAction().get());
    }
    g.writeEndObject();
  }
}
