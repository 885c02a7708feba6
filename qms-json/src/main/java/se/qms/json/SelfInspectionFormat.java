package se.qms.json;

import static se.qms.json.QualitySystemReader.build;
import static se.qms.json.QualitySystemReader.list;
import static se.qms.json.QualitySystemReader.whole;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.TrafficLight;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessNumber;
import se.qms.core.selfinspection.Answer;
import se.qms.core.selfinspection.AnswerType;
import se.qms.core.selfinspection.ChecklistItem;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.Choice;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.selfinspection.FollowUpMethod;
import se.qms.core.selfinspection.FollowUpPlanItem;
import se.qms.core.selfinspection.FollowUpResult;
import se.qms.core.selfinspection.PassPolicy;
import se.qms.core.selfinspection.QualityArea;
import se.qms.core.selfinspection.SamplingSpec;
import se.qms.core.selfinspection.Schedule;
import tools.jackson.core.JsonGenerator;

/**
 * The egenkontroll parts of a {@code qms-quality-system} document: the root arrays {@code
 * checklistTemplates}, {@code completedChecklists} and {@code followUpPlan}.
 */
final class SelfInspectionFormat {
  static final Set<String> ROOT = Set.of("checklistTemplates", "completedChecklists", "followUpPlan");

  private static final Set<String> TEMPLATE = Set.of("id", "title", "version", "items", "passPolicy");
  private static final Set<String> ITEM =
      Set.of(
          "id", "question", "answerType", "scaleMin", "scaleMax", "mandatory", "critical", "weight",
          "legalReference");
  private static final Set<String> POLICY = Set.of("allMandatoryYes", "minimumScore", "noCriticalFailed");
  private static final Set<String> COMPLETED =
      Set.of("id", "templateId", "templateVersion", "unitId", "answeredBy", "date", "answers");
  private static final Set<String> ANSWER = Set.of("itemId", "choice", "scale", "number", "text");
  private static final Set<String> PLAN_ITEM =
      Set.of(
          "id", "title", "unitId", "qualityArea", "purpose", "definition", "methods",
          "methodDescription", "responsible", "supporting", "schedule", "sampling",
          "checklistTemplateId", "process", "results");
  private static final Set<String> SCHEDULE =
      Set.of("dates", "months", "tertials", "eachTertial", "eachQuarter", "monthly", "yearEnd", "text");
  private static final Set<String> SAMPLING = Set.of("method", "share", "size", "seed", "description");
  private static final Set<String> RESULT = Set.of("occurrence", "recorded", "text", "light");

  private SelfInspectionFormat() {}

  /** What the three arrays hold. */
  record Parts(
      List<ChecklistTemplate> templates, List<CompletedChecklist> completed, List<FollowUpPlanItem> plan) {}

  /**
   * Reads the three arrays and reports duplicates and dangling references with pointers; elements
   * with errors are left out.
   */
  static Parts read(Node root, Set<String> unitIds, Set<String> processNumbers) {
    List<ChecklistTemplate> templates = list(root.array("checklistTemplates"), SelfInspectionFormat::template);
    List<CompletedChecklist> completed =
        list(root.array("completedChecklists"), SelfInspectionFormat::completed);
    List<FollowUpPlanItem> plan = list(root.array("followUpPlan"), SelfInspectionFormat::planItem);
    checkReferences(root, unitIds, processNumbers);
    checkAnswers(root, templates);
    return new Parts(templates, completed, plan);
  }

