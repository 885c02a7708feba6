package se.qms.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.ActionCommandType;
import se.qms.core.improvement.ActionOrigin;
import se.qms.core.improvement.ActionPurpose;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.CaseCommandType;
import se.qms.core.improvement.CaseEvent;
import se.qms.core.improvement.Category;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintCommandType;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintSource;
import se.qms.core.improvement.ComplaintStatus;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.DeviationCommandType;
import se.qms.core.improvement.DeviationOutcome;
import se.qms.core.improvement.DeviationStatus;
import se.qms.core.improvement.Effect;
import se.qms.core.improvement.EffectEvaluation;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.improvement.Satisfaction;
import se.qms.core.improvement.YearlyCompilation;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessNumber;
import tools.jackson.core.JsonGenerator;

/** Complaints, deviations and actions of a quality system, with their histories. */
final class ImprovementFormat {
  private static final Set<String> COMPLAINT =
      Set.of(
          "id", "kind", "source", "subject", "unitId", "summary", "received", "acknowledged",
          "answered", "closed", "satisfaction", "delegationRequested", "status", "history",
          QualitySystemWriter.PROTECTED);
  private static final Set<String> DEVIATION =
      Set.of(
          "id", "unitId", "occurred", "reported", "description", "category", "investigator",
          "findings", "outcome", "actionIds", "status", "history", QualitySystemWriter.PROTECTED);
  private static final Set<String> ACTION =
      Set.of(
          "id", "title", "origin", "originId", "process", "purpose", "responsibleRole",
          "responsible", "unitId", "registered", "due", "completed", "evaluation", "status",
          "history");
  private static final Set<String> CATEGORY = Set.of("code", "label");
  private static final Set<String> EVENT = Set.of("command", "from", "to", "date", "actor", "note");
  private static final Set<String> EVALUATION = Set.of("date", "effect", "summary", "evaluator");

  private ImprovementFormat() {}

