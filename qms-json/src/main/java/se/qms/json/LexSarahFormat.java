package se.qms.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.deadline.DeadlineRule;
import se.qms.core.deadline.LimitUnit;
import se.qms.core.deadline.TimeLimit;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahCommandType;
import se.qms.core.lexsarah.LexSarahEvent;
import se.qms.core.lexsarah.LexSarahReferral;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.lexsarah.LexSarahRiskEstimate;
import se.qms.core.lexsarah.LexSarahStatus;
import se.qms.core.lexsarah.LexSarahStep;
import se.qms.core.lexsarah.LexSarahStepLimit;
import se.qms.core.lexsarah.LexSarahTimelinessPolicy;
import se.qms.core.lexsarah.ProviderKind;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;
import tools.jackson.core.JsonGenerator;

/**
 * The lex Sarah parts of both document kinds: the cases of a quality system ({@code
 * lexSarahCases}) and the timeliness policy of a rule set ({@code lexSarahTimeliness}).
 */
final class LexSarahFormat {
  private static final Set<String> CASE =
      Set.of(
          "id", "committeeId", "unitId", "provider", "reported", "reporterRole", "description",
          "individualCount", "individuals", "categories", "immediateMeasures", "riskEstimate",
          "status", "history", QualitySystemWriter.PROTECTED);
  private static final Set<String> EVENT =
      Set.of(
          "command", "from", "to", "date", "actor", "note", "assessment", "referral",
          "decisionDate", "decidedBy");
  private static final Set<String> ESTIMATE = Set.of("probability", "severity");
  private static final Set<String> TIMELINESS = Set.of("limits");
  private static final Set<String> LIMIT = Set.of("step", "amount", "unit", "moveToNextWorkingDay", "basis");

  private LexSarahFormat() {}