  /** Answers naming items their template lacks, or with values that do not fit the item. */
  private static void checkAnswers(Node root, List<ChecklistTemplate> templates) {
    for (Node n : root.array("completedChecklists")) {
      Optional<String> templateId = text(n, "templateId");
      int version = version(n, "templateVersion");
      Optional<ChecklistTemplate> template =
          templates.stream()
              .filter(t -> templateId.isPresent() && t.id().equals(templateId.get()) && t.version() == version)
              .findFirst();
      if (template.isEmpty() || !n.json().isObject()) {
        continue;
      }
      for (Node a : n.array("answers")) {
        Optional<String> itemId = text(a, "itemId");
        if (itemId.isEmpty()) {
          continue;
        }
        Optional<ChecklistItem> item = template.get().item(itemId.get());
        if (item.isEmpty()) {
          a.errors()
              .add(
                  a.pointer("itemId"),
                  QmsErrorCode.CHECKLIST_ANSWER_UNKNOWN_ITEM,
                  "must name an item of template " + templateId.get(),
                  itemId.get());
          continue;
        }
        AnswerType expected = item.get().answerType();
        String given =
            a.has("choice") ? "choice" : a.has("scale") ? "scale" : a.has("number") ? "number" : a.has("text") ? "text" : null;
        AnswerType type =
            given == null
                ? null
                : switch (given) {
                  case "choice" -> AnswerType.YES_NO_NA;
                  case "scale" -> AnswerType.SCALE;
                  case "number" -> AnswerType.NUMBER;
                  default -> AnswerType.FREE_TEXT;
                };
        if (type != null && type != expected) {
          a.errors()
              .add(a.pointer(given), QmsErrorCode.CHECKLIST_ANSWER_TYPE, "must be an answer of type " + expected, type.name());
        } else if (type == AnswerType.SCALE && a.json().get("scale").canConvertToInt()) {
          int v = a.json().get("scale").intValue();
          int min = item.get().scaleMin().getAsInt();
          int max = item.get().scaleMax().getAsInt();
          if (v < min || v > max) {
            a.errors()
                .add(
                    a.pointer("scale"),
                    QmsErrorCode.VALUE_OUT_OF_RANGE,
                    "must be in [" + min + ", " + max + "], was " + v,
                    Integer.toString(v));
          }
        }
      }
    }
  }

  /** Duplicate ids and dangling references over the raw elements, read or not. */
  private static void checkReferences(Node root, Set<String> unitIds, Set<String> processNumbers) {
    Errors errors = root.errors();
    Set<String> templateIds = new HashSet<>();
    Set<String> templateVersions = new HashSet<>();
    for (Node n : root.array("checklistTemplates")) {
      Optional<String> id = text(n, "id");
      if (id.isEmpty()) {
        continue;
      }
      int version = version(n, "version");
      templateIds.add(id.get());
      if (!templateVersions.add(id.get() + "\u0000" + version)) {
        errors.add(n.pointer("id"), QmsErrorCode.DUPLICATE_ID, "template id must be unique with its version", id.get());
      }
    }
    Set<String> completedIds = new HashSet<>();
    for (Node n : root.array("completedChecklists")) {
      text(n, "id")
          .filter(id -> !completedIds.add(id))
          .ifPresent(id -> errors.add(n.pointer("id"), QmsErrorCode.DUPLICATE_ID, "checklist id must be unique", id));
      Optional<String> template = text(n, "templateId");
      if (template.isPresent() && !templateIds.contains(template.get())) {
        errors.add(n.pointer("templateId"), QmsErrorCode.DANGLING_REFERENCE, "must name a checklist template", template.get());
      } else if (template.isPresent()
          && !templateVersions.contains(template.get() + "\u0000" + version(n, "templateVersion"))) {
        errors.add(
            n.pointer("templateVersion"),
            QmsErrorCode.DANGLING_REFERENCE,
            "must name a version of template " + template.get(),
            Integer.toString(version(n, "templateVersion")));
      }
      text(n, "unitId")
          .filter(u -> !unitIds.contains(u))
          .ifPresent(u -> errors.add(n.pointer("unitId"), QmsErrorCode.DANGLING_REFERENCE, "must name a unit", u));
    }
    Set<String> itemIds = new HashSet<>();
    for (Node n : root.array("followUpPlan")) {
      text(n, "id")
          .filter(id -> !itemIds.add(id))
          .ifPresent(id -> errors.add(n.pointer("id"), QmsErrorCode.DUPLICATE_ID, "follow-up item id must be unique", id));
      text(n, "unitId")
          .filter(u -> !unitIds.contains(u))
          .ifPresent(u -> errors.add(n.pointer("unitId"), QmsErrorCode.DANGLING_REFERENCE, "must name a unit", u));
      text(n, "checklistTemplateId")
          .filter(t -> !templateIds.contains(t))
          .ifPresent(
              t -> errors.add(n.pointer("checklistTemplateId"), QmsErrorCode.DANGLING_REFERENCE, "must name a checklist template", t));
      text(n, "process")
          .filter(p -> !processNumbers.contains(p))
          .ifPresent(p -> errors.add(n.pointer("process"), QmsErrorCode.DANGLING_REFERENCE, "must name a process of the map", p));
    }
  }

  private static Optional<String> text(Node n, String property) {
    return n.child(property).filter(Node::isString).map(Node::text);
  }

