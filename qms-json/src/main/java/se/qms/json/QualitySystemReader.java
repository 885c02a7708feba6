package se.qms.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.organisation.Duty;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.PdcaPhase;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.ResponsibilityMatrix;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;
import se.qms.core.process.Activity;
import se.qms.core.process.Cooperation;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessIndexAssessment;
import se.qms.core.process.ProcessIndexScale;
import se.qms.core.process.ProcessIndexTarget;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;
import se.qms.core.process.Routine;
import se.qms.risk.RiskRegister;

/** Reads a {@code qms-quality-system} document, collecting every error before building anything. */
final class QualitySystemReader {
  static final String FORMAT = "qms-quality-system";
  static final int VERSION = 1;

  private static final Set<String> ROOT =
      Set.of(
          "format", "formatVersion", "name", "units", "responsibilities", "processIndexScale",
          "processes", "indicators", "observations", "references", "risks", "checklistTemplates",
          "completedChecklists", "followUpPlan", "complaints", "deviations", "actions",
          UnexecutedFormat.DECISIONS, UnexecutedFormat.REPORTS, "compilations", "lexSarahCases",
          CaseRecordSetFormat.SETS);
  private static final Set<String> UNIT = Set.of("id", "name", "kind", "parentId");
  private static final Set<String> DUTY = Set.of("phase", "role", "text", "source");
  private static final Set<String> PERSON = Set.of("id", "displayName");
  private static final Set<String> PROCESS =
      Set.of(
          "number", "kind", "title", "description", "category", "owner", "leader", "cooperation",
          "routines", "processIndexAssessments", "processIndexTarget");
  private static final Set<String> COOPERATION = Set.of("party", "scope", "how");
  private static final Set<String> ROUTINE = Set.of("title", "activities");
  private static final Set<String> ACTIVITY = Set.of("description", "responsible");
  private static final Set<String> ASSESSMENT = Set.of("level", "date", "assessor");
  private static final Set<String> TARGET = Set.of("level", "targetDate");
  private static final Set<String> INDICATOR =
      Set.of(
          "id", "title", "titleEn", "unit", "direction", "decimals", "koladaKpi", "genderSplit",
          "process", "unitId");
  private static final Set<String> OBSERVATION =
      Set.of("indicatorId", "unitId", "period", "total", "women", "men", "source", "missingReason");
  private static final Set<String> REFERENCE = Set.of("indicatorId", "period", "kind", "name", "value");

  private QualitySystemReader() {}

  static QualitySystem read(Node root) {
    return read(root, null);
  }

