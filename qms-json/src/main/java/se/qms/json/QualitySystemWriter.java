package se.qms.json;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.organisation.Duty;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.PersonRef;
import se.qms.core.process.Activity;
import se.qms.core.process.Cooperation;
import se.qms.core.process.ProcessIndexAssessment;
import se.qms.core.process.ProcessIndexScale;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.Routine;
import se.qms.risk.RiskRegister;
import tools.jackson.core.JsonGenerator;

/**
 * Writes a {@code qms-quality-system} document: properties in a fixed order, elements in the
 * model's order, absent values and default values left out, so equal models give identical bytes.
 */
final class QualitySystemWriter {
  private QualitySystemWriter() {}

  static void write(QualitySystem system, JsonGenerator g) {
    g.writeStartObject();
    g.writeStringProperty("format", QualitySystemReader.FORMAT);
    g.writeNumberProperty("formatVersion", QualitySystemReader.VERSION);
    g.writeStringProperty("name", system.name());
    array(g, "units", system.organisation().units(), QualitySystemWriter::unit);
    array(g, "responsibilities", system.responsibilities().duties(), QualitySystemWriter::duty);
    ProcessIndexScale scale = system.processMap().scale();
    if (!scale.equals(ProcessIndexScale.defaultScale())) {
      g.writeName("processIndexScale");
      g.writeStartArray();
      for (String d : scale.descriptors()) {
        g.writeString(d);
      }
      g.writeEndArray();
    }
    array(g, "processes", system.processMap().nodes(), QualitySystemWriter::process);
    array(g, "indicators", system.indicators(), QualitySystemWriter::indicator);
    array(g, "observations", system.measureData().observations(), QualitySystemWriter::observation);
    array(g, "references", system.measureData().references(), QualitySystemWriter::reference);
    system.part(RiskRegister.class).ifPresent(r -> RiskFormat.writeRegister(g, r));
    ImprovementFormat.write(g, system.complaints(), system.deviations(), system.actions());
    ImprovementFormat.writeCompilations(g, system.compilations());
    CaseRecordSetFormat.write(g, system.caseRecordSets());
    SelfInspectionFormat.write(
        g, system.checklistTemplates(), system.completedChecklists(), system.followUpPlanItems());
    system
        .part(se.qms.core.unexecuted.UnexecutedDecisionRegister.class)
        .ifPresent(r -> UnexecutedFormat.writeRegister(g, r));
    system
        .part(se.qms.core.lexsarah.LexSarahRegister.class)
        .ifPresent(r -> LexSarahFormat.writeRegister(g, r));
    g.writeEndObject();
  }

  interface ElementWriter<T> {
    void write(JsonGenerator g, T value);
  }