  private static int version(Node n, String property) {
    // a version out of int range is reported where the element is read; here it only fails to match
    return n.child(property)
        .map(c -> c.json().isIntegralNumber() && c.json().canConvertToInt() ? c.json().intValue() : 1)
        .orElse(1);
  }

  private static ChecklistTemplate template(Node n) {
    if (!n.object(TEMPLATE, "id", "title", "items")) {
      return null;
    }
    String id = n.string("id");
    String title = n.string("title");
    Integer version = n.integer("version");
    List<ChecklistItem> items = list(n.array("items"), SelfInspectionFormat::item);
    PassPolicy policy = n.child("passPolicy").map(SelfInspectionFormat::policy).orElse(null);
    if (id == null || title == null || items.size() != n.array("items").size()
        || (n.has("passPolicy") && policy == null)) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> {
          ChecklistTemplate.Builder b = ChecklistTemplate.builder().id(id).title(title).addAllItems(items);
          if (version != null) {
            b.version(version);
          }
          if (policy != null) {
            b.passPolicy(policy);
          }
          return b.build();
        });
  }

  private static ChecklistItem item(Node n) {
    if (!n.object(ITEM, "id", "question", "answerType")) {
      return null;
    }
    String id = n.string("id");
    String question = n.string("question");
    AnswerType type = n.enumValue("answerType", AnswerType.class);
    Integer min = n.integer("scaleMin");
    Integer max = n.integer("scaleMax");
    Boolean mandatory = n.bool("mandatory");
    Boolean critical = n.bool("critical");
    Integer weight = n.integer("weight");
    Optional<String> legal = n.optionalString("legalReference");
    if (id == null || question == null || type == null) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> {
          ChecklistItem.Builder b =
              ChecklistItem.builder().id(id).question(question).answerType(type).legalReference(legal);
          if (min != null) {
            b.scaleMin(min);
          }
          if (max != null) {
            b.scaleMax(max);
          }
          if (mandatory != null) {
            b.mandatory(mandatory);
          }
          if (critical != null) {
            b.critical(critical);
          }
          if (weight != null) {
            b.weight(weight);
          }
          return b.build();
        });
  }

  private static PassPolicy policy(Node n) {
    if (!n.object(POLICY)) {
      return null;
    }
    Boolean mandatory = n.bool("allMandatoryYes");
    OptionalDouble minimum = n.number("minimumScore");
    Boolean critical = n.bool("noCriticalFailed");
    return build(
        n.errors(),
        n.pointer(),
        () -> {
          PassPolicy.Builder b = PassPolicy.builder().minimumScore(minimum);
          if (mandatory != null) {
            b.allMandatoryYes(mandatory);
          }
          if (critical != null) {
            b.noCriticalFailed(critical);
          }
          return b.build();
        });
  }

  private static Role role(Node n, String property) {
    String text = n.string(property);
    return text == null ? null : whole(n.errors(), n.pointer(property), () -> Role.parse(text));
  }

  private static CompletedChecklist completed(Node n) {
    if (!n.object(COMPLETED, "id", "templateId", "unitId", "answeredBy", "date")) {
      return null;
    }
    String id = n.string("id");
    String templateId = n.string("templateId");
    Integer version = n.integer("templateVersion");
    String unitId = n.string("unitId");
    Role role = role(n, "answeredBy");
    LocalDate date = n.date("date");
    List<Answer> answers = list(n.array("answers"), SelfInspectionFormat::answer);
    if (id == null || templateId == null || unitId == null || role == null || date == null
        || answers.size() != n.array("answers").size()) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> {
          CompletedChecklist.Builder b =
              CompletedChecklist.builder()
                  .id(id)
                  .templateId(templateId)
                  .unitId(unitId)
                  .answeredBy(role)
                  .date(date)
                  .addAllAnswers(answers);
          if (version != null) {
            b.templateVersion(version);
          }
          return b.build();
        });
  }

  private static Answer answer(Node n) {
    if (!n.object(ANSWER, "itemId")) {
      return null;
    }
    String itemId = n.string("itemId");
    Choice choice = n.enumValue("choice", Choice.class);
    Integer scale = n.integer("scale");
    OptionalDouble number = n.number("number");
    Optional<String> text = n.optionalString("text");
    if (itemId == null || (n.has("choice") && choice == null) || (n.has("scale") && scale == null)) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> {
          Answer.Builder b = Answer.builder().itemId(itemId).choice(Optional.ofNullable(choice)).number(number).text(text);
          if (scale != null) {
            b.scale(scale);
          }
          return b.build();
        });
  }

  private static FollowUpPlanItem planItem(Node n) {
    if (!n.object(PLAN_ITEM, "id", "title", "qualityArea", "purpose", "methods", "responsible", "schedule")) {
      return null;
    }
    String id = n.string("id");
    String title = n.string("title");
    Optional<String> unitId = n.optionalString("unitId");
    String areaText = n.string("qualityArea");
    QualityArea area =
        areaText == null ? null : whole(n.errors(), n.pointer("qualityArea"), () -> QualityArea.parse(areaText));
    String purpose = n.string("purpose");
    Optional<String> definition = n.optionalString("definition");
    List<FollowUpMethod> methods = new ArrayList<>();
    boolean methodsOk = true;
    for (Node m : n.array("methods")) {
      FollowUpMethod method = m.asEnum(FollowUpMethod.class);
      methodsOk &= method != null;
      if (method != null) {
        methods.add(method);
      }
    }
    Optional<String> methodDescription = n.optionalString("methodDescription");
    Role responsible = role(n, "responsible");
    List<Role> supporting = new ArrayList<>();
    boolean supportingOk = true;
    for (Node r : n.array("supporting")) {
      String s = r.asString();
      Role role = s == null ? null : whole(n.errors(), r.pointer(), () -> Role.parse(s));
      supportingOk &= role != null;
      if (role != null) {
        supporting.add(role);
      }
    }
    Schedule schedule = n.child("schedule").map(SelfInspectionFormat::schedule).orElse(null);
    SamplingSpec sampling = n.child("sampling").map(SelfInspectionFormat::sampling).orElse(null);
    Optional<String> template = n.optionalString("checklistTemplateId");
    String processText = n.string("process");
    ProcessNumber process =
        processText == null ? null : whole(n.errors(), n.pointer("process"), () -> ProcessNumber.parse(processText));
    List<FollowUpResult> results = list(n.array("results"), SelfInspectionFormat::result);
    if (id == null || title == null || area == null || purpose == null || !methodsOk || responsible == null
        || !supportingOk || schedule == null || (n.has("sampling") && sampling == null)
        || (processText != null && process == null) || results.size() != n.array("results").size()) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () ->
            FollowUpPlanItem.builder()
                .id(id)
                .title(title)
                .unitId(unitId)
                .qualityArea(area)
                .purpose(purpose)
                .definition(definition)
                .addAllMethods(methods)
                .methodDescription(methodDescription)
                .responsible(responsible)
                .addAllSupporting(supporting)
                .schedule(schedule)
                .sampling(Optional.ofNullable(sampling))
                .checklistTemplateId(template)
                .process(Optional.ofNullable(process))
                .addAllResults(results)
                .build());
  }

  private static Schedule schedule(Node n) {
    if (!n.object(SCHEDULE)) {
      return null;
    }
    List<MonthDay> dates = new ArrayList<>();
    boolean ok = true;
    for (Node d : n.array("dates")) {
      String s = d.asString();
      MonthDay md = null;
      if (s != null) {
        try {
          md = MonthDay.parse(s);
        } catch (DateTimeParseException e) {
          d.errors().add(d.pointer(), QmsErrorCode.VALUE_MALFORMED, "must be a day of the year such as --03-01, was \"" + s + "\"", s);
        }
      }
      ok &= md != null;
      if (md != null) {
        dates.add(md);
      }
    }
    List<Month> months = new ArrayList<>();
    for (Node m : n.array("months")) {
      Month month = m.asEnum(Month.class);
      ok &= month != null;
      if (month != null) {
        months.add(month);
      }
    }
    List<Integer> tertials = new ArrayList<>();
    for (Node t : n.array("tertials")) {
      if (t.json().isIntegralNumber() && t.json().canConvertToInt()) {
        tertials.add(t.json().intValue());
      } else {
        t.errors().add(t.pointer(), QmsErrorCode.JSON_WRONG_TYPE, "must be a whole number", t.json().isContainer() ? null : t.json().toString());
        ok = false;
      }
    }
    Boolean eachTertial = n.bool("eachTertial");
    Boolean eachQuarter = n.bool("eachQuarter");
    Boolean monthly = n.bool("monthly");
    Boolean yearEnd = n.bool("yearEnd");
    Optional<String> text = n.optionalString("text");
    if (!ok) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () ->
            Schedule.builder()
                .addAllDates(dates)
                .addAllMonths(months)
                .addAllTertials(tertials)
                .eachTertial(Boolean.TRUE.equals(eachTertial))
                .eachQuarter(Boolean.TRUE.equals(eachQuarter))
                .monthly(Boolean.TRUE.equals(monthly))
                .yearEnd(Boolean.TRUE.equals(yearEnd))
                .text(text)
                .build());
  }

  private static SamplingSpec sampling(Node n) {
    if (!n.object(SAMPLING, "method")) {
      return null;
    }
    SamplingSpec.Method method = n.enumValue("method", SamplingSpec.Method.class);
    OptionalDouble share = n.number("share");
    Integer size = n.integer("size");
    Long seed = n.longInteger("seed");
    Optional<String> description = n.optionalString("description");
    if (method == null) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () -> {
          SamplingSpec.Builder b = SamplingSpec.builder().method(method).share(share).description(description);
          if (size != null) {
            b.size(size);
          }
          if (seed != null) {
            b.seed(seed);
          }
          return b.build();
        });
  }

  private static FollowUpResult result(Node n) {
    if (!n.object(RESULT, "occurrence", "text")) {
      return null;
    }
    LocalDate occurrence = n.date("occurrence");
    LocalDate recorded = n.date("recorded");
    String text = n.string("text");
    TrafficLight light = n.enumValue("light", TrafficLight.class);
    if (occurrence == null || text == null || (n.has("recorded") && recorded == null) || (n.has("light") && light == null)) {
      return null;
    }
    return build(
        n.errors(),
        n.pointer(),
        () ->
            FollowUpResult.builder()
                .occurrence(occurrence)
                .recorded(Optional.ofNullable(recorded))
                .text(text)
                .light(Optional.ofNullable(light))
                .build());
  }

  // ---------------------------------------------------------------- writing

  static void write(
      JsonGenerator g,
      List<ChecklistTemplate> templates,
      List<CompletedChecklist> completed,
      List<FollowUpPlanItem> plan) {
    QualitySystemWriter.array(g, "checklistTemplates", templates, SelfInspectionFormat::template);
    QualitySystemWriter.array(g, "completedChecklists", completed, SelfInspectionFormat::completed);
    QualitySystemWriter.array(g, "followUpPlan", plan, SelfInspectionFormat::planItem);
  }

  private static void template(JsonGenerator g, ChecklistTemplate t) {
    g.writeStartObject();
    g.writeStringProperty("id", t.id());
    g.writeStringProperty("title", t.title());
    if (t.version() != 1) {
      g.writeNumberProperty("version", t.version());
    }
    QualitySystemWriter.array(g, "items", t.items(), SelfInspectionFormat::item);
    PassPolicy p = t.passPolicy();
    if (!p.equals(PassPolicy.standard())) {
      g.writeName("passPolicy");
      g.writeStartObject();
      if (!p.allMandatoryYes()) {
        g.writeBooleanProperty("allMandatoryYes", false);
      }
      QualitySystemWriter.optional(g, "minimumScore", p.minimumScore());
      if (!p.noCriticalFailed()) {
        g.writeBooleanProperty("noCriticalFailed", false);
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void item(JsonGenerator g, ChecklistItem i) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id());
    g.writeStringProperty("question", i.question());
    g.writeStringProperty("answerType", i.answerType().name());
    if (i.scaleMin().isPresent()) {
      g.writeNumberProperty("scaleMin", i.scaleMin().getAsInt());
      g.writeNumberProperty("scaleMax", i.scaleMax().getAsInt());
    }
    if (i.mandatory()) {
      g.writeBooleanProperty("mandatory", true);
    }
    if (i.critical()) {
      g.writeBooleanProperty("critical", true);
    }
    if (i.weight() != 1) {
      g.writeNumberProperty("weight", i.weight());
    }
    QualitySystemWriter.optional(g, "legalReference", i.legalReference());
    g.writeEndObject();
  }

  private static void completed(JsonGenerator g, CompletedChecklist c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id());
    g.writeStringProperty("templateId", c.templateId());
    if (c.templateVersion() != 1) {
      g.writeNumberProperty("templateVersion", c.templateVersion());
    }
    g.writeStringProperty("unitId", c.unitId());
    g.writeStringProperty("answeredBy", c.answeredBy().toString());
    g.writeStringProperty("date", c.date().toString());
    QualitySystemWriter.array(g, "answers", c.answers(), SelfInspectionFormat::answer);
    g.writeEndObject();
  }

  private static void answer(JsonGenerator g, Answer a) {
    g.writeStartObject();
    g.writeStringProperty("itemId", a.itemId());
    QualitySystemWriter.optional(g, "choice", a.choice().map(Enum::name));
    if (a.scale().isPresent()) {
      g.writeNumberProperty("scale", a.scale().getAsInt());
    }
    QualitySystemWriter.optional(g, "number", a.number());
    QualitySystemWriter.optional(g, "text", a.text());
    g.writeEndObject();
  }

  private static void planItem(JsonGenerator g, FollowUpPlanItem i) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id());
    g.writeStringProperty("title", i.title());
    QualitySystemWriter.optional(g, "unitId", i.unitId());
    g.writeStringProperty("qualityArea", i.qualityArea().toString());
    g.writeStringProperty("purpose", i.purpose());
    QualitySystemWriter.optional(g, "definition", i.definition());
    g.writeName("methods");
    g.writeStartArray();
    for (FollowUpMethod m : i.methods()) {
      g.writeString(m.name());
    }
    g.writeEndArray();
    QualitySystemWriter.optional(g, "methodDescription", i.methodDescription());
    g.writeStringProperty("responsible", i.responsible().toString());
    if (!i.supporting().isEmpty()) {
      g.writeName("supporting");
      g.writeStartArray();
      for (Role r : i.supporting()) {
        g.writeString(r.toString());
      }
      g.writeEndArray();
    }
    schedule(g, i.schedule());
    i.sampling().ifPresent(s -> sampling(g, s));
    QualitySystemWriter.optional(g, "checklistTemplateId", i.checklistTemplateId());
    QualitySystemWriter.optional(g, "process", i.process().map(Object::toString));
    QualitySystemWriter.array(g, "results", i.results(), SelfInspectionFormat::result);
    g.writeEndObject();
  }

  private static void schedule(JsonGenerator g, Schedule s) {
    g.writeName("schedule");
    g.writeStartObject();
    if (!s.dates().isEmpty()) {
      g.writeName("dates");
      g.writeStartArray();
      for (MonthDay d : s.dates().stream().sorted().toList()) {
        g.writeString(d.toString());
      }
      g.writeEndArray();
    }
    if (!s.months().isEmpty()) {
      g.writeName("months");
      g.writeStartArray();
      for (Month m : s.months().stream().sorted().toList()) {
        g.writeString(m.name());
      }
      g.writeEndArray();
    }
    if (!s.tertials().isEmpty()) {
      g.writeName("tertials");
      g.writeStartArray();
      for (int t : s.tertials().stream().sorted(Comparator.naturalOrder()).toList()) {
        g.writeNumber(t);
      }
      g.writeEndArray();
    }
    if (s.eachTertial()) {
      g.writeBooleanProperty("eachTertial", true);
    }
    if (s.eachQuarter()) {
      g.writeBooleanProperty("eachQuarter", true);
    }
    if (s.monthly()) {
      g.writeBooleanProperty("monthly", true);
    }
    if (s.yearEnd()) {
      g.writeBooleanProperty("yearEnd", true);
    }
    QualitySystemWriter.optional(g, "text", s.text());
    g.writeEndObject();
  }

  private static void sampling(JsonGenerator g, SamplingSpec s) {
    g.writeName("sampling");
    g.writeStartObject();
    g.writeStringProperty("method", s.method().name());
    QualitySystemWriter.optional(g, "share", s.share());
    if (s.size().isPresent()) {
      g.writeNumberProperty("size", s.size().getAsInt());
    }
    if (s.seed().isPresent()) {
      g.writeNumberProperty("seed", s.seed().getAsLong());
    }
    QualitySystemWriter.optional(g, "description", s.description());
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, FollowUpResult r) {
    g.writeStartObject();
    g.writeStringProperty("occurrence", r.occurrence().toString());
    QualitySystemWriter.optional(g, "recorded", r.recorded().map(Object::toString));
    g.writeStringProperty("text", r.text());
    QualitySystemWriter.optional(g, "light", r.light().map(Enum::name));
    g.writeEndObject();
  }
}