  /**
   * Reads a quality system; {@code streamed}, when given, holds the observations and references
   * already read from the token stream (the tree then lacks them).
   */
  static QualitySystem read(Node root, MeasureStream streamed) {
    Errors errors = root.errors();
    if (!root.object(ROOT, "format", "formatVersion", "name")
        || !JsonSource.checkFormat(root, FORMAT, VERSION)) {
      errors.throwIfAny();
    }
    String name = root.string("name");
    List<OrganisationUnit> units = list(root.array("units"), QualitySystemReader::unit);
    List<Duty> duties = list(root.array("responsibilities"), QualitySystemReader::duty);
    ProcessIndexScale scale = scale(root);
    List<ProcessNode> nodes = list(root.array("processes"), QualitySystemReader::process);
    List<Indicator> indicators = list(root.array("indicators"), QualitySystemReader::indicator);
    List<Observation> observations;
    List<ReferenceValue> references;
    List<Integer> observationIndexes;
    List<Integer> referenceIndexes;
    if (streamed == null) {
      observationIndexes = new ArrayList<>();
      referenceIndexes = new ArrayList<>();
      observations = indexed(root.array("observations"), QualitySystemReader::observation, observationIndexes);
      references = indexed(root.array("references"), QualitySystemReader::reference, referenceIndexes);
    } else {
      errors.addAll(streamed.observationErrors);
      errors.addAll(streamed.referenceErrors);
      observations = streamed.observations;
      references = streamed.references;
      observationIndexes = streamed.observationIndexes;
      referenceIndexes = streamed.referenceIndexes;
    }

    checkUnits(root, units);
    checkProcesses(root, nodes);
    checkReferences(
        root, units, nodes, indicators, observations, observationIndexes, references, referenceIndexes);
    RiskRegister risks =
        RiskFormat.readRegister(root, declared(root, "processes", "number"), declared(root, "units", "id"));
    SelfInspectionFormat.Parts selfInspection =
        SelfInspectionFormat.read(root, declared(root, "units", "id"), declared(root, "processes", "number"));
    List<se.qms.core.improvement.Complaint> complaints =
        ImprovementFormat.read(root, "complaints", ImprovementFormat::complaint, c -> c.id());
    List<se.qms.core.improvement.Deviation> deviations =
        ImprovementFormat.read(root, "deviations", ImprovementFormat::deviation, d -> d.id());
    List<se.qms.core.improvement.ImprovementAction> actions =
        ImprovementFormat.read(root, "actions", ImprovementFormat::action, a -> a.id());
    List<se.qms.core.improvement.YearlyCompilation> compilations = ImprovementFormat.compilations(root);
    List<se.qms.core.improvement.CaseRecordSet> caseRecordSets = CaseRecordSetFormat.read(root);
    checkCases(root, deviations, actions);
    se.qms.core.unexecuted.UnexecutedDecisionRegister unexecuted = UnexecutedFormat.readRegister(root);
    se.qms.core.lexsarah.LexSarahRegister lexSarah = LexSarahFormat.readRegister(root);
    errors.throwIfAny();
    Organisation organisation = whole(errors, root.pointer("units"), () -> Organisation.of(units));
    ProcessMap map = whole(errors, root.pointer("processes"), () -> ProcessMap.of(nodes, scale));
    MeasureData data =
        whole(errors, root.pointer("observations"), () -> MeasureData.of(observations, references));
    errors.throwIfAny();
    QualitySystem system =
        build(
            errors,
            "",
            () ->
                QualitySystem.builder()
                    .name(name)
                    .organisation(organisation)
                    .responsibilities(ResponsibilityMatrix.of(duties))
                    .processMap(map)
                    .addAllIndicators(indicators)
                    .measureData(data)
                    .addAllParts(risks == null ? List.of() : List.of(risks))
                    .addAllParts(unexecuted == null ? List.of() : List.of(unexecuted))
                    .addAllParts(lexSarah == null ? List.of() : List.of(lexSarah))
                    .addAllChecklistTemplates(selfInspection.templates())
                    .addAllCompletedChecklists(selfInspection.completed())
                    .addAllFollowUpPlanItems(selfInspection.plan())
                    .addAllComplaints(complaints)
                    .addAllDeviations(deviations)
                    .addAllActions(actions)
                    .addAllCompilations(compilations)
                    .addAllCaseRecordSets(caseRecordSets)
                    .build());
    errors.throwIfAny();
    return system;
  }

  /** Builds a value, recording a model exception at {@code pointer} instead of throwing. */
  static <T> T build(Errors errors, String pointer, Supplier<T> builder) {
    try {
      return errors.checked(pointer, builder.get());
    } catch (InvalidValueException e) {
      errors.add(pointer, e);
      return null;
    }
  }

