package se.qms.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.PersonRef;
import se.qms.core.process.ProcessNumber;
import se.qms.risk.EscalationPolicy;
import se.qms.risk.PublishedRating;
import se.qms.risk.Rating;
import se.qms.risk.Risk;
import se.qms.risk.RiskAssessment;
import se.qms.risk.RiskAxis;
import se.qms.risk.RiskBand;
import se.qms.risk.RiskBands;
import se.qms.risk.RiskPolicy;
import se.qms.risk.RiskRegister;
import se.qms.risk.RiskScale;
import se.qms.risk.RiskScales;
import se.qms.risk.RiskStatus;
import tools.jackson.core.JsonGenerator;

/** The risk parts of both document kinds: the risk register and the risk policy. */
final class RiskFormat {
  private static final Set<String> RISK =
      Set.of(
          "id", "title", "process", "unitId", "basis", "consequences", "date", "status", "actionIds",
          "assessments");
  private static final Set<String> ASSESSMENT = Set.of("date", "ratings", "published");
  private static final Set<String> RATING = Set.of("assessor", "probability", "severity");
  private static final Set<String> PUBLISHED = Set.of("probability", "severity");
  private static final Set<String> POLICY = Set.of("probability", "severity", "bands", "escalation");
  private static final Set<String> SCALE = Set.of("labelsSv", "labelsEn");
  private static final Set<String> BAND = Set.of("nameSv", "nameEn", "lower", "upper");
  private static final Set<String> ESCALATION = Set.of("threshold", "topSeverityEscalates");

  private RiskFormat() {}