  /**
   * The lex Sarah cases of a quality system, each case's committee and unit checked against the
   * units declared (read or not); null when the document has none.
   */
  static LexSarahRegister readRegister(Node root) {
    List<Node> nodes = root.array("lexSarahCases");
    Map<String, String> units = unitKinds(root);
    List<LexSarahCase> cases = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node n : nodes) {
      LexSarahCase c = lexSarahCase(n);
      if (c == null) {
        continue;
      }
      if (!ids.add(c.id())) {
        n.errors().add(n.pointer("id"), QmsErrorCode.DUPLICATE_ID, "lex Sarah case ids must be unique", c.id());
        continue;
      }
      if (!units.containsKey(c.committeeId())) {
        n.errors().add(n.pointer("committeeId"), QmsErrorCode.DANGLING_REFERENCE, "must name a unit", c.committeeId());
      } else if (isOtherKind(units.get(c.committeeId()))) {
        n.errors()
            .add(
                n.pointer("committeeId"),
                QmsErrorCode.LEX_SARAH_COMMITTEE_NOT_A_NAMND,
                "must name a unit of kind NAMND, not " + units.get(c.committeeId()),
                c.committeeId());
      }
      c.unitId()
          .filter(u -> !units.containsKey(u))
          .ifPresent(u -> n.errors().add(n.pointer("unitId"), QmsErrorCode.DANGLING_REFERENCE, "must name a unit", u));
      cases.add(c);
    }
    return nodes.isEmpty()
        ? null
        : QualitySystemReader.whole(root.errors(), root.pointer("lexSarahCases"), () -> LexSarahRegister.of(cases));
  }

  /**
   * Whether a unit's kind, as written, is a kind other than nämnd; a kind that could not be read
   * is reported at the unit and not again here.
   */
  private static boolean isOtherKind(String kind) {
    if (kind == null || kind.equals(UnitKind.NAMND.name())) {
      return false;
    }
    for (UnitKind k : UnitKind.values()) {
      if (k.name().equals(kind)) {
        return true;
      }
    }
    return false;
  }

  /** The declared units by id, with their kind's text (null when it is not a string). */
  private static Map<String, String> unitKinds(Node root) {
    Map<String, String> kinds = new HashMap<>();
    for (Node u : root.array("units")) {
      if (!u.json().isObject()) {
        continue;
      }
      Optional<Node> id = u.child("id").filter(Node::isString);
      Optional<Node> kind = u.child("kind").filter(Node::isString);
      id.ifPresent(i -> kinds.put(i.text(), kind.map(Node::text).orElse(null)));
    }
    return kinds;
  }

  private static LexSarahCase lexSarahCase(Node n) {
    if (!n.object(CASE, "id", "committeeId", "reported")) {
      return null;
    }
    int before = n.errors().size();
    String id = n.string("id");
    String committeeId = n.string("committeeId");
    Optional<String> unitId = n.optionalString("unitId");
    ProviderKind provider = n.enumValue("provider", ProviderKind.class);
    LocalDate reported = n.date("reported");
    Role reporterRole = role(n, "reporterRole");
    Optional<String> description = n.optionalString("description");
    Integer individualCount = n.integer("individualCount");
    List<PersonRef> individuals = QualitySystemReader.list(n.array("individuals"), QualitySystemReader::person);
    List<LexSarahCategory> categories = new ArrayList<>();
    for (Node c : n.array("categories")) {
      LexSarahCategory category = c.asEnum(LexSarahCategory.class);
      if (category != null) {
        categories.add(category);
      }
    }
    Optional<String> immediateMeasures = n.optionalString("immediateMeasures");
    Optional<LexSarahRiskEstimate> estimate = n.child("riskEstimate").map(LexSarahFormat::estimate);
    LexSarahStatus status = n.enumValue("status", LexSarahStatus.class);
    List<LexSarahEvent> history = QualitySystemReader.list(n.array("history"), LexSarahFormat::event);
    boolean protectedData = Boolean.TRUE.equals(n.bool(QualitySystemWriter.PROTECTED));
    if (n.errors().size() > before || id == null || committeeId == null || reported == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          LexSarahCase.Builder b =
              LexSarahCase.builder()
                  .id(id)
                  .committeeId(committeeId)
                  .unitId(unitId)
                  .reported(reported)
                  .reporterRole(Optional.ofNullable(reporterRole))
                  .description(description)
                  .addAllIndividuals(individuals)
                  .addAllCategories(categories)
                  .immediateMeasures(immediateMeasures)
                  .riskEstimate(estimate)
                  .addAllHistory(history)
                  .protectedPersonalData(protectedData);
          if (provider != null) {
            b.provider(provider);
          }
          if (individualCount != null) {
            b.individualCount(individualCount);
          }
          if (status != null) {
            b.status(status);
          }
          return b.build();
        });
  }

  private static Role role(Node n, String name) {
    String text = n.string(name);
    return text == null ? null : QualitySystemReader.whole(n.errors(), n.pointer(name), () -> Role.parse(text));
  }

  private static LexSarahRiskEstimate estimate(Node n) {
    if (!n.object(ESTIMATE, "probability", "severity")) {
      return null;
    }
    Integer probability = n.integer("probability");
    Integer severity = n.integer("severity");
    if (probability == null || severity == null) {
      return null;
    }
    return QualitySystemReader.build(n.errors(), n.pointer(), () -> LexSarahRiskEstimate.of(probability, severity));
  }

  private static LexSarahEvent event(Node e) {
    if (!e.object(EVENT, "command", "from", "to", "date")) {
      return null;
    }
    int before = e.errors().size();
    LexSarahCommandType command = e.enumValue("command", LexSarahCommandType.class);
    LexSarahStatus from = e.enumValue("from", LexSarahStatus.class);
    LexSarahStatus to = e.enumValue("to", LexSarahStatus.class);
    LocalDate date = e.date("date");
    Optional<PersonRef> actor = e.child("actor").map(QualitySystemReader::person);
    Optional<String> note = e.optionalString("note");
    LexSarahAssessment assessment = e.enumValue("assessment", LexSarahAssessment.class);
    LexSarahReferral referral = e.enumValue("referral", LexSarahReferral.class);
    LocalDate decisionDate = e.date("decisionDate");
    Role decidedBy = role(e, "decidedBy");
    if (e.errors().size() > before || command == null || from == null || to == null || date == null) {
      return null;
    }
    return QualitySystemReader.build(
        e.errors(),
        e.pointer(),
        () ->
            LexSarahEvent.builder()
                .command(command)
                .from(from)
                .to(to)
                .date(date)
                .actor(actor)
                .note(note)
                .assessment(Optional.ofNullable(assessment))
                .referral(Optional.ofNullable(referral))
                .decisionDate(Optional.ofNullable(decisionDate))
                .decidedBy(Optional.ofNullable(decidedBy))
                .build());
  }

  static void writeRegister(JsonGenerator g, LexSarahRegister register) {
    QualitySystemWriter.array(g, "lexSarahCases", register.cases(), LexSarahFormat::lexSarahCase);
  }

  private static void lexSarahCase(JsonGenerator g, LexSarahCase c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    QualitySystemWriter.protectedFlag(g, c.protectedPersonalData());
    g.writeStringProperty("committeeId", c.committeeId());
    QualitySystemWriter.optional(g, "unitId", c.unitId());
    if (c.provider() != ProviderKind.MUNICIPAL) {
      g.writeStringProperty("provider", c.provider().name());
    }
    g.writeStringProperty("reported", c.reported().toString());
    QualitySystemWriter.optional(g, "reporterRole", c.reporterRole().map(Role::toString));
    QualitySystemWriter.optional(g, "description", c.description());
    if (c.individualCount().isPresent()) {
      g.writeNumberProperty("individualCount", c.individualCount().getAsInt());
    }
    QualitySystemWriter.array(g, "individuals", c.individuals(), (gen, p) -> {
      gen.writeStartObject();
      gen.writeStringProperty("id", p.id());
      gen.writeStringProperty("displayName", p.displayName());
      gen.writeEndObject();
    });
    QualitySystemWriter.array(g, "categories", c.categories(), (gen, cat) -> gen.writeString(cat.name()));
    QualitySystemWriter.optional(g, "immediateMeasures", c.immediateMeasures());
    c.riskEstimate()
        .ifPresent(
            e -> {
              g.writeName("riskEstimate");
              g.writeStartObject();
              g.writeNumberProperty("probability", e.probability());
              g.writeNumberProperty("severity", e.severity());
              g.writeEndObject();
            });
    g.writeStringProperty("status", c.status().name());
    QualitySystemWriter.array(g, "history", c.history(), LexSarahFormat::event);
    g.writeEndObject();
  }

  private static void event(JsonGenerator g, LexSarahEvent e) {
    g.writeStartObject();
    g.writeStringProperty("command", e.command().name());
    g.writeStringProperty("from", e.from().name());
    g.writeStringProperty("to", e.to().name());
    g.writeStringProperty("date", e.date().toString());
    e.actor().ifPresent(p -> QualitySystemWriter.person(g, "actor", p));
    QualitySystemWriter.optional(g, "note", e.note());
    QualitySystemWriter.optional(g, "assessment", e.assessment().map(Enum::name));
    QualitySystemWriter.optional(g, "referral", e.referral().map(Enum::name));
    QualitySystemWriter.optional(g, "decisionDate", e.decisionDate().map(LocalDate::toString));
    QualitySystemWriter.optional(g, "decidedBy", e.decidedBy().map(Role::toString));
    g.writeEndObject();
  }

  /** The timeliness policy of a rule set; null when the document has none. */
  static LexSarahTimelinessPolicy readPolicy(Node root) {
    Optional<Node> node = root.child("lexSarahTimeliness");
    if (node.isEmpty()) {
      return null;
    }
    Node n = node.get();
    if (!n.object(TIMELINESS, "limits")) {
      return null;
    }
    int before = n.errors().size();
    List<LexSarahStepLimit> limits = new ArrayList<>();
    Set<LexSarahStep> steps = new HashSet<>();
    for (Node l : n.array("limits")) {
      LexSarahStepLimit limit = limit(l);
      if (limit == null) {
        continue;
      }
      if (!steps.add(limit.step())) {
        l.errors().add(l.pointer("step"), QmsErrorCode.DUPLICATE_ID, "one limit per step", limit.step().name());
        continue;
      }
      limits.add(limit);
    }
    if (n.errors().size() > before) {
      return null;
    }
    return QualitySystemReader.build(n.errors(), n.pointer(), () -> LexSarahTimelinessPolicy.of(limits));
  }

  private static LexSarahStepLimit limit(Node n) {
    if (!n.object(LIMIT, "step", "amount", "unit")) {
      return null;
    }
    LexSarahStep step = n.enumValue("step", LexSarahStep.class);
    Integer amount = n.integer("amount");
    LimitUnit unit = n.enumValue("unit", LimitUnit.class);
    Boolean move = n.bool("moveToNextWorkingDay");
    Optional<String> basis = n.optionalString("basis");
    if (step == null || amount == null || unit == null) {
      return null;
    }
    TimeLimit limit = QualitySystemReader.whole(n.errors(), n.pointer("amount"), () -> TimeLimit.of(amount, unit));
    if (limit == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          LexSarahStepLimit.Builder b =
              LexSarahStepLimit.builder()
                  .step(step)
                  .rule(DeadlineRule.builder().limit(limit).moveToNextWorkingDay(Boolean.TRUE.equals(move)).build());
          basis.ifPresent(b::basis);
          return b.build();
        });
  }

  static void writePolicy(JsonGenerator g, LexSarahTimelinessPolicy policy) {
    g.writeName("lexSarahTimeliness");
    g.writeStartObject();
    g.writeName("limits");
    g.writeStartArray();
    for (LexSarahStepLimit l : policy.limits()) {
      g.writeStartObject();
      g.writeStringProperty("step", l.step().name());
      g.writeNumberProperty("amount", l.rule().limit().amount());
      g.writeStringProperty("unit", l.rule().limit().unit().name());
      if (l.rule().moveToNextWorkingDay()) {
        g.writeBooleanProperty("moveToNextWorkingDay", true);
      }
      if (!l.basis().equals(l.step().defaultBasis())) {
        g.writeStringProperty("basis", l.basis());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