  /**
   * Builds a value whose exception is placed exactly at {@code pointer}: a parsed property (its
   * field name is the type's, not the property's) or a collection (its exception names elements by
   * id rather than position).
   */
  static <T> T whole(Errors errors, String pointer, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      String message = e.getMessage();
      errors.add(pointer, e.code(), message.substring(message.indexOf(": ") + 2), e.rejectedValue().orElse(null));
      return null;
    }
  }

  /** Deviations in units and actions in processes that do not exist, all of them. */
  private static void checkCases(
      Node root,
      List<se.qms.core.improvement.Deviation> deviations,
      List<se.qms.core.improvement.ImprovementAction> actions) {
    Set<String> units = declared(root, "units", "id");
    Set<String> numbers = declared(root, "processes", "number");
    List<Node> deviationNodes = root.array("deviations");
    for (int i = 0; i < deviations.size(); i++) {
      String unit = deviations.get(i).unitId();
      if (!units.isEmpty() && !units.contains(unit)) {
        String at = root.pointer("deviations") + "/" + indexOf(deviationNodes, "id", deviations.get(i).id(), i);
        root.errors().add(at + "/unitId", QmsErrorCode.DANGLING_REFERENCE, "must name a unit", unit);
      }
    }
    List<Node> actionNodes = root.array("actions");
    for (int i = 0; i < actions.size(); i++) {
      Optional<ProcessNumber> p = actions.get(i).process();
      if (p.isPresent() && !numbers.contains(p.get().toString())) {
        String at = root.pointer("actions") + "/" + indexOf(actionNodes, "id", actions.get(i).id(), i);
        root.errors()
            .add(at + "/process", QmsErrorCode.DANGLING_REFERENCE, "must name a process of the map", p.get().toString());
      }
    }
  }

  /** The string values of a property over an array's elements, read or not. */
  private static Set<String> declared(Node root, String array, String property) {
    Set<String> ids = new HashSet<>();
    for (Node n : root.array(array)) {
      n.child(property).filter(c -> c.isString()).ifPresent(c -> ids.add(c.text()));
    }
    return ids;
  }

  /** Duplicate unit ids and parents that are not units, all of them. */
  private static void checkUnits(Node root, List<OrganisationUnit> units) {
    List<Node> nodes = root.array("units");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < units.size(); i++) {
      String at = root.pointer("units") + "/" + indexOf(nodes, "id", units.get(i).id(), i);
      if (!ids.add(units.get(i).id())) {
        root.errors().add(at + "/id", QmsErrorCode.DUPLICATE_ID, "unit id must be unique", units.get(i).id());
      }
    }
    Set<String> declared = declared(root, "units", "id");
    for (int i = 0; i < units.size(); i++) {
      OrganisationUnit u = units.get(i);
      if (u.parentId().isPresent() && !declared.contains(u.parentId().get())) {
        String at = root.pointer("units") + "/" + indexOf(nodes, "id", u.id(), i);
        root.errors()
            .add(at + "/parentId", QmsErrorCode.DANGLING_REFERENCE, "must name a unit", u.parentId().get());
      }
    }
  }

  /** Duplicate process numbers and nodes without a parent node, all of them. */
  private static void checkProcesses(Node root, List<ProcessNode> processes) {
    List<Node> nodes = root.array("processes");
    Set<ProcessNumber> numbers = new HashSet<>();
    for (int i = 0; i < processes.size(); i++) {
      ProcessNumber n = processes.get(i).number();
      String at = root.pointer("processes") + "/" + indexOf(nodes, "number", n.toString(), i);
      if (!numbers.add(n)) {
        root.errors().add(at + "/number", QmsErrorCode.DUPLICATE_ID, "process number must be unique", n.toString());
      }
    }
    for (int i = 0; i < processes.size(); i++) {
      ProcessNode p = processes.get(i);
      boolean orphan =
          p.kind() != ProcessNodeKind.CATEGORY
              && p.number().parent().map(parent -> !numbers.contains(parent)).orElse(true);
      if (orphan) {
        String at = root.pointer("processes") + "/" + indexOf(nodes, "number", p.number().toString(), i);
        root.errors()
            .add(
                at + "/number",
                QmsErrorCode.PROCESS_NOT_UNDER_PARENT,
                "must extend the number of a node in the map",
                p.number().toString());
      }
    }
  }

  /** As {@link #list}, also recording the array index of each element read. */
  static <T> List<T> indexed(
      List<Node> nodes, java.util.function.Function<Node, T> reader, List<Integer> indexes) {
    List<T> out = new ArrayList<>(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      T value = reader.apply(nodes.get(i));
      if (value != null) {
        out.add(value);
        indexes.add(i);
      }
    }
    return out;
  }

  /** The strings of an array; elements that are not strings are reported and left out. */
  static List<String> strings(List<Node> nodes) {
    List<String> out = new ArrayList<>();
    for (Node n : nodes) {
      String s = n.asString();
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** Reads each element; elements with errors are left out (the errors are recorded). */
  static <T> List<T> list(List<Node> nodes, java.util.function.Function<Node, T> reader) {
    List<T> out = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      T value = reader.apply(n);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** Reports duplicate ids and dangling references, all of them, with pointers. */
  private static void checkReferences(
      Node root,
      List<OrganisationUnit> units,
      List<ProcessNode> nodes,
      List<Indicator> indicators,
      List<Observation> observations,
      List<Integer> observationIndexes,
      List<ReferenceValue> references,
      List<Integer> referenceIndexes) {
    Errors errors = root.errors();
    // ids of elements that failed to read count as declared, so their errors do not cascade
    Set<String> unitIds = declared(root, "units", "id");
    Set<String> numberTexts = declared(root, "processes", "number");
    Set<ProcessNumber> numbers = new HashSet<>();
    nodes.forEach(n -> numbers.add(n.number()));
    Map<String, Integer> indicatorIds = new HashMap<>(indicators.size() * 4 / 3 + 1);
    ElementPointers indicatorNodes = new ElementPointers(root, "indicators");
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicatorIds.putIfAbsent(indicator.id(), i) != null) {
        errors.add(
            at(root, indicatorNodes, indicator, i) + "/id",
            QmsErrorCode.DUPLICATE_ID,
            "indicator id must be unique",
            indicator.id());
      }
      Optional<ProcessNumber> process = indicator.process();
      if (process.isPresent()
          && !numbers.contains(process.get())
          && !numberTexts.contains(process.get().toString())) {
        errors.add(
            at(root, indicatorNodes, indicator, i) + "/process",
            QmsErrorCode.DANGLING_REFERENCE,
            "must name a process of the map",
            process.get().toString());
      }
      Optional<String> unit = indicator.unitId();
      if (unit.isPresent() && !unitIds.contains(unit.get())) {
        errors.add(
            at(root, indicatorNodes, indicator, i) + "/unitId",
            QmsErrorCode.DANGLING_REFERENCE,
            "must name a unit",
            unit.get());
      }
    }
    // when every element was read, the ids read are the ids declared
    Set<String> declaredIndicators =
        indicators.size() == root.json().path("indicators").size()
            ? indicatorIds.keySet()
            : declared(root, "indicators", "id");
    danglingIndicators(root, "observations", observations, Observation::indicatorId, observationIndexes, declaredIndicators);
    danglingIndicators(root, "references", references, ReferenceValue::indicatorId, referenceIndexes, declaredIndicators);
  }

  /**
   * Reports each element of an array whose indicator is not declared. Rows of one indicator follow
   * each other and, read from one document, share one id instance: each run is looked up once.
   */
  private static <T> void danglingIndicators(
      Node root,
      String array,
      List<T> values,
      java.util.function.Function<T, String> indicatorId,
      List<Integer> indexes,
      Set<String> declared) {
    String known = null;
    for (int i = 0; i < values.size(); i++) {
      String id = indicatorId.apply(values.get(i));
      if (id == known) {
        continue;
      }
      if (declared.contains(id)) {
        known = id;
      } else {
        root.errors()
            .add(
                root.pointer(array) + "/" + indexes.get(i) + "/indicatorId",
                QmsErrorCode.DANGLING_REFERENCE,
                "must name an indicator",
                id);
      }
    }
  }

  /** The array index of the element whose property equals {@code value}, at or after {@code from}. */
  /** The pointer of the indicator read as the {@code i}th, made only when there is an error. */
  private static String at(Node root, ElementPointers nodes, Indicator indicator, int i) {
    return root.pointer("indicators") + "/" + indexOf(nodes.nodes(), "id", indicator.id(), i);
  }

  /** An array's element nodes, made the first time an error needs one's position. */
  private static final class ElementPointers {
    private final Node root;
    private final String array;
    private List<Node> nodes;

    ElementPointers(Node root, String array) {
      this.root = root;
      this.array = array;
    }

    List<Node> nodes() {
      if (nodes == null) {
        nodes = root.array(array);
      }
      return nodes;
    }
  }

  private static int indexOf(List<Node> nodes, String property, String value, int from) {
    for (int i = from; i < nodes.size(); i++) {
      Optional<Node> c = nodes.get(i).child(property);
      if (c.isPresent() && c.get().isString() && value.equals(c.get().text())) {
        return i;
      }
    }
    return from;
  }

  private static OrganisationUnit unit(Node n) {
    if (!n.object(UNIT, "id", "name", "kind")) {
      return null;
    }
    String id = n.string("id");
    String name = n.string("name");
    UnitKind kind = n.enumValue("kind", UnitKind.class);
    Optional<String> parent = n.optionalString("parentId");
    if (id == null || name == null || kind == null) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> OrganisationUnit.builder().id(id).name(name).kind(kind).parentId(parent).build());
  }

  private static Duty duty(Node n) {
    if (!n.object(DUTY, "phase", "role", "text")) {
      return null;
    }
    PdcaPhase phase = n.enumValue("phase", PdcaPhase.class);
    String roleText = n.string("role");
    String text = n.string("text");
    Optional<String> source = n.optionalString("source");
    Role role = roleText == null ? null : whole(n.errors(), n.pointer("role"), () -> Role.parse(roleText));
    if (phase == null || role == null || text == null) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> Duty.builder().phase(phase).role(role).text(text).source(source).build());
  }

  private static ProcessIndexScale scale(Node root) {
    List<Node> items = root.array("processIndexScale");
    if (items.isEmpty()) {
      return ProcessIndexScale.defaultScale();
    }
    List<String> texts = new ArrayList<>();
    for (Node item : items) {
      String s = item.asString();
      if (s != null) {
        texts.add(s);
      }
    }
    ProcessIndexScale scale =
        whole(root.errors(), root.pointer("processIndexScale"), () -> ProcessIndexScale.of(texts));
    return scale == null ? ProcessIndexScale.defaultScale() : scale;
  }

  /** A pseudonymous person reference: {@code {"id", "displayName"}}. */
  static PersonRef person(Node n) {
    if (!n.object(PERSON, "id", "displayName")) {
      return null;
    }
    String id = n.string("id");
    String displayName = n.string("displayName");
    if (id == null || displayName == null) {
      return null;
    }
    return build(n.errors(), n.pointer(), () -> PersonRef.of(id, displayName));
  }

  private static ProcessNode process(Node n) {
    if (!n.object(PROCESS, "number", "kind", "title")) {
      return null;
    }
    String numberText = n.string("number");
    ProcessNumber number =
        numberText == null
            ? null
            : whole(n.errors(), n.pointer("number"), () -> ProcessNumber.parse(numberText));
    ProcessNodeKind kind = n.enumValue("kind", ProcessNodeKind.class);
    String title = n.string("title");
    Optional<String> description = n.optionalString("description");
    ProcessCategory category = n.enumValue("category", ProcessCategory.class);
    Optional<PersonRef> owner = n.child("owner").map(QualitySystemReader::person);
    Optional<PersonRef> leader = n.child("leader").map(QualitySystemReader::person);
    List<Cooperation> cooperation = list(n.array("cooperation"), QualitySystemReader::cooperation);
    List<Routine> routines = list(n.array("routines"), QualitySystemReader::routine);
    List<ProcessIndexAssessment> assessments =
        list(n.array("processIndexAssessments"), QualitySystemReader::assessment);
    Optional<ProcessIndexTarget> target = n.child("processIndexTarget").map(QualitySystemReader::target);
    if (number == null || kind == null || title == null) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () ->
            ProcessNode.builder()
                .number(number)
                .kind(kind)
                .title(title)
                .description(description)
                .category(Optional.ofNullable(category))
                .owner(owner)
                .leader(leader)
                .addAllCooperation(cooperation)
                .addAllRoutines(routines)
                .addAllProcessIndexAssessments(assessments)
                .processIndexTarget(target)
                .build());
  }

  private static Cooperation cooperation(Node n) {
    if (!n.object(COOPERATION, "party", "scope")) {
      return null;
    }
    String party = n.string("party");
    Cooperation.Scope scope = n.enumValue("scope", Cooperation.Scope.class);
    Optional<String> how = n.optionalString("how");
    if (party == null || scope == null) {
      return null;
    }
    return build(n.errors(), n.pointer(), () -> Cooperation.builder().party(party).scope(scope).how(how).build());
  }

  private static Routine routine(Node n) {
    if (!n.object(ROUTINE, "title", "activities")) {
      return null;
    }
    String title = n.string("title");
    List<Activity> activities = list(n.array("activities"), QualitySystemReader::activity);
    if (title == null) {
      return null;
    }
    return build(n.errors(), n.pointer(), () -> Routine.of(title, activities));
  }

  private static Activity activity(Node n) {
    if (!n.object(ACTIVITY, "description", "responsible")) {
      return null;
    }
    String description = n.string("description");
    String roleText = n.string("responsible");
    Role role =
        roleText == null ? null : whole(n.errors(), n.pointer("responsible"), () -> Role.parse(roleText));
    if (description == null || role == null) {
      return null;
    }
    return build(n.errors(), n.pointer(), () -> Activity.of(description, role));
  }

  private static ProcessIndexAssessment assessment(Node n) {
    if (!n.object(ASSESSMENT, "level", "date", "assessor")) {
      return null;
    }
    Integer level = n.integer("level");
    LocalDate date = n.date("date");
    PersonRef assessor = n.child("assessor").map(QualitySystemReader::person).orElse(null);
    if (level == null || date == null || assessor == null) {
      return null;
    }
    return build(n.errors(), n.pointer(), () -> ProcessIndexAssessment.of(level, date, assessor));
  }

  private static ProcessIndexTarget target(Node n) {
    if (!n.object(TARGET, "level", "targetDate")) {
      return null;
    }
    Integer level = n.integer("level");
    LocalDate date = n.date("targetDate");
    if (level == null || date == null) {
      return null;
    }
    return build(n.errors(), n.pointer(), () -> ProcessIndexTarget.of(level, date));
  }

  private static Indicator indicator(Node n) {
    if (!n.object(INDICATOR, "id", "title", "unit", "direction")) {
      return null;
    }
    String id = n.string("id");
    String title = n.string("title");
    Optional<String> titleEn = n.optionalString("titleEn");
    MeasureUnit unit = n.enumValue("unit", MeasureUnit.class);
    Direction direction = n.enumValue("direction", Direction.class);
    Integer decimals = n.integer("decimals");
    Optional<String> kpi = n.optionalString("koladaKpi");
    Boolean split = n.bool("genderSplit");
    String processText = n.string("process");
    ProcessNumber process =
        processText == null
            ? null
            : whole(n.errors(), n.pointer("process"), () -> ProcessNumber.parse(processText));
    Optional<String> unitId = n.optionalString("unitId");
    if (id == null || title == null || unit == null || direction == null) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> {
          Indicator.Builder b =
              Indicator.builder()
                  .id(id)
                  .title(title)
                  .titleEn(titleEn)
                  .unit(unit)
                  .direction(direction)
                  .koladaKpi(kpi)
                  .process(Optional.ofNullable(process))
                  .unitId(unitId);
          if (decimals != null) {
            b.decimals(decimals);
          }
          if (split != null) {
            b.genderSplit(split);
          }
          return b.build();
        });
  }

  private static Period period(Node n) {
    String text = n.string("period");
    return text == null ? null : whole(n.errors(), n.pointer("period"), () -> Period.parse(text));
  }

  private static Observation observation(Node n) {
    if (!n.object(OBSERVATION, "indicatorId", "period")) {
      return null;
    }
    String indicatorId = n.string("indicatorId");
    Optional<String> unitId = n.optionalString("unitId");
    Period period = period(n);
    OptionalDouble total = n.number("total");
    OptionalDouble women = n.number("women");
    OptionalDouble men = n.number("men");
    ObservationSource source = n.enumValue("source", ObservationSource.class);
    Optional<String> missing = n.optionalString("missingReason");
    if (indicatorId == null || period == null) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> {
          Observation.Builder b =
              Observation.builder()
                  .indicatorId(indicatorId)
                  .unitId(unitId)
                  .period(period)
                  .total(total)
                  .women(women)
                  .men(men)
                  .missingReason(missing);
          if (source != null) {
            b.source(source);
          }
          return b.build();
        });
  }

  private static ReferenceValue reference(Node n) {
    if (!n.object(REFERENCE, "indicatorId", "period", "kind", "value")) {
      return null;
    }
    String indicatorId = n.string("indicatorId");
    Period period = period(n);
    ReferenceKind kind = n.enumValue("kind", ReferenceKind.class);
    Optional<String> name = n.optionalString("name");
    OptionalDouble value = n.number("value");
    if (indicatorId == null || period == null || kind == null || value.isEmpty()) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () ->
            ReferenceValue.builder()
                .indicatorId(indicatorId)
                .period(period)
                .kind(kind)
                .name(name)
                .value(value.getAsDouble())
                .build());
  }
}
