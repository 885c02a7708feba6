package se.qms.core.compliance;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.ResponsibilityMatrix;
import se.qms.core.process.ProcessMap;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.selfinspection.FollowUpPlan;
import se.qms.core.selfinspection.FollowUpPlanItem;

/**
 * One organisation's management system for systematic quality work (ledningssystem, SOSFS
 * 2011:9): its organisation and responsibility matrix, process map, indicators and measured
 * results.
 *
 * <p>Invariants: indicator ids are unique; every observation and reference value names an
 * indicator of the system; every indicator's process, when given, is in the process map, and its
 * unit in the organisation ({@link QmsErrorCode#DANGLING_REFERENCE}). Egenkontroll: checklist
 * templates are unique by id and version, completed checklists and follow-up items by id ({@link
 * QmsErrorCode#DUPLICATE_ID}); a completed checklist names a template version and a unit of the
 * system and answers only items of that template with values that fit them ({@link
 * QmsErrorCode#CHECKLIST_ANSWER_UNKNOWN_ITEM}, {@link QmsErrorCode#CHECKLIST_ANSWER_TYPE}), and a
 * follow-up item's unit, checklist template and process exist ({@link
 * QmsErrorCode#DANGLING_REFERENCE}). Complaints, deviations and actions are unique by id, yearly
 * compilations by year and case record sets by id ({@link
 * QmsErrorCode#DUPLICATE_ID}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class QualitySystem {
  QualitySystem() {}

  /** The organisation's name, e.g. "Örnsköldsviks kommun, Humanistiska nämnden". */
  public abstract String name();

  /** The organisational units. */
  @Value.Default
  public Organisation organisation() {
    return Organisation.empty();
  }

  /** Who does what in each PDCA phase. */
  @Value.Default
  public ResponsibilityMatrix responsibilities() {
    return ResponsibilityMatrix.empty();
  }

  /** The process map. */
  @Value.Default
  public ProcessMap processMap() {
    return ProcessMap.empty();
  }

  /** The indicators followed up. */
  public abstract List<Indicator> indicators();

  /** The measured results and reference values. */
  @Value.Default
  public MeasureData measureData() {
    return MeasureData.empty();
  }

  /** The checklist templates of egenkontroll. */
  public abstract List<ChecklistTemplate> checklistTemplates();

  /** The checklists completed. */
  public abstract List<CompletedChecklist> completedChecklists();

  /** The items of the follow-up plan (uppföljningsplan), in plan order. */
  public abstract List<FollowUpPlanItem> followUpPlanItems();

  /** The follow-up plan of {@link #followUpPlanItems()}. */
  public FollowUpPlan followUpPlan() {
    return FollowUpPlan.of(followUpPlanItems());
  }

  /** The template with this id and version. */
  public Optional<ChecklistTemplate> checklistTemplate(String id, int version) {
    return checklistTemplates().stream()
        .filter(t -> t.id().equals(id) && t.version() == version)
        .findFirst();
  }

  /** The indicator with this id. */
  public Optional<Indicator> indicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Complaints and comments (klagomål och synpunkter, SOSFS 2011:9 5 kap. 3 §). */
  public abstract List<se.qms.core.improvement.Complaint> complaints();

  /** Deviations (avvikelser). */
  public abstract List<se.qms.core.improvement.Deviation> deviations();

  /** Improvement actions (åtgärder, SOSFS 2011:9 5 kap. 7 §). */
  public abstract List<se.qms.core.improvement.ImprovementAction> actions();

  /**
   * The yearly compilations of complaints, comments and reports (SOSFS 2011:9 5 kap. 6 §), at
   * most one per year.
   */
  public abstract List<se.qms.core.improvement.YearlyCompilation> compilations();

  /**
   * Complaints and deviations known only as counts, one set per table (see {@link
   * se.qms.core.improvement.CaseRecordSet}); unique by id.
   */
  public abstract List<se.qms.core.improvement.CaseRecordSet> caseRecordSets();

  /** The compilation of a year, if one is recorded. */
  public Optional<se.qms.core.improvement.YearlyCompilation> compilation(int year) {
    return compilations().stream().filter(c -> c.year() == year).findFirst();
  }

  /**
   * The indexes by id and by {@code ProcessNumber} the compliance rules look records up in; built
   * once, on first use, and shared by every evaluation of this system.
   */
  @Value.Lazy
  SystemIndex index() {
    return SystemIndex.of(this);
  }

  /** Parts contributed by other modules, at most one of each class, in the order given. */
  public abstract java.util.List<QualitySystemPart> parts();

  /** The part of the given class, if the system has one. */
  public <T extends QualitySystemPart> java.util.Optional<T> part(Class<T> type) {
    return se.qms.core.internal.Parts.find(parts(), type);
  }

  /**
   * A copy with {@code complaints} in place of the present ones; every other field unchanged and
   * every invariant checked again.
   *
   * @param complaints unique by id; not null, no null elements
   */
  public abstract QualitySystem withComplaints(
      Iterable<? extends se.qms.core.improvement.Complaint> complaints);

  /**
   * A copy with {@code deviations} in place of the present ones; every other field unchanged and
   * every invariant checked again.
   *
   * @param deviations unique by id, each naming a unit of the organisation; not null, no null
   *     elements
   */
  public abstract QualitySystem withDeviations(
      Iterable<? extends se.qms.core.improvement.Deviation> deviations);

  /**
   * A copy with {@code parts} in place of the present ones; every other field unchanged and every
   * invariant checked again.
   *
   * @param parts at most one of each class; not null, no null elements
   */
  public abstract QualitySystem withParts(Iterable<? extends QualitySystemPart> parts);

  /** A strict builder; the name is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds quality systems. */
  public static final class Builder extends ImmutableQualitySystem.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    uniqueIds(complaints(), se.qms.core.improvement.Complaint::id, "complaints");
    uniqueIds(deviations(), se.qms.core.improvement.Deviation::id, "deviations");
    uniqueIds(actions(), se.qms.core.improvement.ImprovementAction::id, "actions");
    uniqueIds(compilations(), c -> Integer.toString(c.year()), "compilations");
    uniqueIds(caseRecordSets(), se.qms.core.improvement.CaseRecordSet::id, "caseRecordSets");
    for (int i = 0; i < deviations().size(); i++) {
      String unit = deviations().get(i).unitId();
      if (!organisation().units().isEmpty() && organisation().unit(unit).isEmpty()) {
        throw dangling("deviations[" + i + "].unitId", unit, "a unit of the organisation");
      }
    }
    for (int i = 0; i < actions().size(); i++) {
      se.qms.core.improvement.ImprovementAction a = actions().get(i);
      if (a.process().isPresent() && processMap().find(a.process().get()).isEmpty()) {
        throw dangling("actions[" + i + "].process", a.process().get(), "a process of the map");
      }
    }
    se.qms.core.internal.Parts.requireOnePerClass(parts());
    Checks.text(name(), 500, "name");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < indicators().size(); i++) {
      Indicator indicator = indicators().get(i);
      if (!ids.add(indicator.id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "indicators[" + i + "].id", indicator.id(), "must be unique");
      }
      if (indicator.process().isPresent() && processMap().find(indicator.process().get()).isEmpty()) {
        throw dangling("indicators[" + i + "].process", indicator.process().get(), "a process of the map");
      }
      if (indicator.unitId().isPresent() && organisation().unit(indicator.unitId().get()).isEmpty()) {
        throw dangling("indicators[" + i + "].unitId", indicator.unitId().get(), "a unit of the organisation");
      }
    }
    requireIndicators(measureData().observations(), Observation::indicatorId, "observations", ids);
    checkSelfInspection();
    requireIndicators(measureData().references(), ReferenceValue::indicatorId, "references", ids);
  }

  /**
   * Every value names an indicator of {@code ids}. Rows of one indicator follow each other and,
   * read from a document, share one id instance: each run is looked up once.
   */
  private static <T> void requireIndicators(
      List<T> values, java.util.function.Function<T, String> indicatorId, String field, Set<String> ids) {
    String known = null;
    for (int i = 0; i < values.size(); i++) {
      String id = indicatorId.apply(values.get(i));
      if (id != known) {
        if (!ids.contains(id)) {
          throw dangling(field + "[" + i + "].indicatorId", id, "an indicator");
        }
        known = id;
      }
    }
  }

  private void checkSelfInspection() {
    Set<String> templates = new HashSet<>();
    for (int i = 0; i < checklistTemplates().size(); i++) {
      ChecklistTemplate t = checklistTemplates().get(i);
      if (!templates.add(t.id() + "\u0000" + t.version())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "checklistTemplates[" + i + "].id", t.id(), "must be unique with its version");
      }
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < completedChecklists().size(); i++) {
      CompletedChecklist c = completedChecklists().get(i);
      if (!ids.add(c.id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "completedChecklists[" + i + "].id", c.id(), "must be unique");
      }
      if (!templates.contains(c.templateId() + "\u0000" + c.templateVersion())) {
        throw dangling("completedChecklists[" + i + "].templateId", c.templateId(), "a checklist template version");
      }
      ChecklistTemplate template = checklistTemplate(c.templateId(), c.templateVersion()).orElseThrow();
      try {
        template.evaluate(c);
      } catch (InvalidValueException e) {
        throw new InvalidValueException(
            e.code(), "completedChecklists[" + i + "].answers", e.rejectedValue().orElse(null), e.getMessage());
      }
      if (organisation().unit(c.unitId()).isEmpty()) {
        throw dangling("completedChecklists[" + i + "].unitId", c.unitId(), "a unit of the organisation");
      }
    }
    Set<String> templateIds = new HashSet<>();
    checklistTemplates().forEach(t -> templateIds.add(t.id()));
    Set<String> itemIds = new HashSet<>();
    for (int i = 0; i < followUpPlanItems().size(); i++) {
      FollowUpPlanItem item = followUpPlanItems().get(i);
      String at = "followUpPlanItems[" + i + "]";
      if (!itemIds.add(item.id())) {
        throw InvalidValueException.violates(QmsErrorCode.DUPLICATE_ID, at + ".id", item.id(), "must be unique");
      }
      if (item.unitId().isPresent() && organisation().unit(item.unitId().get()).isEmpty()) {
        throw dangling(at + ".unitId", item.unitId().get(), "a unit of the organisation");
      }
      if (item.checklistTemplateId().isPresent() && !templateIds.contains(item.checklistTemplateId().get())) {
        throw dangling(at + ".checklistTemplateId", item.checklistTemplateId().get(), "a checklist template");
      }
      if (item.process().isPresent() && processMap().find(item.process().get()).isEmpty()) {
        throw dangling(at + ".process", item.process().get(), "a process of the map");
      }
    }
  }

  private static <T> void uniqueIds(
      List<T> items, java.util.function.Function<T, String> id, String field) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      if (!seen.add(id.apply(items.get(i)))) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, field + "[" + i + "].id", id.apply(items.get(i)), "must be unique");
      }
    }
  }

  private static InvalidValueException dangling(String field, Object value, String what) {
    return InvalidValueException.violates(
        QmsErrorCode.DANGLING_REFERENCE, field, value, "must name " + what);
  }
}
