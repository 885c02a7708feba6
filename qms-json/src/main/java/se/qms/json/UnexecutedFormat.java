package se.qms.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Period;
import se.qms.core.organisation.PersonRef;
import se.qms.core.unexecuted.DelayReason;
import se.qms.core.unexecuted.ExecutionCommandType;
import se.qms.core.unexecuted.ExecutionEvent;
import se.qms.core.unexecuted.ExecutionStatus;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.Insats;
import se.qms.core.unexecuted.InsatsCatalogue;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.Recipient;
import se.qms.core.unexecuted.SubmittedReport;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import tools.jackson.core.JsonGenerator;

/**
 * Decisions not carried out: the register of favourable decisions and submitted quarterly reports
 * in a quality system, and the policy in a rule set.
 */
final class UnexecutedFormat {
  static final String DECISIONS = "unexecutedDecisions";
  static final String REPORTS = "unexecutedDecisionReports";
  static final String POLICY = "unexecutedDecisionPolicy";

  private static final Set<String> DECISION =
      Set.of(
          "id", "person", "insats", "decided", "gender", "delayReason", "delayReasonText", "status",
          "history", QualitySystemWriter.PROTECTED);
  private static final Set<String> INSATS = Set.of("law", "code", "label");
  private static final Set<String> EVENT = Set.of("command", "from", "to", "date", "note");
  private static final Set<String> REPORT = Set.of("quarter", "law", "recipient", "submitted");
  private static final Set<String> POLICY_PROPERTIES =
      Set.of(
          "insatser", "executionLimitMonths", "resumptionLimitMonths", "reportDueMonths",
          "recipients", "reportWhenNone", "solReportingReference", "lssReportingReference",
          "solSanctionReference", "lssSanctionReference", "sanctionMinimumKronor",
          "sanctionMaximumKronor", "sanctionNoteAfterMonths");

  private UnexecutedFormat() {}