  /** Reads an array of cases, reporting duplicate ids at their pointers. */
  static <T> List<T> read(Node root, String name, Function<Node, T> reader, Function<T, String> id) {
    List<T> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node n : root.array(name)) {
      T item = reader.apply(n);
      if (item == null) {
        continue;
      }
      if (!ids.add(id.apply(item))) {
        n.errors().add(n.pointer("id"), QmsErrorCode.DUPLICATE_ID, name + " ids must be unique", id.apply(item));
        continue;
      }
      out.add(item);
    }
    return out;
  }

  private static final Set<String> COMPILATION = Set.of("year", "compiled", "reference");

  /** The yearly compilations (5 kap. 6 §), at most one per year. */
  static List<YearlyCompilation> compilations(Node root) {
    List<YearlyCompilation> out = new ArrayList<>();
    Set<Integer> years = new HashSet<>();
    for (Node n : root.array("compilations")) {
      if (!n.object(COMPILATION, "year", "compiled")) {
        continue;
      }
      Integer year = n.integer("year");
      LocalDate compiled = n.date("compiled");
      String reference = n.has("reference") ? n.string("reference") : null;
      if (year == null || compiled == null) {
        continue;
      }
      if (!years.add(year)) {
        n.errors().add(n.pointer("year"), QmsErrorCode.DUPLICATE_ID, "one compilation per year", year.toString());
        continue;
      }
      YearlyCompilation c =
          QualitySystemReader.build(
              n.errors(),
              n.pointer(),
              () -> YearlyCompilation.builder().year(year).compiled(compiled).reference(Optional.ofNullable(reference)).build());
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  static void writeCompilations(JsonGenerator g, List<YearlyCompilation> compilations) {
    QualitySystemWriter.array(
        g,
        "compilations",
        compilations,
        (gen, c) -> {
          gen.writeStartObject();
          gen.writeNumberProperty("year", c.year());
          gen.writeStringProperty("compiled", c.compiled().toString());
          QualitySystemWriter.optional(gen, "reference", c.reference());
          gen.writeEndObject();
        });
  }

  static Complaint complaint(Node n) {
    if (!n.object(COMPLAINT, "id", "kind", "received")) {
      return null;
    }
    int before = n.errors().size();
    String id = n.string("id");
    ComplaintKind kind = n.enumValue("kind", ComplaintKind.class);
    ComplaintSource source = n.enumValue("source", ComplaintSource.class);
    Optional<Category> subject = n.child("subject").map(ImprovementFormat::category);
    Optional<String> unitId = n.optionalString("unitId");
    Optional<String> summary = n.optionalString("summary");
    LocalDate received = n.date("received");
    LocalDate acknowledged = n.date("acknowledged");
    LocalDate answered = n.date("answered");
    LocalDate closed = n.date("closed");
    Satisfaction satisfaction = n.enumValue("satisfaction", Satisfaction.class);
    LocalDate delegation = n.date("delegationRequested");
    ComplaintStatus status = n.enumValue("status", ComplaintStatus.class);
    List<CaseEvent<ComplaintStatus, ComplaintCommandType>> history =
        history(n, ComplaintStatus.class, ComplaintCommandType.class);
    boolean protectedData = Boolean.TRUE.equals(n.bool(QualitySystemWriter.PROTECTED));
    if (n.errors().size() > before || id == null || kind == null || received == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          Complaint.Builder b =
              Complaint.builder()
                  .id(id)
                  .kind(kind)
                  .source(Optional.ofNullable(source))
                  .subject(subject)
                  .unitId(unitId)
                  .summary(summary)
                  .received(received)
                  .acknowledged(Optional.ofNullable(acknowledged))
                  .answered(Optional.ofNullable(answered))
                  .closed(Optional.ofNullable(closed))
                  .satisfaction(Optional.ofNullable(satisfaction))
                  .delegationRequested(Optional.ofNullable(delegation))
                  .addAllHistory(history)
                  .protectedPersonalData(protectedData);
          if (status != null) {
            b.status(status);
          }
          return b.build();
        });
  }

  static Deviation deviation(Node n) {
    if (!n.object(DEVIATION, "id", "unitId", "reported", "description")) {
      return null;
    }
    int before = n.errors().size();
    String id = n.string("id");
    String unitId = n.string("unitId");
    LocalDate occurred = n.date("occurred");
    LocalDate reported = n.date("reported");
    String description = n.string("description");
    Optional<Category> category = n.child("category").map(ImprovementFormat::category);
    Optional<PersonRef> investigator = n.child("investigator").map(QualitySystemReader::person);
    Optional<String> findings = n.optionalString("findings");
    DeviationOutcome outcome = n.enumValue("outcome", DeviationOutcome.class);
    List<String> actionIds = QualitySystemReader.strings(n.array("actionIds"));
    DeviationStatus status = n.enumValue("status", DeviationStatus.class);
    List<CaseEvent<DeviationStatus, DeviationCommandType>> history =
        history(n, DeviationStatus.class, DeviationCommandType.class);
    boolean protectedData = Boolean.TRUE.equals(n.bool(QualitySystemWriter.PROTECTED));
    if (n.errors().size() > before || id == null || unitId == null || reported == null || description == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          Deviation.Builder b =
              Deviation.builder()
                  .id(id)
                  .unitId(unitId)
                  .occurred(Optional.ofNullable(occurred))
                  .reported(reported)
                  .description(description)
                  .category(category)
                  .investigator(investigator)
                  .findings(findings)
                  .outcome(Optional.ofNullable(outcome))
                  .addAllActionIds(actionIds)
                  .addAllHistory(history)
                  .protectedPersonalData(protectedData);
          if (status != null) {
            b.status(status);
          }
          return b.build();
        });
  }

  static ImprovementAction action(Node n) {
    if (!n.object(ACTION, "id", "title", "origin", "purpose", "responsibleRole", "registered")) {
      return null;
    }
    int before = n.errors().size();
    String id = n.string("id");
    String title = n.string("title");
    ActionOrigin origin = n.enumValue("origin", ActionOrigin.class);
    Optional<String> originId = n.optionalString("originId");
    String processText = n.string("process");
    ProcessNumber process =
        processText == null
            ? null
            : QualitySystemReader.whole(n.errors(), n.pointer("process"), () -> ProcessNumber.parse(processText));
    ActionPurpose purpose = n.enumValue("purpose", ActionPurpose.class);
    String roleText = n.string("responsibleRole");
    Role role =
        roleText == null
            ? null
            : QualitySystemReader.whole(n.errors(), n.pointer("responsibleRole"), () -> Role.parse(roleText));
    Optional<PersonRef> responsible = n.child("responsible").map(QualitySystemReader::person);
    Optional<String> unitId = n.optionalString("unitId");
    LocalDate registered = n.date("registered");
    LocalDate due = n.date("due");
    LocalDate completed = n.date("completed");
    Optional<EffectEvaluation> evaluation = n.child("evaluation").map(ImprovementFormat::evaluation);
    ActionStatus status = n.enumValue("status", ActionStatus.class);
    List<CaseEvent<ActionStatus, ActionCommandType>> history =
        history(n, ActionStatus.class, ActionCommandType.class);
    if (n.errors().size() > before
        || id == null
        || title == null
        || origin == null
        || purpose == null
        || role == null
        || registered == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          ImprovementAction.Builder b =
              ImprovementAction.builder()
                  .id(id)
                  .title(title)
                  .origin(origin)
                  .originId(originId)
                  .process(Optional.ofNullable(process))
                  .purpose(purpose)
                  .responsibleRole(role)
                  .responsible(responsible)
                  .unitId(unitId)
                  .registered(registered)
                  .due(Optional.ofNullable(due))
                  .completed(Optional.ofNullable(completed))
                  .evaluation(evaluation)
                  .addAllHistory(history);
          if (status != null) {
            b.status(status);
          }
          return b.build();
        });
  }

  static Category category(Node n) {
    if (!n.object(CATEGORY, "code", "label")) {
      return null;
    }
    String code = n.string("code");
    String label = n.string("label");
    return code == null || label == null
        ? null
        : QualitySystemReader.build(n.errors(), n.pointer(), () -> Category.of(code, label));
  }

  private static EffectEvaluation evaluation(Node n) {
    if (!n.object(EVALUATION, "date", "effect")) {
      return null;
    }
    LocalDate date = n.date("date");
    Effect effect = n.enumValue("effect", Effect.class);
    Optional<String> summary = n.optionalString("summary");
    Optional<PersonRef> evaluator = n.child("evaluator").map(QualitySystemReader::person);
    if (date == null || effect == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () ->
            EffectEvaluation.builder()
                .date(date)
                .effect(effect)
                .summary(summary)
                .evaluator(evaluator)
                .build());
  }

  private static <S extends Enum<S>, C extends Enum<C> & CaseCommandType>
      List<CaseEvent<S, C>> history(Node n, Class<S> statusType, Class<C> commandType) {
    List<CaseEvent<S, C>> out = new ArrayList<>();
    for (Node e : n.array("history")) {
      if (!e.object(EVENT, "command", "from", "to", "date")) {
        continue;
      }
      C command = e.enumValue("command", commandType);
      S from = e.enumValue("from", statusType);
      S to = e.enumValue("to", statusType);
      LocalDate date = e.date("date");
      Optional<PersonRef> actor = e.child("actor").map(QualitySystemReader::person);
      Optional<String> note = e.optionalString("note");
      if (command != null && from != null && to != null && date != null) {
        CaseEvent<S, C> event =
            QualitySystemReader.build(e.errors(), e.pointer(), () -> CaseEvent.of(command, from, to, date, actor, note));
        if (event != null) {
          out.add(event);
        }
      }
    }
    return out;
  }

  static void write(JsonGenerator g, List<Complaint> complaints, List<Deviation> deviations, List<ImprovementAction> actions) {
    QualitySystemWriter.array(g, "complaints", complaints, ImprovementFormat::complaint);
    QualitySystemWriter.array(g, "deviations", deviations, ImprovementFormat::deviation);
    QualitySystemWriter.array(g, "actions", actions, ImprovementFormat::action);
  }

  private static void date(JsonGenerator g, String name, Optional<LocalDate> date) {
    QualitySystemWriter.optional(g, name, date.map(Object::toString));
  }

  private static void complaint(JsonGenerator g, Complaint c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    QualitySystemWriter.protectedFlag(g, c.protectedPersonalData());
    g.writeStringProperty("kind", c.kind().name());
    QualitySystemWriter.optional(g, "source", c.source().map(Enum::name));
    c.subject().ifPresent(s -> category(g, "subject", s));
    QualitySystemWriter.optional(g, "unitId", c.unitId());
    QualitySystemWriter.optional(g, "summary", c.summary());
    g.writeStringProperty("received", c.received().toString());
    date(g, "acknowledged", c.acknowledged());
    date(g, "answered", c.answered());
    date(g, "closed", c.closed());
    QualitySystemWriter.optional(g, "satisfaction", c.satisfaction().map(Enum::name));
    date(g, "delegationRequested", c.delegationRequested());
    g.writeStringProperty("status", c.status().name());
    history(g, c.history());
    g.writeEndObject();
  }

  private static void deviation(JsonGenerator g, Deviation d) {
    g.writeStartObject();
    g.writeStringProperty("id", d.id());
    QualitySystemWriter.protectedFlag(g, d.protectedPersonalData());
    g.writeStringProperty("unitId", d.unitId());
    date(g, "occurred", d.occurred());
    g.writeStringProperty("reported", d.reported().toString());
    g.writeStringProperty("description", d.description());
    d.category().ifPresent(c -> category(g, "category", c));
    d.investigator().ifPresent(p -> QualitySystemWriter.person(g, "investigator", p));
    QualitySystemWriter.optional(g, "findings", d.findings());
    QualitySystemWriter.optional(g, "outcome", d.outcome().map(Enum::name));
    if (!d.actionIds().isEmpty()) {
      g.writeName("actionIds");
      g.writeStartArray();
      for (String id : d.actionIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    g.writeStringProperty("status", d.status().name());
    history(g, d.history());
    g.writeEndObject();
  }

  private static void action(JsonGenerator g, ImprovementAction a) {
    g.writeStartObject();
    g.writeStringProperty("id", a.id());
    g.writeStringProperty("title", a.title());
    g.writeStringProperty("origin", a.origin().name());
    QualitySystemWriter.optional(g, "originId", a.originId());
    QualitySystemWriter.optional(g, "process", a.process().map(Object::toString));
    g.writeStringProperty("purpose", a.purpose().name());
    g.writeStringProperty("responsibleRole", a.responsibleRole().toString());
    a.responsible().ifPresent(p -> QualitySystemWriter.person(g, "responsible", p));
    QualitySystemWriter.optional(g, "unitId", a.unitId());
    g.writeStringProperty("registered", a.registered().toString());
    date(g, "due", a.due());
    date(g, "completed", a.completed());
    a.evaluation()
        .ifPresent(
            e -> {
              g.writeName("evaluation");
              g.writeStartObject();
              g.writeStringProperty("date", e.date().toString());
              g.writeStringProperty("effect", e.effect().name());
              QualitySystemWriter.optional(g, "summary", e.summary());
              e.evaluator().ifPresent(p -> QualitySystemWriter.person(g, "evaluator", p));
              g.writeEndObject();
            });
    g.writeStringProperty("status", a.status().name());
    history(g, a.history());
    g.writeEndObject();
  }

  static void category(JsonGenerator g, String name, Category c) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("code", c.code());
    g.writeStringProperty("label", c.label());
    g.writeEndObject();
  }

  private static <S extends Enum<S>, C extends Enum<C> & CaseCommandType> void history(
      JsonGenerator g, List<CaseEvent<S, C>> history) {
    QualitySystemWriter.array(
        g,
        "history",
        history,
        (gen, e) -> {
          gen.writeStartObject();
          gen.writeStringProperty("command", e.command().name());
          gen.writeStringProperty("from", e.from().name());
          gen.writeStringProperty("to", e.to().name());
          gen.writeStringProperty("date", e.date().toString());
          e.actor().ifPresent(p -> QualitySystemWriter.person(gen, "actor", p));
          QualitySystemWriter.optional(gen, "note", e.note());
          gen.writeEndObject();
        });
  }
}