  static <T> void array(JsonGenerator g, String name, List<T> values, ElementWriter<T> writer) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T v : values) {
      writer.write(g, v);
    }
    g.writeEndArray();
  }

  static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static void optional(JsonGenerator g, String name, OptionalDouble value) {
    if (value.isPresent()) {
      g.writeName(name);
      g.writeNumber(value.getAsDouble());
    }
  }

  private static void unit(JsonGenerator g, OrganisationUnit u) {
    g.writeStartObject();
    g.writeStringProperty("id", u.id());
    g.writeStringProperty("name", u.name());
    g.writeStringProperty("kind", u.kind().name());
    optional(g, "parentId", u.parentId());
    g.writeEndObject();
  }

  private static void duty(JsonGenerator g, Duty d) {
    g.writeStartObject();
    g.writeStringProperty("phase", d.phase().name());
    g.writeStringProperty("role", d.role().toString());
    g.writeStringProperty("text", d.text());
    optional(g, "source", d.source());
    g.writeEndObject();
  }

  /** The name of a case's "skyddade personuppgifter" flag in every case object. */
  static final String PROTECTED = "protectedPersonalData";

  /** A case's "skyddade personuppgifter" flag: {@code true}, or nothing when it is not set. */
  static void protectedFlag(JsonGenerator g, boolean value) {
    if (value) {
      g.writeBooleanProperty(PROTECTED, true);
    }
  }

  static void person(JsonGenerator g, String name, PersonRef p) {
    g.writeName(name);
    g.writeStartObject();
    g.writeStringProperty("id", p.id());
    g.writeStringProperty("displayName", p.displayName());
    g.writeEndObject();
  }

  private static void process(JsonGenerator g, ProcessNode n) {
    g.writeStartObject();
    g.writeStringProperty("number", n.number().toString());
    g.writeStringProperty("kind", n.kind().name());
    g.writeStringProperty("title", n.title());
    optional(g, "description", n.description());
    optional(g, "category", n.category().map(Enum::name));
    n.owner().ifPresent(p -> person(g, "owner", p));
    n.leader().ifPresent(p -> person(g, "leader", p));
    array(g, "cooperation", n.cooperation(), QualitySystemWriter::cooperation);
    array(g, "routines", n.routines(), QualitySystemWriter::routine);
    array(g, "processIndexAssessments", n.processIndexAssessments(), QualitySystemWriter::assessment);
    n.processIndexTarget()
        .ifPresent(
            t -> {
              g.writeName("processIndexTarget");
              g.writeStartObject();
              g.writeNumberProperty("level", t.level());
              g.writeStringProperty("targetDate", t.targetDate().toString());
              g.writeEndObject();
            });
    g.writeEndObject();
  }

  private static void cooperation(JsonGenerator g, Cooperation c) {
    g.writeStartObject();
    g.writeStringProperty("party", c.party());
    g.writeStringProperty("scope", c.scope().name());
    optional(g, "how", c.how());
    g.writeEndObject();
  }

  private static void routine(JsonGenerator g, Routine r) {
    g.writeStartObject();
    g.writeStringProperty("title", r.title());
    array(g, "activities", r.activities(), QualitySystemWriter::activity);
    g.writeEndObject();
  }

  private static void activity(JsonGenerator g, Activity a) {
    g.writeStartObject();
    g.writeStringProperty("description", a.description());
    g.writeStringProperty("responsible", a.responsible().toString());
    g.writeEndObject();
  }

  private static void assessment(JsonGenerator g, ProcessIndexAssessment a) {
    g.writeStartObject();
    g.writeNumberProperty("level", a.level());
    g.writeStringProperty("date", a.date().toString());
    person(g, "assessor", a.assessor());
    g.writeEndObject();
  }

  private static void indicator(JsonGenerator g, Indicator i) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id());
    g.writeStringProperty("title", i.title());
    optional(g, "titleEn", i.titleEn());
    g.writeStringProperty("unit", i.unit().name());
    g.writeStringProperty("direction", i.direction().name());
    if (i.decimals() != 0) {
      g.writeNumberProperty("decimals", i.decimals());
    }
    optional(g, "koladaKpi", i.koladaKpi());
    if (i.genderSplit()) {
      g.writeBooleanProperty("genderSplit", true);
    }
    optional(g, "process", i.process().map(Object::toString));
    optional(g, "unitId", i.unitId());
    g.writeEndObject();
  }

  private static void observation(JsonGenerator g, Observation o) {
    g.writeStartObject();
    g.writeStringProperty("indicatorId", o.indicatorId());
    optional(g, "unitId", o.unitId());
    g.writeStringProperty("period", o.period().toString());
    optional(g, "total", o.total());
    optional(g, "women", o.women());
    optional(g, "men", o.men());
    if (o.source() != ObservationSource.OWN_MEASUREMENT) {
      g.writeStringProperty("source", o.source().name());
    }
    optional(g, "missingReason", o.missingReason());
    g.writeEndObject();
  }

  private static void reference(JsonGenerator g, ReferenceValue r) {
    g.writeStartObject();
    g.writeStringProperty("indicatorId", r.indicatorId());
    g.writeStringProperty("period", r.period().toString());
    g.writeStringProperty("kind", r.kind().name());
    optional(g, "name", r.name());
    g.writeName("value");
    g.writeNumber(r.value());
    g.writeEndObject();
  }
}