  /** The register of a quality system; null when it has neither decisions nor reports. */
  static UnexecutedDecisionRegister readRegister(Node root) {
    List<Node> decisionNodes = root.array(DECISIONS);
    List<Node> reportNodes = root.array(REPORTS);
    List<FavourableDecision> decisions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node n : decisionNodes) {
      FavourableDecision d = decision(n);
      if (d == null) {
        continue;
      }
      if (!ids.add(d.id())) {
        n.errors().add(n.pointer("id"), QmsErrorCode.DUPLICATE_ID, "decision ids must be unique", d.id());
        continue;
      }
      decisions.add(d);
    }
    List<SubmittedReport> reports = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (Node n : reportNodes) {
      SubmittedReport r = report(n);
      if (r == null) {
        continue;
      }
      if (!keys.add(r.quarter() + "/" + r.law() + "/" + r.recipient())) {
        n.errors()
            .add(n.pointer(), QmsErrorCode.DUPLICATE_ID, "one report per quarter, law and recipient", r.quarter().toString());
        continue;
      }
      reports.add(r);
    }
    if (decisionNodes.isEmpty() && reportNodes.isEmpty()) {
      return null;
    }
    return QualitySystemReader.whole(
        root.errors(), root.pointer(DECISIONS), () -> UnexecutedDecisionRegister.of(decisions, reports));
  }

  private static FavourableDecision decision(Node n) {
    if (!n.object(DECISION, "id", "insats", "decided", "gender")) {
      return null;
    }
    int before = n.errors().size();
    String id = n.string("id");
    Optional<PersonRef> person = n.child("person").map(QualitySystemReader::person);
    Insats insats = n.child("insats").map(UnexecutedFormat::insats).orElse(null);
    LocalDate decided = n.date("decided");
    Gender gender = n.enumValue("gender", Gender.class);
    DelayReason reason = n.enumValue("delayReason", DelayReason.class);
    Optional<String> reasonText = n.optionalString("delayReasonText");
    ExecutionStatus status = n.enumValue("status", ExecutionStatus.class);
    List<ExecutionEvent> history = new ArrayList<>();
    for (Node e : n.array("history")) {
      ExecutionEvent event = event(e);
      if (event != null) {
        history.add(event);
      }
    }
    boolean protectedData = Boolean.TRUE.equals(n.bool(QualitySystemWriter.PROTECTED));
    if (n.errors().size() > before || id == null || insats == null || decided == null || gender == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          FavourableDecision.Builder b =
              FavourableDecision.builder()
                  .id(id)
                  .person(person)
                  .insats(insats)
                  .decided(decided)
                  .gender(gender)
                  .delayReason(Optional.ofNullable(reason))
                  .delayReasonText(reasonText)
                  .addAllHistory(history)
                  .protectedPersonalData(protectedData);
          if (status != null) {
            b.status(status);
          }
          return b.build();
        });
  }

  private static Insats insats(Node n) {
    if (!n.object(INSATS, "law", "code", "label")) {
      return null;
    }
    Law law = n.enumValue("law", Law.class);
    String code = n.string("code");
    String label = n.string("label");
    if (law == null || code == null || label == null) {
      return null;
    }
    return QualitySystemReader.build(n.errors(), n.pointer(), () -> Insats.of(law, code, label));
  }

  private static ExecutionEvent event(Node e) {
    if (!e.object(EVENT, "command", "from", "to", "date")) {
      return null;
    }
    ExecutionCommandType command = e.enumValue("command", ExecutionCommandType.class);
    ExecutionStatus from = e.enumValue("from", ExecutionStatus.class);
    ExecutionStatus to = e.enumValue("to", ExecutionStatus.class);
    LocalDate date = e.date("date");
    Optional<String> note = e.optionalString("note");
    if (command == null || from == null || to == null || date == null) {
      return null;
    }
    return QualitySystemReader.build(
        e.errors(),
        e.pointer(),
        () -> {
          ExecutionEvent event = ExecutionEvent.of(command, from, to, date);
          return note.isPresent() ? event.withNote(note.get()) : event;
        });
  }

  private static SubmittedReport report(Node n) {
    if (!n.object(REPORT, "quarter", "law", "recipient", "submitted")) {
      return null;
    }
    String quarterText = n.string("quarter");
    Period quarter =
        quarterText == null
            ? null
            : QualitySystemReader.whole(n.errors(), n.pointer("quarter"), () -> Period.parse(quarterText));
    Law law = n.enumValue("law", Law.class);
    Recipient recipient = n.enumValue("recipient", Recipient.class);
    LocalDate submitted = n.date("submitted");
    if (quarter == null || law == null || recipient == null || submitted == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(), n.pointer(), () -> SubmittedReport.of(quarter, law, recipient, submitted));
  }

  /** The policy of a rule set; null when the rule set has none. */
  static UnexecutedDecisionPolicy readPolicy(Node root) {
    Optional<Node> child = root.child(POLICY);
    if (child.isEmpty()) {
      return null;
    }
    Node n = child.get();
    if (!n.object(POLICY_PROPERTIES)) {
      return null;
    }
    int before = n.errors().size();
    List<Insats> insatser = QualitySystemReader.list(n.array("insatser"), UnexecutedFormat::insats);
    boolean catalogueGiven = n.has("insatser");
    Integer execution = n.integer("executionLimitMonths");
    Integer resumption = n.integer("resumptionLimitMonths");
    Integer due = n.integer("reportDueMonths");
    List<Recipient> recipients = new ArrayList<>();
    for (Node r : n.array("recipients")) {
      if (r.isString()) {
        Recipient value = null;
        for (Recipient candidate : Recipient.values()) {
          if (candidate.name().equals(r.text())) {
            value = candidate;
          }
        }
        if (value == null) {
          n.errors()
              .add(
                  r.pointer(),
                  QmsErrorCode.JSON_UNKNOWN_ENUM,
                  "must be one of " + java.util.Arrays.toString(Recipient.values()) + ", was \"" + r.text() + "\"",
                  r.text());
        } else if (recipients.contains(value)) {
          n.errors().add(r.pointer(), QmsErrorCode.DUPLICATE_ID, "recipients must be unique", r.text());
        } else {
          recipients.add(value);
        }
      } else {
        r.asString();
      }
    }
    boolean recipientsGiven = n.has("recipients");
    Boolean whenNone = n.bool("reportWhenNone");
    Optional<String> solReporting = n.optionalString("solReportingReference");
    Optional<String> lssReporting = n.optionalString("lssReportingReference");
    Optional<String> solSanction = n.optionalString("solSanctionReference");
    Optional<String> lssSanction = n.optionalString("lssSanctionReference");
    Long minimum = n.longInteger("sanctionMinimumKronor");
    Long maximum = n.longInteger("sanctionMaximumKronor");
    Integer note = n.integer("sanctionNoteAfterMonths");
    if (n.errors().size() > before) {
      return null;
    }
    InsatsCatalogue catalogue =
        catalogueGiven
            ? QualitySystemReader.whole(n.errors(), n.pointer("insatser"), () -> InsatsCatalogue.of(insatser))
            : InsatsCatalogue.defaults();
    if (catalogue == null) {
      return null;
    }
    return QualitySystemReader.build(
        n.errors(),
        n.pointer(),
        () -> {
          UnexecutedDecisionPolicy.Builder b = UnexecutedDecisionPolicy.builder().catalogue(catalogue);
          if (execution != null) {
            b.executionLimitMonths(execution);
          }
          if (resumption != null) {
            b.resumptionLimitMonths(resumption);
          }
          if (due != null) {
            b.reportDueMonths(due);
          }
          if (recipientsGiven) {
            b.reportsToIvo(recipients.contains(Recipient.IVO))
                .reportsToAuditors(recipients.contains(Recipient.AUDITORS))
                .reportsToCouncil(recipients.contains(Recipient.COUNCIL));
          }
          if (whenNone != null) {
            b.reportWhenNone(whenNone);
          }
          solReporting.ifPresent(b::solReportingReference);
          lssReporting.ifPresent(b::lssReportingReference);
          solSanction.ifPresent(b::solSanctionReference);
          lssSanction.ifPresent(b::lssSanctionReference);
          if (minimum != null) {
            b.sanctionMinimumKronor(minimum);
          }
          if (maximum != null) {
            b.sanctionMaximumKronor(maximum);
          }
          if (note != null) {
            b.sanctionNoteAfterMonths(note);
          }
          return b.build();
        });
  }

  static void writeRegister(JsonGenerator g, UnexecutedDecisionRegister register) {
    QualitySystemWriter.array(g, DECISIONS, register.decisions(), UnexecutedFormat::decision);
    QualitySystemWriter.array(g, REPORTS, register.reports(), UnexecutedFormat::report);
  }

  private static void decision(JsonGenerator g, FavourableDecision d) {
    g.writeStartObject();
    g.writeStringProperty("id", d.id());
    QualitySystemWriter.protectedFlag(g, d.protectedPersonalData());
    d.person().ifPresent(p -> QualitySystemWriter.person(g, "person", p));
    g.writeName("insats");
    insats(g, d.insats());
    g.writeStringProperty("decided", d.decided().toString());
    g.writeStringProperty("gender", d.gender().name());
    QualitySystemWriter.optional(g, "delayReason", d.delayReason().map(Enum::name));
    QualitySystemWriter.optional(g, "delayReasonText", d.delayReasonText());
    if (d.status() != ExecutionStatus.DECIDED) {
      g.writeStringProperty("status", d.status().name());
    }
    QualitySystemWriter.array(
        g,
        "history",
        d.history(),
        (gen, e) -> {
          gen.writeStartObject();
          gen.writeStringProperty("command", e.command().name());
          gen.writeStringProperty("from", e.from().name());
          gen.writeStringProperty("to", e.to().name());
          gen.writeStringProperty("date", e.date().toString());
          QualitySystemWriter.optional(gen, "note", e.note());
          gen.writeEndObject();
        });
    g.writeEndObject();
  }

  private static void insats(JsonGenerator g, Insats i) {
    g.writeStartObject();
    g.writeStringProperty("law", i.law().name());
    g.writeStringProperty("code", i.code());
    g.writeStringProperty("label", i.label());
    g.writeEndObject();
  }

  private static void report(JsonGenerator g, SubmittedReport r) {
    g.writeStartObject();
    g.writeStringProperty("quarter", r.quarter().toString());
    g.writeStringProperty("law", r.law().name());
    g.writeStringProperty("recipient", r.recipient().name());
    g.writeStringProperty("submitted", r.submitted().toString());
    g.writeEndObject();
  }

  static void writePolicy(JsonGenerator g, UnexecutedDecisionPolicy p) {
    UnexecutedDecisionPolicy d = UnexecutedDecisionPolicy.defaults();
    g.writeName(POLICY);
    g.writeStartObject();
    if (!p.catalogue().equals(d.catalogue())) {
      QualitySystemWriter.array(g, "insatser", p.catalogue().insatser(), UnexecutedFormat::insats);
    }
    number(g, "executionLimitMonths", p.executionLimitMonths(), d.executionLimitMonths());
    number(g, "resumptionLimitMonths", p.resumptionLimitMonths(), d.resumptionLimitMonths());
    number(g, "reportDueMonths", p.reportDueMonths(), d.reportDueMonths());
    if (!p.recipients().equals(d.recipients())) {
      g.writeName("recipients");
      g.writeStartArray();
      for (Recipient r : p.recipients()) {
        g.writeString(r.name());
      }
      g.writeEndArray();
    }
    if (p.reportWhenNone() != d.reportWhenNone()) {
      g.writeBooleanProperty("reportWhenNone", p.reportWhenNone());
    }
    text(g, "solReportingReference", p.solReportingReference(), d.solReportingReference());
    text(g, "lssReportingReference", p.lssReportingReference(), d.lssReportingReference());
    text(g, "solSanctionReference", p.solSanctionReference(), d.solSanctionReference());
    text(g, "lssSanctionReference", p.lssSanctionReference(), d.lssSanctionReference());
    number(g, "sanctionMinimumKronor", p.sanctionMinimumKronor(), d.sanctionMinimumKronor());
    number(g, "sanctionMaximumKronor", p.sanctionMaximumKronor(), d.sanctionMaximumKronor());
    number(g, "sanctionNoteAfterMonths", p.sanctionNoteAfterMonths(), d.sanctionNoteAfterMonths());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, long value, long defaultValue) {
    if (value != defaultValue) {
      g.writeNumberProperty(name, value);
    }
  }

  private static void text(JsonGenerator g, String name, String value, String defaultValue) {
    if (!value.equals(defaultValue)) {
      g.writeStringProperty(name, value);
    }
  }
}