  /** The risk register of a quality system, and the process numbers and unit ids it refers to. */
  static RiskRegister readRegister(
      Node root, Set<String> declaredProcesses, Set<String> declaredUnits) {
    List<Node> nodes = root.array("risks");
    List<Risk> risks = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node n : nodes) {
      Risk risk = risk(n);
      if (risk == null) {
        continue;
      }
      if (!ids.add(risk.id())) {
        n.errors().add(n.pointer("id"), QmsErrorCode.DUPLICATE_ID, "risk id must be unique", risk.id());
        continue;
      }
      risk.process()
          .filter(p -> !declaredProcesses.contains(p.toString()))
          .ifPresent(
              p ->
                  n.errors()
                      .add(n.pointer("process"), QmsErrorCode.DANGLING_REFERENCE, "must name a process of the map", p.toString()));
      risk.unitId()
          .filter(u -> !declaredUnits.contains(u))
          .ifPresent(u -> n.errors().add(n.pointer("unitId"), QmsErrorCode.DANGLING_REFERENCE, "must name a unit", u));
      risks.add(risk);
    }
    return nodes.isEmpty() ? null : QualitySystemReader.whole(root.errors(), root.pointer("risks"), () -> RiskRegister.of(risks));
  }

  private static Risk risk(Node n) {
    if (!n.object(RISK, "id", "title")) {
      return null;
    }
    String id = n.string("id");
    String title = n.string("title");
    String processText = n.string("process");
    ProcessNumber process =
        processText == null
            ? null
            : QualitySystemReader.whole(n.errors(), n.pointer("process"), () -> ProcessNumber.parse(processText));
    Optional<String> unitId = n.optionalString("unitId");
    Optional<String> basis = n.optionalString("basis");
    Optional<String> consequences = n.optionalString("consequences");
    LocalDate date = n.date("date");
    RiskStatus status = n.enumValue("status", RiskStatus.class);
    List<String> actionIds = new ArrayList<>();
    for (Node a : n.array("actionIds")) {
      String s = a.asString();
      if (s != null) {
        actionIds.add(s);
      }
    }
    int before = n.errors().size();
    List<RiskAssessment> assessments = QualitySystemReader.list(n.array("assessments"), RiskFormat::assessment);
    if (id == null || title == null || n.errors().size() > before) {
      // a broken assessment would make the status look inconsistent: report the cause only
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          Risk.Builder b =
              Risk.builder()
                  .id(id)
                  .title(title)
                  .process(Optional.ofNullable(process))
                  .unitId(unitId)
                  .basis(basis)
                  .consequences(consequences)
                  .date(Optional.ofNullable(date))
                  .addAllActionIds(actionIds)
                  .addAllAssessments(assessments);
          if (status != null) {
            b.status(status);
          }
          return b.build();
        });
  }

  private static RiskAssessment assessment(Node n) {
    if (!n.object(ASSESSMENT)) {
      return null;
    }
    LocalDate date = n.date("date");
    List<Rating> ratings = QualitySystemReader.list(n.array("ratings"), RiskFormat::rating);
    Optional<PublishedRating> published = n.child("published").map(RiskFormat::published);
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () ->
            RiskAssessment.builder()
                .date(Optional.ofNullable(date))
                .addAllRatings(ratings)
                .published(published)
                .build());
  }

  private static Rating rating(Node n) {
    if (!n.object(RATING, "assessor", "probability", "severity")) {
      return null;
    }
    PersonRef assessor = n.child("assessor").map(QualitySystemReader::person).orElse(null);
    Integer p = n.integer("probability");
    Integer s = n.integer("severity");
    if (assessor == null || p == null || s == null) {
      return null;
    }
    return QualitySystemReader.build(n.errors(), n.pointer(), () -> Rating.of(assessor, p, s));
  }

  /** Published figures are decimal strings ("1.5") so they stay exact. */
  private static PublishedRating published(Node n) {
    if (!n.object(PUBLISHED, "probability", "severity")) {
      return null;
    }
    String p = n.string("probability");
    String s = n.string("severity");
    return p == null || s == null
        ? null
        : QualitySystemReader.whole(n.errors(), n.pointer(), () -> PublishedRating.parse(p, s));
  }

  static void writeRegister(JsonGenerator g, RiskRegister register) {
    QualitySystemWriter.array(g, "risks", register.risks(), RiskFormat::risk);
  }

  private static void risk(JsonGenerator g, Risk r) {
    g.writeStartObject();
    g.writeStringProperty("id", r.id());
    g.writeStringProperty("title", r.title());
    QualitySystemWriter.optional(g, "process", r.process().map(Object::toString));
    QualitySystemWriter.optional(g, "unitId", r.unitId());
    QualitySystemWriter.optional(g, "basis", r.basis());
    QualitySystemWriter.optional(g, "consequences", r.consequences());
    QualitySystemWriter.optional(g, "date", r.date().map(Object::toString));
    g.writeStringProperty("status", r.status().name());
    if (!r.actionIds().isEmpty()) {
      g.writeName("actionIds");
      g.writeStartArray();
      for (String id : r.actionIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    QualitySystemWriter.array(g, "assessments", r.assessments(), RiskFormat::assessment);
    g.writeEndObject();
  }

  private static void assessment(JsonGenerator g, RiskAssessment a) {
    g.writeStartObject();
    QualitySystemWriter.optional(g, "date", a.date().map(Object::toString));
    QualitySystemWriter.array(g, "ratings", a.ratings(), RiskFormat::rating);
    a.published()
        .ifPresent(
            p -> {
              g.writeName("published");
              g.writeStartObject();
              g.writeStringProperty("probability", p.probability().toPlainString());
              g.writeStringProperty("severity", p.severity().toPlainString());
              g.writeEndObject();
            });
    g.writeEndObject();
  }

  private static void rating(JsonGenerator g, Rating r) {
    g.writeStartObject();
    g.writeName("assessor");
    g.writeStartObject();
    g.writeStringProperty("id", r.assessor().id());
    g.writeStringProperty("displayName", r.assessor().displayName());
    g.writeEndObject();
    g.writeNumberProperty("probability", r.probability());
    g.writeNumberProperty("severity", r.severity());
    g.writeEndObject();
  }

  /** The risk policy of a rule set; null when absent or invalid (errors recorded). */
  static RiskPolicy readPolicy(Node root) {
    Optional<Node> node = root.child("riskPolicy");
    if (node.isEmpty() || !node.get().object(POLICY, "probability", "severity", "bands", "escalation")) {
      return null;
    }
    Node n = node.get();
    RiskScale p = n.child("probability").map(s -> scale(s, RiskAxis.PROBABILITY)).orElse(null);
    RiskScale s = n.child("severity").map(x -> scale(x, RiskAxis.SEVERITY)).orElse(null);
    List<RiskBand> bands = QualitySystemReader.list(n.array("bands"), RiskFormat::band);
    EscalationPolicy escalation = n.child("escalation").map(RiskFormat::escalation).orElse(null);
    if (p == null || s == null || escalation == null || bands.size() != n.array("bands").size()) {
      return null;
    }
    RiskScales scales = QualitySystemReader.whole(n.errors(), n.pointer(), () -> RiskScales.of(p, s));
    RiskBands riskBands = QualitySystemReader.whole(n.errors(), n.pointer("bands"), () -> RiskBands.of(bands));
    if (scales == null || riskBands == null) {
      return null;
    }
    return QualitySystemReader.whole(n.errors(), n.pointer(), () -> RiskPolicy.of(scales, riskBands, escalation));
  }

  private static RiskScale scale(Node n, RiskAxis axis) {
    if (!n.object(SCALE, "labelsSv", "labelsEn")) {
      return null;
    }
    List<String> sv = QualitySystemReader.strings(n.array("labelsSv"));
    List<String> en = QualitySystemReader.strings(n.array("labelsEn"));
    return QualitySystemReader.whole(n.errors(), n.pointer(), () -> RiskScale.of(axis, sv, en));
  }

  private static RiskBand band(Node n) {
    if (!n.object(BAND, "nameSv", "nameEn", "lower", "upper")) {
      return null;
    }
    String sv = n.string("nameSv");
    String en = n.string("nameEn");
    Integer lower = n.integer("lower");
    Integer upper = n.integer("upper");
    if (sv == null || en == null || lower == null || upper == null) {
      return null;
    }
    return QualitySystemReader.build(n.errors(), n.pointer(), () -> RiskBand.of(sv, en, lower, upper));
  }

  private static EscalationPolicy escalation(Node n) {
    if (!n.object(ESCALATION, "threshold", "topSeverityEscalates")) {
      return null;
    }
    Integer threshold = n.integer("threshold");
    Boolean top = n.bool("topSeverityEscalates");
    if (threshold == null || top == null) {
      return null;
    }
    return QualitySystemReader.whole(n.errors(), n.pointer("threshold"), () -> EscalationPolicy.of(threshold, top));
  }

  static void writePolicy(JsonGenerator g, RiskPolicy policy) {
    g.writeName("riskPolicy");
    g.writeStartObject();
    scale(g, "probability", policy.scales().probability());
    scale(g, "severity", policy.scales().severity());
    QualitySystemWriter.array(
        g,
        "bands",
        policy.bands().list(),
        (gen, b) -> {
          gen.writeStartObject();
          gen.writeStringProperty("nameSv", b.nameSv());
          gen.writeStringProperty("nameEn", b.nameEn());
          gen.writeNumberProperty("lower", b.lower());
          gen.writeNumberProperty("upper", b.upper());
          gen.writeEndObject();
        });
    g.writeName("escalation");
    g.writeStartObject();
    g.writeNumberProperty("threshold", policy.escalation().threshold());
    g.writeBooleanProperty("topSeverityEscalates", policy.escalation().topSeverityEscalates());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void scale(JsonGenerator g, String name, RiskScale scale) {
    g.writeName(name);
    g.writeStartObject();
    g.writeName("labelsSv");
    g.writeStartArray();
    for (String l : scale.labelsSv()) {
      g.writeString(l);
    }
    g.writeEndArray();
    g.writeName("labelsEn");
    g.writeStartArray();
    for (String l : scale.labelsEn()) {
      g.writeString(l);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
