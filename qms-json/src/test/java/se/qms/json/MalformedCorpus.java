package se.qms.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import se.qms.core.QmsErrorCode;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The malformed-input corpus: each case is a document, the pointer of an error it must produce,
 * and that error's code. Most cases mutate one valid base document in one place.
 */
final class MalformedCorpus {
  /** One malformed document and the error it must produce; a pointer ending in * is a prefix. */
  record Case(String name, boolean ruleSet, byte[] document, String pointer, QmsErrorCode code) {
    @Override
    public String toString() {
      return (ruleSet ? "rule set: " : "quality system: ") + name;
    }

    boolean matches(DocumentError e) {
      return e.code() == code
          && (pointer.endsWith("*")
              ? e.pointer().startsWith(pointer.substring(0, pointer.length() - 1))
              : e.pointer().equals(pointer));
    }
  }

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static byte[] base(String name) {
    try (InputStream in = MalformedCorpus.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final byte[] QS = base("base-quality-system.json");
  static final byte[] RS = base("base-rule-set.json");

  private final List<Case> cases = new ArrayList<>();

  static List<Case> all() {
    MalformedCorpus c = new MalformedCorpus();
    c.text();
    c.root();
    c.units();
    c.responsibilities();
    c.processes();
    c.indicators();
    c.observations();
    c.references();
    c.risks();
    c.improvementCases();
    c.selfInspection();
    c.unexecutedDecisions();
    c.lexSarah();
    c.ruleSets();
    c.unexecutedDecisionPolicy();
    c.compliance();
    c.caseRecordSets();
    c.mutationFindings();
    c.typeHandling();
    return List.copyOf(c.cases);
  }

  private void raw(String name, String text, String pointer, QmsErrorCode code) {
    cases.add(new Case(name, false, text.getBytes(StandardCharsets.UTF_8), pointer, code));
  }

  private void qs(String name, Consumer<ObjectNode> mutation, String pointer, QmsErrorCode code) {
    cases.add(new Case(name, false, mutate(QS, mutation), pointer, code));
  }

  private void rs(String name, Consumer<ObjectNode> mutation, String pointer, QmsErrorCode code) {
    cases.add(new Case(name, true, mutate(RS, mutation), pointer, code));
  }

  private static byte[] mutate(byte[] base, Consumer<ObjectNode> mutation) {
    ObjectNode root = (ObjectNode) MAPPER.readTree(base);
    mutation.accept(root);
    return MAPPER.writeValueAsBytes(root);
  }

  /** The object at a pointer of the tree. */
  private static ObjectNode obj(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(JsonPointer.compile(pointer));
  }

  private static ArrayNode arr(ObjectNode root, String pointer) {
    return (ArrayNode) root.at(JsonPointer.compile(pointer));
  }

  private static Consumer<ObjectNode> set(String parent, String name, Object value) {
    return root -> {
      ObjectNode o = obj(root, parent);
      if (value == null) {
        o.putNull(name);
      } else if (value instanceof String) {
        o.put(name, (String) value);
      } else if (value instanceof Integer) {
        o.put(name, (Integer) value);
      } else if (value instanceof Double) {
        o.put(name, (Double) value);
      } else if (value instanceof Boolean) {
        o.put(name, (Boolean) value);
      } else if (value instanceof JsonNode) {
        o.set(name, (JsonNode) value);
      }
    };
  }

  private static Consumer<ObjectNode> remove(String parent, String name) {
    return root -> obj(root, parent).remove(name);
  }

  /** Appends a copy of an array's element to the array. */
  private static Consumer<ObjectNode> duplicate(String array, int index) {
    return root -> arr(root, array).add(arr(root, array).get(index).deepCopy());
  }

  private static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }

  private void text() {
    String base = new String(QS, StandardCharsets.UTF_8);
    raw("empty document", "", "", QmsErrorCode.JSON_SYNTAX);
    raw("only white space", "   \n", "", QmsErrorCode.JSON_SYNTAX);
    raw("open brace", "{", "", QmsErrorCode.JSON_SYNTAX);
    raw("truncated at half", base.substring(0, base.length() / 2), "/risks*", QmsErrorCode.JSON_SYNTAX);
    raw("truncated before the end", base.substring(0, base.length() - 3), "/actions*", QmsErrorCode.JSON_SYNTAX);
    raw("array at the root", "[]", "", QmsErrorCode.JSON_WRONG_TYPE);
    raw("null at the root", "null", "", QmsErrorCode.JSON_WRONG_TYPE);
    raw("string at the root", "\"qms\"", "", QmsErrorCode.JSON_WRONG_TYPE);
    raw("trailing garbage", base + " x", "", QmsErrorCode.JSON_SYNTAX);
    raw("two documents", base + base, "", QmsErrorCode.JSON_SYNTAX);
    raw("comment", "/* c */" + base, "", QmsErrorCode.JSON_SYNTAX);
    raw("single quotes", "{'format':'qms-quality-system'}", "", QmsErrorCode.JSON_SYNTAX);
    raw("NaN literal", base.replace("\"total\" : 82.0", "\"total\" : NaN"), "/observations/0/total", QmsErrorCode.JSON_SYNTAX);
    raw("duplicate property", base.replace("\"name\" : \"Exempelkommun, Socialnämnden\",", "\"name\" : \"A\", \"name\" : \"B\","), "/name", QmsErrorCode.DUPLICATE_ID);
    raw("duplicate observations array", base.replace("\"references\" : [", "\"observations\" : [ ], \"references\" : ["), "/observations", QmsErrorCode.DUPLICATE_ID);
    raw("duplicate property in an observation", base.replace("\"total\" : 82.0,", "\"total\" : 82.0, \"total\" : 83.0,"), "/observations/0/total", QmsErrorCode.DUPLICATE_ID);
    raw("duplicate null property in an observation", base.replace("\"men\" : 79.0,", "\"men\" : 79.0, \"men\" : null,"), "/observations/0/men", QmsErrorCode.DUPLICATE_ID);
    raw("duplicate unknown property in an observation", base.replace("\"total\" : 82.0,", "\"x\" : 1, \"total\" : 82.0, \"x\" : 2,"), "/observations/0/x", QmsErrorCode.DUPLICATE_ID);
    raw("duplicate property in a reference", base.replace("\"value\" : 81.0", "\"value\" : 81.0, \"value\" : 80.0"), "/references/0/value", QmsErrorCode.DUPLICATE_ID);
    raw("duplicate property in a unit", base.replace("\"kind\" : \"NAMND\"", "\"kind\" : \"NAMND\", \"kind\" : \"NAMND\""), "/units/0/kind", QmsErrorCode.DUPLICATE_ID);
    raw("unquoted property name", "{format: 1}", "", QmsErrorCode.JSON_SYNTAX);
    raw("missing comma", base.replace("\"formatVersion\" : 1,", "\"formatVersion\" : 1"), "/formatVersion", QmsErrorCode.JSON_SYNTAX);
    raw("deep nesting", base.replace("\"name\" : \"Exempelkommun, Socialnämnden\"", "\"name\" : " + "[".repeat(100) + "]".repeat(100)), "/name/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0", QmsErrorCode.JSON_NESTING_TOO_DEEP);
    raw("huge string", base.replace("\"Exempelkommun, Socialnämnden\"", "\"" + "x".repeat(1_100_000) + "\""), "/name", QmsErrorCode.JSON_STRING_TOO_LONG);
    raw("huge number", base.replace("\"total\" : 82.0", "\"total\" : 1" + "0".repeat(100)), "/observations/0/total", QmsErrorCode.JSON_NUMBER_TOO_LONG);
    raw("number beyond double", base.replace("\"total\" : 82.0", "\"total\" : 1e400"), "/observations/0/total", QmsErrorCode.VALUE_NOT_FINITE);
    cases.add(new Case("invalid UTF-8", false, invalidUtf8(), "/name", QmsErrorCode.JSON_SYNTAX));
  }

  /**
   * Properties that drive polymorphic type handling in object mappers ({@code @class}, {@code
   * @type}) and class names as values: unknown properties and values like any other, never types.
   */
  private void typeHandling() {
    qs("@class at the root", set("", "@class", "java.net.URL"), "/@class", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("@type at the root", set("", "@type", "se.qms.core.compliance.QualitySystem"), "/@type", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("@class in a unit", set("/units/0", "@class", "java.lang.ProcessBuilder"), "/units/0/@class", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("@c in an observation", set("/observations/0", "@c", ".URL"), "/observations/0/@c", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("class name as a unit kind", set("/units/0", "kind", "java.lang.Runtime"), "/units/0/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("typed array as the units", set("", "units", json("[\"java.util.ArrayList\", []]")), "/units/0", QmsErrorCode.JSON_WRONG_TYPE);
    qs("$ref to another document", set("/units/0", "$ref", "http://example.org/units.json"), "/units/0/$ref", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    rs("@class at the root of a rule set", set("", "@class", "java.net.URL"), "/@class", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    rs("@type in a light policy", set("/lightPolicies/0", "@type", "se.qms.core.measure.LightPolicy"), "/lightPolicies/0/@type", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    rs("class name as a light policy kind", set("/lightPolicies/0", "kind", "java.lang.Runtime"), "/lightPolicies/0/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
  }

  /** Documents the mutation testing found escaping, each now rejected with a code. */
  private void mutationFindings() {
    String t = "/checklistTemplates/0";
    String k = "/completedChecklists/0";
    JsonNode huge = json("123456789012345678901234567890");
    JsonNode aboveInt = json("2147483648");
    qs("completed checklist template version beyond a long", set(k, "templateVersion", huge), k + "/templateVersion", QmsErrorCode.JSON_WRONG_TYPE);
    qs("completed checklist template version beyond an int", set(k, "templateVersion", aboveInt), k + "/templateVersion", QmsErrorCode.JSON_WRONG_TYPE);
    qs("checklist template version beyond an int", set(t, "version", aboveInt), t + "/version", QmsErrorCode.JSON_WRONG_TYPE);
    qs("checklist template version beyond a long", set(t, "version", huge), t + "/version", QmsErrorCode.JSON_WRONG_TYPE);
  }

  private static byte[] invalidUtf8() {
    byte[] doc = "{\"format\":\"qms-quality-system\",\"formatVersion\":1,\"name\":\"AB\"}".getBytes(StandardCharsets.UTF_8);
    int at = new String(doc, StandardCharsets.UTF_8).indexOf("AB");
    doc[at] = (byte) 0xC3;
    doc[at + 1] = (byte) 0x28;
    return doc;
  }

  private void root() {
    qs("format missing", remove("", "format"), "/format", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("format of a rule set", set("", "format", "qms-rule-set"), "/format", QmsErrorCode.JSON_FORMAT_UNSUPPORTED);
    qs("unknown format", set("", "format", "stratsys"), "/format", QmsErrorCode.JSON_FORMAT_UNSUPPORTED);
    qs("format version 2", set("", "formatVersion", 2), "/formatVersion", QmsErrorCode.JSON_FORMAT_UNSUPPORTED);
    qs("format version as text", set("", "formatVersion", "1"), "/formatVersion", QmsErrorCode.JSON_WRONG_TYPE);
    qs("format version missing", remove("", "formatVersion"), "/formatVersion", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("name missing", remove("", "name"), "/name", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("name null", set("", "name", null), "/name", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("name blank", set("", "name", "  "), "/name", QmsErrorCode.VALUE_BLANK);
    qs("name a number", set("", "name", 5), "/name", QmsErrorCode.JSON_WRONG_TYPE);
    qs("unknown root property", set("", "colour", "red"), "/colour", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("property with a slash", set("", "a/b", "x"), "/a~1b", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("process index scale too short", set("", "processIndexScale", json("[\"a\",\"b\"]")), "/processIndexScale", QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE);
    qs("process index scale of numbers", set("", "processIndexScale", json("[1,2,3,4,5,6,7,8,9,10]")), "/processIndexScale/0", QmsErrorCode.JSON_WRONG_TYPE);
  }

  private void units() {
    qs("units an object", set("", "units", json("{}")), "/units", QmsErrorCode.JSON_WRONG_TYPE);
    qs("unit a string", root -> arr(root, "/units").set(0, root.stringNode("sn")), "/units/0", QmsErrorCode.JSON_WRONG_TYPE);
    qs("unit id missing", remove("/units/0", "id"), "/units/0/id", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("unit kind unknown", set("/units/0", "kind", "KOMMUN"), "/units/0/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("unit kind in lower case", set("/units/0", "kind", "namnd"), "/units/0/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("unit unknown property", set("/units/0", "colour", "red"), "/units/0/colour", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("unit id duplicated", root -> arr(root, "/units").add(arr(root, "/units").get(1).deepCopy()), "/units/2/id", QmsErrorCode.DUPLICATE_ID);
    qs("unit parent unknown", set("/units/1", "parentId", "kf"), "/units/1/parentId", QmsErrorCode.DANGLING_REFERENCE);
    qs("units in a cycle", set("/units/0", "parentId", "sf"), "/units", QmsErrorCode.ORGANISATION_CYCLE);
    qs("unit below its own level", set("/units/1", "kind", "NAMND"), "/units", QmsErrorCode.ORGANISATION_LEVEL_ORDER);
    qs("unit its own parent", set("/units/1", "parentId", "sf"), "/units/1/parentId", QmsErrorCode.ORGANISATION_CYCLE);
    qs("unit id a personnummer", set("/units/0", "id", "19121212-1212"), "/units/0/id", QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED);
    qs("unit name blank", set("/units/0", "name", ""), "/units/0/name", QmsErrorCode.VALUE_BLANK);
    qs("unit name too long", set("/units/0", "name", "n".repeat(201)), "/units/0/name", QmsErrorCode.VALUE_TOO_LONG);
  }

  private void responsibilities() {
    qs("phase unknown", set("/responsibilities/0", "phase", "PLAN"), "/responsibilities/0/phase", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("role unknown", set("/responsibilities/0", "role", "CHEF"), "/responsibilities/0/role", QmsErrorCode.VALUE_MALFORMED);
    qs("custom role without name", set("/responsibilities/0", "role", "custom:"), "/responsibilities/0/role", QmsErrorCode.VALUE_BLANK);
    qs("duty text missing", remove("/responsibilities/0", "text"), "/responsibilities/0/text", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("duty text a number", set("/responsibilities/0", "text", 3), "/responsibilities/0/text", QmsErrorCode.JSON_WRONG_TYPE);
    qs("duty source blank", set("/responsibilities/0", "source", ""), "/responsibilities/0/source", QmsErrorCode.VALUE_BLANK);
  }

  private void processes() {
    qs("process number with leading zero", set("/processes/1", "number", "2.01"), "/processes/1/number", QmsErrorCode.PROCESS_NUMBER_MALFORMED);
    qs("process number empty", set("/processes/1", "number", ""), "/processes/1/number", QmsErrorCode.PROCESS_NUMBER_MALFORMED);
    qs("process number a number", set("/processes/1", "number", 2.1), "/processes/1/number", QmsErrorCode.JSON_WRONG_TYPE);
    qs("process kind unknown", set("/processes/2", "kind", "SUBAREA"), "/processes/2/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("category without category", remove("/processes/0", "category"), "/processes/0/category", QmsErrorCode.INCONSISTENT_VALUE);
    qs("process with a category", set("/processes/3", "category", "STOD"), "/processes/3/category", QmsErrorCode.INCONSISTENT_VALUE);
    qs("category unknown", set("/processes/0", "category", "KARN"), "/processes/0/category", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("process number duplicated", set("/processes/2", "number", "2.1.2"), "/processes/2/number", QmsErrorCode.DUPLICATE_ID);
    qs("process without parent", set("/processes/2", "number", "2.1.9.1"), "/processes/2/number", QmsErrorCode.PROCESS_NOT_UNDER_PARENT);
    qs("process under a process", set("/processes/2", "kind", "PROCESS"), "/processes", QmsErrorCode.PROCESS_KIND_MISPLACED);
    qs("categories in two chapters", root -> arr(root, "/processes").add(json("{\"number\":\"3.1\",\"kind\":\"CATEGORY\",\"title\":\"Stöd\",\"category\":\"STOD\"}")), "/processes", QmsErrorCode.PROCESS_NOT_UNDER_PARENT);
    qs("process title blank", set("/processes/0", "title", ""), "/processes/0/title", QmsErrorCode.VALUE_BLANK);
    qs("process title missing", remove("/processes/0", "title"), "/processes/0/title", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("process description blank", set("/processes/3", "description", ""), "/processes/3/description", QmsErrorCode.VALUE_BLANK);
    qs("owner without display name", remove("/processes/3/owner", "displayName"), "/processes/3/owner/displayName", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("owner id a personnummer", set("/processes/3/owner", "id", "121212-1212"), "/processes/3/owner/id", QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED);
    qs("owner a string", set("/processes/3", "owner", "Anna"), "/processes/3/owner", QmsErrorCode.JSON_WRONG_TYPE);
    qs("owner unknown property", set("/processes/3/owner", "email", "a@b"), "/processes/3/owner/email", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("cooperation scope unknown", set("/processes/3/cooperation/0", "scope", "BOTH"), "/processes/3/cooperation/0/scope", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("cooperation party missing", remove("/processes/3/cooperation/0", "party"), "/processes/3/cooperation/0/party", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("routine without activities", set("/processes/3/routines/0", "activities", json("[]")), "/processes/3/routines/0/activities", QmsErrorCode.VALUE_MISSING);
    qs("activity role unknown", set("/processes/3/routines/0/activities/0", "responsible", "BOSS"), "/processes/3/routines/0/activities/0/responsible", QmsErrorCode.VALUE_MALFORMED);
    qs("assessment level 11", set("/processes/3/processIndexAssessments/0", "level", 11), "/processes/3/processIndexAssessments/0/level", QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE);
    qs("assessment level 0", set("/processes/3/processIndexAssessments/0", "level", 0), "/processes/3/processIndexAssessments/0/level", QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE);
    qs("assessment level a fraction", set("/processes/3/processIndexAssessments/0", "level", 5.5), "/processes/3/processIndexAssessments/0/level", QmsErrorCode.JSON_WRONG_TYPE);
    qs("assessment level as text", set("/processes/3/processIndexAssessments/0", "level", "5"), "/processes/3/processIndexAssessments/0/level", QmsErrorCode.JSON_WRONG_TYPE);
    qs("assessment level beyond int", set("/processes/3/processIndexAssessments/0", "level", json("12345678901")), "/processes/3/processIndexAssessments/0/level", QmsErrorCode.JSON_WRONG_TYPE);
    qs("assessment date short form", set("/processes/3/processIndexAssessments/0", "date", "2017-3-1"), "/processes/3/processIndexAssessments/0/date", QmsErrorCode.VALUE_MALFORMED);
    qs("assessment date 30 February", set("/processes/3/processIndexAssessments/0", "date", "2017-02-30"), "/processes/3/processIndexAssessments/0/date", QmsErrorCode.VALUE_MALFORMED);
    qs("assessments out of order", root -> arr(root, "/processes/3/processIndexAssessments").add(json("{\"level\":4,\"date\":\"2016-01-01\",\"assessor\":{\"id\":\"p-7\",\"displayName\":\"K\"}}")), "/processes/3/processIndexAssessments/1/date", QmsErrorCode.INCONSISTENT_VALUE);
    qs("assessment without assessor", remove("/processes/3/processIndexAssessments/0", "assessor"), "/processes/3/processIndexAssessments/0/assessor", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("target level 12", set("/processes/3/processIndexTarget", "level", 12), "/processes/3/processIndexTarget/level", QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE);
    qs("target without date", remove("/processes/3/processIndexTarget", "targetDate"), "/processes/3/processIndexTarget/targetDate", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("processes not an array", set("", "processes", "2.1"), "/processes", QmsErrorCode.JSON_WRONG_TYPE);
  }

  private void indicators() {
    qs("indicator unit unknown", set("/indicators/0", "unit", "PERCENTAGE"), "/indicators/0/unit", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("indicator direction missing", remove("/indicators/0", "direction"), "/indicators/0/direction", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("indicator decimals 7", set("/indicators/0", "decimals", 7), "/indicators/0/decimals", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("indicator decimals negative", set("/indicators/0", "decimals", -1), "/indicators/0/decimals", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("indicator Kolada id malformed", set("/indicators/0", "koladaKpi", "n945"), "/indicators/0/koladaKpi", QmsErrorCode.VALUE_MALFORMED);
    qs("indicator gender split as text", set("/indicators/0", "genderSplit", "yes"), "/indicators/0/genderSplit", QmsErrorCode.JSON_WRONG_TYPE);
    qs("indicator process unknown", set("/indicators/0", "process", "9.9"), "/indicators/0/process", QmsErrorCode.DANGLING_REFERENCE);
    qs("indicator process malformed", set("/indicators/0", "process", "x"), "/indicators/0/process", QmsErrorCode.PROCESS_NUMBER_MALFORMED);
    qs("indicator unit id unknown", set("/indicators/0", "unitId", "nope"), "/indicators/0/unitId", QmsErrorCode.DANGLING_REFERENCE);
    qs("indicator duplicated", root -> arr(root, "/indicators").add(arr(root, "/indicators").get(0).deepCopy()), "/indicators/1/id", QmsErrorCode.DUPLICATE_ID);
    qs("indicator id blank", set("/indicators/0", "id", " "), "/indicators/0/id", QmsErrorCode.VALUE_BLANK);
    qs("indicator unknown property", set("/indicators/0", "target", 92), "/indicators/0/target", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
  }

  private void observations() {
    qs("observation of an unknown indicator", set("/observations/0", "indicatorId", "okand"), "/observations/0/indicatorId", QmsErrorCode.DANGLING_REFERENCE);
    qs("observation period T4", set("/observations/0", "period", "2019-T4"), "/observations/0/period", QmsErrorCode.PERIOD_MALFORMED);
    qs("observation period a number", set("/observations/0", "period", 2019), "/observations/0/period", QmsErrorCode.JSON_WRONG_TYPE);
    qs("observation period 13th month", set("/observations/0", "period", "2019-13"), "/observations/0/period", QmsErrorCode.PERIOD_MALFORMED);
    qs("observation total as text", set("/observations/0", "total", "82"), "/observations/0/total", QmsErrorCode.JSON_WRONG_TYPE);
    qs("observation neither value nor reason", remove("/observations/0", "total"), "/observations/0/missingReason", QmsErrorCode.INCONSISTENT_VALUE);
    qs("observation value and reason", set("/observations/0", "missingReason", "?"), "/observations/0/missingReason", QmsErrorCode.INCONSISTENT_VALUE);
    qs("observation source unknown", set("/observations/0", "source", "EXCEL"), "/observations/0/source", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("observation women as text", set("/observations/0", "women", "x"), "/observations/0/women", QmsErrorCode.JSON_WRONG_TYPE);
    qs("observation duplicated", root -> arr(root, "/observations").add(arr(root, "/observations").get(0).deepCopy()), "/observations", QmsErrorCode.DUPLICATE_ID);
    qs("observation reason blank", set("/observations/1", "missingReason", ""), "/observations/1/missingReason", QmsErrorCode.VALUE_BLANK);
    qs("observation indicator missing", remove("/observations/0", "indicatorId"), "/observations/0/indicatorId", QmsErrorCode.JSON_MISSING_PROPERTY);
  }

  private void references() {
    qs("reference kind unknown", set("/references/0", "kind", "RIKET"), "/references/0/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("comparison group without name", remove("/references/0", "name"), "/references/0/name", QmsErrorCode.INCONSISTENT_VALUE);
    qs("national average with a name", set("/references/0", "kind", "NATIONAL_AVERAGE"), "/references/0/name", QmsErrorCode.INCONSISTENT_VALUE);
    qs("reference value missing", remove("/references/0", "value"), "/references/0/value", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("reference value as text", set("/references/0", "value", "81"), "/references/0/value", QmsErrorCode.JSON_WRONG_TYPE);
    qs("reference of an unknown indicator", set("/references/0", "indicatorId", "x"), "/references/0/indicatorId", QmsErrorCode.DANGLING_REFERENCE);
    qs("reference period malformed", set("/references/0", "period", "19"), "/references/0/period", QmsErrorCode.PERIOD_MALFORMED);
  }

  private void risks() {
    qs("risk id duplicated", set("/risks/1", "id", "R1"), "/risks/1/id", QmsErrorCode.DUPLICATE_ID);
    qs("risk title missing", remove("/risks/0", "title"), "/risks/0/title", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("risk process unknown", set("/risks/0", "process", "2.2.9"), "/risks/0/process", QmsErrorCode.DANGLING_REFERENCE);
    qs("risk process malformed", set("/risks/0", "process", "2..2"), "/risks/0/process", QmsErrorCode.PROCESS_NUMBER_MALFORMED);
    qs("risk unit unknown", set("/risks/0", "unitId", "x"), "/risks/0/unitId", QmsErrorCode.DANGLING_REFERENCE);
    qs("risk status unknown", set("/risks/0", "status", "OPEN"), "/risks/0/status", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("risk rating above the largest scale", set("/risks/0/assessments/0/ratings/0", "probability", 11), "/risks/0/assessments/0/ratings/0/probability", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
    qs("risk rating zero", set("/risks/0/assessments/0/ratings/0", "severity", 0), "/risks/0/assessments/0/ratings/0/severity", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
    qs("risk rating as text", set("/risks/0/assessments/0/ratings/0", "severity", "3"), "/risks/0/assessments/0/ratings/0/severity", QmsErrorCode.JSON_WRONG_TYPE);
    qs("risk assessment with both forms", set("/risks/0/assessments/0", "published", json("{\"probability\":\"1\",\"severity\":\"1\"}")), "/risks/0/assessments/0/ratings", QmsErrorCode.RISK_ASSESSMENT_FORM);
    qs("risk assessment with neither form", remove("/risks/0/assessments/0", "ratings"), "/risks/0/assessments/0/ratings", QmsErrorCode.RISK_ASSESSMENT_FORM);
    qs("published figure not a decimal", set("/risks/1/assessments/0/published", "probability", "hög"), "/risks/1/assessments/0/published", QmsErrorCode.VALUE_MALFORMED);
    qs("risk status contradicts its content", set("/risks/1", "status", "TREATED"), "/risks/1/status", QmsErrorCode.RISK_STATUS_INCONSISTENT);
    qs("risks not an array", set("", "risks", json("{}")), "/risks", QmsErrorCode.JSON_WRONG_TYPE);
  }

  private void selfInspection() {
    String t = "/checklistTemplates/0";
    String k = "/completedChecklists/0";
    String f = "/followUpPlan/0";
    qs("checklist templates not an array", set("", "checklistTemplates", json("{}")), "/checklistTemplates", QmsErrorCode.JSON_WRONG_TYPE);
    qs("checklist template without items", set(t, "items", json("[]")), t + "/items", QmsErrorCode.VALUE_MISSING);
    qs("checklist template version zero", set(t, "version", 0), t + "/version", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("checklist answer type unknown", set(t + "/items/0", "answerType", "JA_NEJ"), t + "/items/0/answerType", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("scale item without bounds", remove(t + "/items/1", "scaleMin"), t + "/items/1/scaleMin", QmsErrorCode.INCONSISTENT_VALUE);
    qs("scale minimum above maximum", set(t + "/items/1", "scaleMin", 6), t + "/items/1/scaleMax", QmsErrorCode.INCONSISTENT_VALUE);
    qs("yes/no item with a scale", set(t + "/items/0", "scaleMax", 5), t + "/items/0/scaleMin", QmsErrorCode.INCONSISTENT_VALUE);
    qs("checklist item weight negative", set(t + "/items/0", "weight", -1), t + "/items/0/weight", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("two items with one id", set(t + "/items/1", "id", "dok"), t + "/items/1/id", QmsErrorCode.DUPLICATE_ID);
    qs("pass threshold above one", set(t + "/passPolicy", "minimumScore", 1.5), t + "/passPolicy/minimumScore", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("pass policy unknown property", set(t + "/passPolicy", "allYes", true), t + "/passPolicy/allYes", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("two templates with one id and version", duplicate("/checklistTemplates", 0), "/checklistTemplates/1/id", QmsErrorCode.DUPLICATE_ID);
    qs("completed checklist naming an unknown template", set(k, "templateId", "ssa"), k + "/templateId", QmsErrorCode.DANGLING_REFERENCE);
    qs("completed checklist naming an unknown version", remove(k, "templateVersion"), k + "/templateVersion", QmsErrorCode.DANGLING_REFERENCE);
    qs("completed checklist naming an unknown unit", set(k, "unitId", "x"), k + "/unitId", QmsErrorCode.DANGLING_REFERENCE);
    qs("completed checklist without date", remove(k, "date"), k + "/date", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("completed checklist date malformed", set(k, "date", "2016-13-01"), k + "/date", QmsErrorCode.VALUE_MALFORMED);
    qs("completed checklist role unknown", set(k, "answeredBy", "CHEF"), k + "/answeredBy", QmsErrorCode.VALUE_MALFORMED);
    qs("answer with two values", set(k + "/answers/0", "scale", 3), k + "/answers/0/itemId", QmsErrorCode.INCONSISTENT_VALUE);
    qs("answer choice unknown", set(k + "/answers/0", "choice", "JA"), k + "/answers/0/choice", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("one item answered twice", set(k + "/answers/1", "itemId", "dok"), k + "/answers*", QmsErrorCode.DUPLICATE_ID);
    qs("answer naming an item the template lacks", set(k + "/answers/0", "itemId", "larm"), k + "/answers/0/itemId", QmsErrorCode.CHECKLIST_ANSWER_UNKNOWN_ITEM);
    qs("scale answer to a yes/no item", root -> { obj(root, k + "/answers/0").remove("choice"); obj(root, k + "/answers/0").put("scale", 3); }, k + "/answers/0/scale", QmsErrorCode.CHECKLIST_ANSWER_TYPE);
    qs("scale answer above the scale", set(k + "/answers/1", "scale", 6), k + "/answers/1/scale", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("two completed checklists with one id", duplicate("/completedChecklists", 0), "/completedChecklists/1/id", QmsErrorCode.DUPLICATE_ID);
    qs("follow-up item without schedule", remove(f, "schedule"), f + "/schedule", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("schedule without occurrence", set(f, "schedule", json("{\"text\":\"vid behov\"}")), f + "/schedule/dates", QmsErrorCode.SCHEDULE_EMPTY);
    qs("schedule date malformed", set(f + "/schedule", "dates", json("[\"1 mars\"]")), f + "/schedule/dates/0", QmsErrorCode.VALUE_MALFORMED);
    qs("schedule month unknown", set(f + "/schedule", "months", json("[\"OKTOBER\"]")), f + "/schedule/months/0", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("schedule tertial four", set(f + "/schedule", "tertials", json("[4]")), f + "/schedule/tertials", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("schedule on February 29", set(f + "/schedule", "dates", json("[\"--02-29\"]")), f + "/schedule/dates", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("quality area unknown", set(f, "qualityArea", "TRYGGHET"), f + "/qualityArea", QmsErrorCode.VALUE_MALFORMED);
    qs("follow-up method unknown", set(f, "methods", json("[\"ENKAT\"]")), f + "/methods/0", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("follow-up item without methods", set(f, "methods", json("[]")), f + "/methods", QmsErrorCode.VALUE_MISSING);
    qs("follow-up item naming an unknown unit", set(f, "unitId", "x"), f + "/unitId", QmsErrorCode.DANGLING_REFERENCE);
    qs("follow-up item naming an unknown checklist", set(f, "checklistTemplateId", "ssa"), f + "/checklistTemplateId", QmsErrorCode.DANGLING_REFERENCE);
    qs("follow-up item naming an unknown process", set(f, "process", "9.9"), f + "/process", QmsErrorCode.DANGLING_REFERENCE);
    qs("two follow-up items with one id", duplicate("/followUpPlan", 0), "/followUpPlan/1/id", QmsErrorCode.DUPLICATE_ID);
    qs("random sample without seed", remove(f + "/sampling", "seed"), f + "/sampling/seed", QmsErrorCode.INCONSISTENT_VALUE);
    qs("sample share above one", set(f + "/sampling", "share", 1.5), f + "/sampling/share", QmsErrorCode.SAMPLE_SIZE_INVALID);
    qs("sample with share and size", set(f + "/sampling", "size", 3), f + "/sampling/share", QmsErrorCode.SAMPLE_SIZE_INVALID);
    qs("sample seed as text", set(f + "/sampling", "seed", "42"), f + "/sampling/seed", QmsErrorCode.JSON_WRONG_TYPE);
    qs("follow-up result without text", remove(f + "/results/0", "text"), f + "/results/0/text", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("follow-up result light unknown", set(f + "/results/0", "light", "GRON"), f + "/results/0/light", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("purpose with a personal identity number", set(f, "purpose", "Gäller 19121212-1212"), f + "/purpose", QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED);
  }

  private void improvementCases() {
    for (String c : List.of("/complaints/0", "/deviations/0", "/lexSarahCases/0")) {
      qs("protectedPersonalData not a boolean in " + c, set(c, "protectedPersonalData", "yes"), c + "/protectedPersonalData", QmsErrorCode.JSON_WRONG_TYPE);
      qs("protectedPersonalData a number in " + c, set(c, "protectedPersonalData", 1), c + "/protectedPersonalData", QmsErrorCode.JSON_WRONG_TYPE);
    }
    String decision = "/unexecutedDecisions/0";
    ud("protectedPersonalData not a boolean in a decision", set(decision, "protectedPersonalData", "yes"), decision + "/protectedPersonalData", QmsErrorCode.JSON_WRONG_TYPE);
    qs("complaint kind unknown", set("/complaints/0", "kind", "KLAGOMAL"), "/complaints/0/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("complaint received missing", remove("/complaints/0", "received"), "/complaints/0/received", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("complaint answered before received", set("/complaints/0", "answered", "2016-01-01"), "/complaints/0/answered", QmsErrorCode.CASE_DATE_BEFORE_START);
    qs("complaint history skips a step", set("/complaints/0/history/1", "from", "RECEIVED"), "/complaints/0*", QmsErrorCode.HISTORY_INCONSISTENT);
    qs("complaint status contradicts history", set("/complaints/0", "status", "CLOSED"), "/complaints/0/closed", QmsErrorCode.INCONSISTENT_VALUE);
    qs("complaint source unknown", set("/complaints/0", "source", "PRESS"), "/complaints/0/source", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("complaint subject without label", remove("/complaints/0/subject", "label"), "/complaints/0/subject/label", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("complaint id duplicated", root -> arr(root, "/complaints").add(arr(root, "/complaints").get(0).deepCopy()), "/complaints/1/id", QmsErrorCode.DUPLICATE_ID);
    qs("deviation unit unknown", set("/deviations/0", "unitId", "x"), "/deviations/0/unitId", QmsErrorCode.DANGLING_REFERENCE);
    qs("deviation description missing", remove("/deviations/0", "description"), "/deviations/0/description", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("deviation reported malformed", set("/deviations/0", "reported", "1 mars"), "/deviations/0/reported", QmsErrorCode.VALUE_MALFORMED);
    qs("action process unknown", set("/actions/0", "process", "9.9"), "/actions/0/process", QmsErrorCode.DANGLING_REFERENCE);
    qs("action purpose unknown", set("/actions/0", "purpose", "BOTH"), "/actions/0/purpose", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("action role unknown", set("/actions/0", "responsibleRole", "CHEF"), "/actions/0/responsibleRole", QmsErrorCode.VALUE_MALFORMED);
    qs("action history event malformed", set("/actions/0", "history", json("[{\"command\":\"START\"}]")), "/actions/0/history/0/from", QmsErrorCode.JSON_MISSING_PROPERTY);
  }

  /** A valid decision not carried out in time, then executed, and a valid report on it. */
  static final String DECISION =
      "{\"id\":\"EVB-1\",\"insats\":{\"law\":\"LSS\",\"code\":\"lss-kontaktperson\","
          + "\"label\":\"Kontaktperson\"},\"decided\":\"2019-03-04\",\"gender\":\"WOMAN\","
          + "\"delayReason\":\"RESOURCE_SHORTAGE\",\"status\":\"EXECUTED\",\"history\":["
          + "{\"command\":\"OFFER\",\"from\":\"DECIDED\",\"to\":\"OFFERED\",\"date\":\"2019-05-02\"},"
          + "{\"command\":\"EXECUTE\",\"from\":\"OFFERED\",\"to\":\"EXECUTED\",\"date\":\"2019-07-01\"}]}";
  static final String REPORT =
      "{\"quarter\":\"2019-Q2\",\"law\":\"LSS\",\"recipient\":\"IVO\",\"submitted\":\"2019-07-15\"}";

  /** The base quality system with one valid decision and one valid report. */
  static ObjectNode withDecisions(ObjectNode root) {
    root.set("unexecutedDecisions", json("[" + DECISION + "]"));
    root.set("unexecutedDecisionReports", json("[" + REPORT + "]"));
    return root;
  }

  private void ud(String name, Consumer<ObjectNode> defect, String pointer, QmsErrorCode code) {
    qs(name, root -> defect.accept(withDecisions(root)), pointer, code);
  }

  private void unexecutedDecisions() {
    String d = "/unexecutedDecisions/0";
    String r = "/unexecutedDecisionReports/0";
    ud("decision gender unknown", set(d, "gender", "KVINNA"), d + "/gender", QmsErrorCode.JSON_UNKNOWN_ENUM);
    ud("decision without day of decision", remove(d, "decided"), d + "/decided", QmsErrorCode.JSON_MISSING_PROPERTY);
    ud("decision day malformed", set(d, "decided", "4 mars 2019"), d + "/decided", QmsErrorCode.VALUE_MALFORMED);
    ud("insats code malformed", set(d + "/insats", "code", "Kontaktperson"), d + "/insats/code", QmsErrorCode.VALUE_MALFORMED);
    ud("insats law unknown", set(d + "/insats", "law", "SFB"), d + "/insats/law", QmsErrorCode.JSON_UNKNOWN_ENUM);
    ud("insats without label", remove(d + "/insats", "label"), d + "/insats/label", QmsErrorCode.JSON_MISSING_PROPERTY);
    ud("delay reason unknown", set(d, "delayReason", "RESURSBRIST"), d + "/delayReason", QmsErrorCode.JSON_UNKNOWN_ENUM);
    ud("delay reason text blank", set(d, "delayReasonText", " "), d + "/delayReasonText", QmsErrorCode.VALUE_BLANK);
    ud("offer before the decision", set(d + "/history/0", "date", "2019-01-01"), d + "*", QmsErrorCode.CASE_DATE_BEFORE_START);
    ud("execution history skips a step", set(d + "/history/1", "from", "DECIDED"), d + "*", QmsErrorCode.HISTORY_INCONSISTENT);
    ud("decision status contradicts history", set(d, "status", "INTERRUPTED"), d + "/status", QmsErrorCode.HISTORY_INCONSISTENT);
    ud("execution command unknown", set(d + "/history/0", "command", "VERKSTALL"), d + "/history/0/command", QmsErrorCode.JSON_UNKNOWN_ENUM);
    ud("two decisions with one id", duplicate("/unexecutedDecisions", 0), "/unexecutedDecisions/1/id", QmsErrorCode.DUPLICATE_ID);
    ud("decision id with a personal identity number", set(d, "id", "19121212-1212"), d + "/id", QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED);
    ud("decision unknown property", set(d, "personnummer", "x"), d + "/personnummer", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    ud("decisions not an array", set("", "unexecutedDecisions", json("{}")), "/unexecutedDecisions", QmsErrorCode.JSON_WRONG_TYPE);
    ud("report on a year", set(r, "quarter", "2019"), r + "/quarter", QmsErrorCode.REPORT_PERIOD_NOT_QUARTER);
    ud("report before the quarter ends", set(r, "submitted", "2019-06-01"), r + "/submitted", QmsErrorCode.REPORT_BEFORE_QUARTER_END);
    ud("report recipient unknown", set(r, "recipient", "REVISORER"), r + "/recipient", QmsErrorCode.JSON_UNKNOWN_ENUM);
    ud("two reports for one quarter, law and recipient", duplicate("/unexecutedDecisionReports", 0), "/unexecutedDecisionReports/1", QmsErrorCode.DUPLICATE_ID);
  }

  private void unexecutedDecisionPolicy() {
    String p = "/unexecutedDecisionPolicy";
    Consumer<ObjectNode> policy =
        root -> root.set("unexecutedDecisionPolicy", json("{\"executionLimitMonths\":3,\"recipients\":[\"IVO\"]}"));
    rs("execution limit of no months", policy.andThen(set(p, "executionLimitMonths", 0)), p + "/executionLimitMonths", QmsErrorCode.VALUE_OUT_OF_RANGE);
    rs("recipient unknown", policy.andThen(set(p, "recipients", json("[\"IVO2\"]"))), p + "/recipients/0", QmsErrorCode.JSON_UNKNOWN_ENUM);
    rs("recipient twice", policy.andThen(set(p, "recipients", json("[\"IVO\",\"IVO\"]"))), p + "/recipients/1", QmsErrorCode.DUPLICATE_ID);
    rs("insats catalogue with one code twice",
        policy.andThen(set(p, "insatser", json("[{\"law\":\"SOL\",\"code\":\"sol-larm\",\"label\":\"Larm\"},"
            + "{\"law\":\"LSS\",\"code\":\"sol-larm\",\"label\":\"Trygghetslarm\"}]"))),
        p + "/insatser*", QmsErrorCode.DUPLICATE_ID);
    rs("empty insats catalogue", policy.andThen(set(p, "insatser", json("[]"))), p + "/insatser", QmsErrorCode.VALUE_MISSING);
    rs("sanction minimum above maximum",
        policy.andThen(set(p, "sanctionMinimumKronor", 20_000)).andThen(set(p, "sanctionMaximumKronor", 10_000)),
        p + "/sanctionMaximumKronor", QmsErrorCode.INCONSISTENT_VALUE);
    rs("unexecuted policy unknown property", policy.andThen(set(p, "deadline", 3)), p + "/deadline", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    rs("report when none as text", policy.andThen(set(p, "reportWhenNone", "ja")), p + "/reportWhenNone", QmsErrorCode.JSON_WRONG_TYPE);
  }

  private void lexSarah() {
    String c = "/lexSarahCases/0";
    String h = c + "/history";
    qs("lex Sarah cases not an array", set("", "lexSarahCases", json("{}")), "/lexSarahCases", QmsErrorCode.JSON_WRONG_TYPE);
    qs("lex Sarah case without id", remove(c, "id"), c + "/id", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("lex Sarah case unknown property", set(c, "severity", 3), c + "/severity", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    qs("lex Sarah case id duplicated", set("/lexSarahCases/1", "id", "LS-1"), "/lexSarahCases/1/id", QmsErrorCode.DUPLICATE_ID);
    qs("lex Sarah committee unknown", set(c, "committeeId", "kf"), c + "/committeeId", QmsErrorCode.DANGLING_REFERENCE);
    qs("lex Sarah committee not a nämnd", set(c, "committeeId", "sf"), c + "/committeeId", QmsErrorCode.LEX_SARAH_COMMITTEE_NOT_A_NAMND);
    qs("lex Sarah unit unknown", set(c, "unitId", "x"), c + "/unitId", QmsErrorCode.DANGLING_REFERENCE);
    qs("lex Sarah provider unknown", set(c, "provider", "ENSKILD"), c + "/provider", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("lex Sarah reported malformed", set(c, "reported", "början av november"), c + "/reported", QmsErrorCode.VALUE_MALFORMED);
    qs("lex Sarah reporter role unknown", set(c, "reporterRole", "PERSONAL"), c + "/reporterRole", QmsErrorCode.VALUE_MALFORMED);
    qs("lex Sarah description with a personal identity number", set(c, "description", "Gäller 19121212-1212"), c + "/description", QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED);
    qs("lex Sarah category unknown", set(c, "categories", json("[\"VALD\"]")), c + "/categories/0", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("lex Sarah category twice", set(c, "categories", json("[\"NEGLECT\",\"NEGLECT\"]")), c + "/categories/1", QmsErrorCode.DUPLICATE_ID);
    qs("lex Sarah individual count zero", set(c, "individualCount", 0), c + "/individualCount", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("lex Sarah more individuals named than counted", set(c, "individuals", json("[{\"id\":\"b-1\",\"displayName\":\"A\"},{\"id\":\"b-2\",\"displayName\":\"B\"},{\"id\":\"b-3\",\"displayName\":\"C\"}]")), c + "/individuals", QmsErrorCode.LEX_SARAH_INDIVIDUALS_INCONSISTENT);
    qs("lex Sarah individual named twice", set(c, "individuals", json("[{\"id\":\"b-1\",\"displayName\":\"A\"},{\"id\":\"b-1\",\"displayName\":\"B\"}]")), c + "/individuals/1/id", QmsErrorCode.LEX_SARAH_INDIVIDUALS_INCONSISTENT);
    qs("lex Sarah individual with a personal identity number", set(c + "/individuals/0", "id", "121212-1212"), c + "/individuals/0/id", QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED);
    qs("lex Sarah severity beyond any scale", set(c + "/riskEstimate", "severity", 11), c + "/riskEstimate/severity", QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
    qs("lex Sarah probability as text", set(c + "/riskEstimate", "probability", "3"), c + "/riskEstimate/probability", QmsErrorCode.JSON_WRONG_TYPE);
    qs("lex Sarah status unknown", set(c, "status", "ANMALD"), c + "/status", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("lex Sarah status contradicts the history", set(c, "status", "CLOSED"), c + "/status", QmsErrorCode.HISTORY_INCONSISTENT);
    qs("lex Sarah history skips a step", set(h + "/2", "from", "RECEIVED"), c + "*", QmsErrorCode.HISTORY_INCONSISTENT);
    qs("lex Sarah command unknown", set(h + "/0", "command", "RAPPORTERA"), h + "/0/command", QmsErrorCode.JSON_UNKNOWN_ENUM);
    qs("lex Sarah event before the report", set(h + "/0", "date", "2019-03-01"), h + "/0/date", QmsErrorCode.CASE_DATE_BEFORE_START);
    qs("lex Sarah assessment missing", remove(h + "/3", "assessment"), h + "/3/assessment", QmsErrorCode.COMMAND_INCOMPLETE);
    qs("lex Sarah notification after a non-serious assessment", set(h + "/3", "assessment", "IMPROPRIETY"), h + "/4/command", QmsErrorCode.LEX_SARAH_NOT_SERIOUS);
    qs("lex Sarah decision after the notification", set(h + "/4", "decisionDate", "2019-03-21"), h + "/4/decisionDate", QmsErrorCode.DATES_OUT_OF_ORDER);
    qs("lex Sarah decision by someone on a registration", set(h + "/1", "decidedBy", "NAMND"), h + "/1/decidedBy", QmsErrorCode.COMMAND_INCOMPLETE);
    qs("lex Sarah referral with an impropriety", set("/lexSarahCases/1/history/0", "assessment", "IMPROPRIETY"), "/lexSarahCases/1/history/0/referral", QmsErrorCode.LEX_SARAH_REFERRAL_MISPLACED);
    qs("lex Sarah serious case closed without notification", root -> {
      ObjectNode close = obj(root, h + "/4");
      close.put("command", "CLOSE");
      close.put("to", "CLOSED");
      close.remove("decisionDate");
      obj(root, c).put("status", "CLOSED");
    }, h + "/4/command", QmsErrorCode.LEX_SARAH_SERIOUS_NOT_NOTIFIED);
  }

  private void ruleSets() {
    rs("risk scale of one step", set("/riskPolicy/probability", "labelsSv", json("[\"En\"]")), "/riskPolicy/probability*", QmsErrorCode.RISK_SCALE_SIZE);
    rs("risk bands with a gap", set("/riskPolicy/bands/1", "lower", 5), "/riskPolicy/bands", QmsErrorCode.RISK_BANDS_GAP);
    rs("risk bands overlapping", set("/riskPolicy/bands/1", "lower", 3), "/riskPolicy/bands", QmsErrorCode.RISK_BANDS_OVERLAP);
    rs("risk bands short of the scales", set("/riskPolicy/bands/2", "upper", 12), "/riskPolicy*", QmsErrorCode.RISK_BANDS_RANGE);
    rs("risk band empty", set("/riskPolicy/bands/0", "upper", 1), "/riskPolicy/bands/0/upper", QmsErrorCode.VALUE_OUT_OF_RANGE);
    rs("escalation threshold beyond the scales", set("/riskPolicy/escalation", "threshold", 17), "/riskPolicy*", QmsErrorCode.RISK_ESCALATION_THRESHOLD);
    rs("escalation flag as text", set("/riskPolicy/escalation", "topSeverityEscalates", "ja"), "/riskPolicy/escalation/topSeverityEscalates", QmsErrorCode.JSON_WRONG_TYPE);
    rs("risk policy without bands", remove("/riskPolicy", "bands"), "/riskPolicy/bands", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("format missing", remove("", "format"), "/format", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("format of a quality system", set("", "format", "qms-quality-system"), "/format", QmsErrorCode.JSON_FORMAT_UNSUPPORTED);
    rs("name missing", remove("", "name"), "/name", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("unknown property", set("", "owner", "x"), "/owner", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    String rules = new String(RS, StandardCharsets.UTF_8);
    cases.add(
        new Case(
            "duplicate property in a tolerance",
            true,
            rules.replace("\"amount\" : 2.0", "\"amount\" : 2.0, \"amount\" : 3.0").getBytes(StandardCharsets.UTF_8),
            "/lightPolicies/0/tolerance/amount",
            QmsErrorCode.DUPLICATE_ID));
    rs("policies not an array", set("", "lightPolicies", json("{}")), "/lightPolicies", QmsErrorCode.JSON_WRONG_TYPE);
    rs("policy kind unknown", set("/lightPolicies/0", "kind", "RED"), "/lightPolicies/0/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    rs("policy indicator missing", remove("/lightPolicies/0", "indicatorId"), "/lightPolicies/0/indicatorId", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("target policy without tolerance", remove("/lightPolicies/0", "tolerance"), "/lightPolicies/0/tolerance", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("target policy without target", remove("/lightPolicies/0", "target"), "/lightPolicies/0/target", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("target kind unknown", set("/lightPolicies/0/target", "kind", "AVERAGE"), "/lightPolicies/0/target/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    rs("absolute target without value", set("/lightPolicies/0/target", "kind", "ABSOLUTE"), "/lightPolicies/0/target/value", QmsErrorCode.VALUE_MISSING);
    rs("group target without reference", remove("/lightPolicies/0/target", "reference"), "/lightPolicies/0/target/reference", QmsErrorCode.VALUE_MISSING);
    rs("average target with a reference", set("/lightPolicies/0/target", "kind", "NATIONAL_AVERAGE"), "/lightPolicies/0/target/reference", QmsErrorCode.INCONSISTENT_VALUE);
    rs("delta unit unknown", set("/lightPolicies/0/target", "deltaUnit", "PROCENT"), "/lightPolicies/0/target/deltaUnit", QmsErrorCode.JSON_UNKNOWN_ENUM);
    rs("tolerance negative", set("/lightPolicies/0/tolerance", "amount", -1.0), "/lightPolicies/0/tolerance/amount", QmsErrorCode.VALUE_OUT_OF_RANGE);
    rs("tolerance kind unknown", set("/lightPolicies/0/tolerance", "kind", "RELATIVE"), "/lightPolicies/0/tolerance/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    rs("bands without yellow", remove("/lightPolicies/1", "yellowFrom"), "/lightPolicies/1/yellowFrom", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("bands with a target", set("/lightPolicies/1", "target", json("{\"kind\":\"NATIONAL_AVERAGE\"}")), "/lightPolicies/1/target", QmsErrorCode.LIGHT_POLICY_INVALID);
    rs("green boundary as text", set("/lightPolicies/1", "greenFrom", "3,6"), "/lightPolicies/1/greenFrom", QmsErrorCode.JSON_WRONG_TYPE);
    rs("pass/fail with bands", set("/lightPolicies/2", "greenFrom", 1.0), "/lightPolicies/2/greenFrom", QmsErrorCode.LIGHT_POLICY_INVALID);
    rs("two policies for one indicator", set("/lightPolicies/1", "indicatorId", "nojd"), "/lightPolicies/1/indicatorId", QmsErrorCode.DUPLICATE_ID);
    rs("policy unknown property", set("/lightPolicies/2", "colour", "green"), "/lightPolicies/2/colour", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    String t = "/lexSarahTimeliness";
    rs("lex Sarah timeliness without limits", remove(t, "limits"), t + "/limits", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("lex Sarah timeliness unknown property", set(t, "genast", 0), t + "/genast", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    rs("lex Sarah step unknown", set(t + "/limits/0", "step", "REGISTRERING"), t + "/limits/0/step", QmsErrorCode.JSON_UNKNOWN_ENUM);
    rs("lex Sarah step twice", set(t + "/limits/1", "step", "REGISTRATION"), t + "/limits/1/step", QmsErrorCode.DUPLICATE_ID);
    rs("lex Sarah limit negative", set(t + "/limits/0", "amount", -1), t + "/limits/0/amount", QmsErrorCode.TIME_LIMIT_OUT_OF_RANGE);
    rs("lex Sarah limit unit unknown", set(t + "/limits/0", "unit", "ARBETSDAGAR"), t + "/limits/0/unit", QmsErrorCode.JSON_UNKNOWN_ENUM);
    rs("lex Sarah limit without amount", remove(t + "/limits/0", "amount"), t + "/limits/0/amount", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("lex Sarah limit basis blank", set(t + "/limits/1", "basis", " "), t + "/limits/1/basis", QmsErrorCode.VALUE_BLANK);
    rs("lex Sarah move flag as text", set(t + "/limits/1", "moveToNextWorkingDay", "ja"), t + "/limits/1/moveToNextWorkingDay", QmsErrorCode.JSON_WRONG_TYPE);
  }

  /** Rule settings of the compliance engine and the yearly compilations they check. */
  private void compliance() {
    rs("rule setting of an unknown rule", set("", "rules", json("[{\"ruleId\": \"process.no-such-rule\"}]")), "/rules/0/ruleId", QmsErrorCode.COMPLIANCE_RULE_UNKNOWN);
    rs("rule setting with an unknown parameter", set("", "rules", json("[{\"ruleId\": \"complaint.answer-overdue\", \"parameters\": {\"days\": 14}}]")), "/rules/0/parameters/days", QmsErrorCode.COMPLIANCE_PARAMETER_UNKNOWN);
    rs("rule parameter above its range", set("", "rules", json("[{\"ruleId\": \"complaint.answer-overdue\", \"parameters\": {\"answerDays\": 366}}]")), "/rules/0/parameters/answerDays", QmsErrorCode.COMPLIANCE_PARAMETER_OUT_OF_RANGE);
    rs("rule parameter below its range", set("", "rules", json("[{\"ruleId\": \"action.effect-not-evaluated\", \"parameters\": {\"graceDays\": -1}}]")), "/rules/0/parameters/graceDays", QmsErrorCode.COMPLIANCE_PARAMETER_OUT_OF_RANGE);
    rs("rule parameter as text", set("", "rules", json("[{\"ruleId\": \"complaint.answer-overdue\", \"parameters\": {\"answerDays\": \"14\"}}]")), "/rules/0/parameters/answerDays", QmsErrorCode.JSON_WRONG_TYPE);
    rs("rule parameter as a fraction", set("", "rules", json("[{\"ruleId\": \"complaint.answer-overdue\", \"parameters\": {\"answerDays\": 14.5}}]")), "/rules/0/parameters/answerDays", QmsErrorCode.JSON_WRONG_TYPE);
    rs("rule parameters not an object", set("", "rules", json("[{\"ruleId\": \"complaint.answer-overdue\", \"parameters\": [14]}]")), "/rules/0/parameters", QmsErrorCode.JSON_WRONG_TYPE);
    rs("rule severity unknown", set("", "rules", json("[{\"ruleId\": \"action.overdue\", \"severity\": \"FATAL\"}]")), "/rules/0/severity", QmsErrorCode.JSON_UNKNOWN_ENUM);
    rs("rule switch as text", set("", "rules", json("[{\"ruleId\": \"action.overdue\", \"enabled\": \"nej\"}]")), "/rules/0/enabled", QmsErrorCode.JSON_WRONG_TYPE);
    rs("rule basis blank", set("", "rules", json("[{\"ruleId\": \"action.overdue\", \"basis\": \" \"}]")), "/rules/0*", QmsErrorCode.VALUE_BLANK);
    rs("rule setting without rule id", set("", "rules", json("[{\"enabled\": false}]")), "/rules/0/ruleId", QmsErrorCode.JSON_MISSING_PROPERTY);
    rs("rule setting with an unknown property", set("", "rules", json("[{\"ruleId\": \"action.overdue\", \"off\": true}]")), "/rules/0/off", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    rs("rule configured twice", set("", "rules", json("[{\"ruleId\": \"action.overdue\"}, {\"ruleId\": \"action.overdue\", \"enabled\": false}]")), "/rules/1/ruleId", QmsErrorCode.DUPLICATE_ID);
    rs("rules not an array", set("", "rules", json("{\"action.overdue\": false}")), "/rules", QmsErrorCode.JSON_WRONG_TYPE);
    qs("compilation of a year twice", set("", "compilations", json("[{\"year\": 2016, \"compiled\": \"2017-02-01\"}, {\"year\": 2016, \"compiled\": \"2017-03-01\"}]")), "/compilations/1/year", QmsErrorCode.DUPLICATE_ID);
    qs("compilation dated before its year", set("", "compilations", json("[{\"year\": 2016, \"compiled\": \"2015-12-31\"}]")), "/compilations/0*", QmsErrorCode.DATES_OUT_OF_ORDER);
    qs("compilation year out of range", set("", "compilations", json("[{\"year\": 1899, \"compiled\": \"2017-02-01\"}]")), "/compilations/0*", QmsErrorCode.VALUE_OUT_OF_RANGE);
    qs("compilation without date", set("", "compilations", json("[{\"year\": 2016}]")), "/compilations/0/compiled", QmsErrorCode.JSON_MISSING_PROPERTY);
    qs("compilation date malformed", set("", "compilations", json("[{\"year\": 2016, \"compiled\": \"2017-2-1\"}]")), "/compilations/0/compiled", QmsErrorCode.VALUE_MALFORMED);
  }

  /** Two valid case record sets: deviations by category (Tabell 15) and complaints by kind. */
  static final String CASE_RECORD_SETS =
      "[{\"id\":\"tabell-15\",\"title\":\"Typ av avvikelser 2019\","
          + "\"reference\":\"Kvalitetsberättelse 2019, Tabell 15\",\"lines\":["
          + "{\"count\":65,\"type\":\"DEVIATION\",\"category\":{\"code\":\"kommunikation-och-information\",\"label\":\"Kommunikation och information\"},\"period\":\"2019\"},"
          + "{\"count\":0,\"type\":\"DEVIATION\",\"category\":{\"code\":\"utbildning-kompetens\",\"label\":\"Utbildning, kompetens\"},\"period\":\"2019\"},"
          + "{\"count\":11,\"type\":\"DEVIATION\",\"category\":{\"code\":\"omgivning-och-organisation\",\"label\":\"Omgivning och organisation\"},\"period\":\"2019\"},"
          + "{\"count\":189,\"type\":\"DEVIATION\",\"period\":\"2019\",\"ledToDocumentedAction\":true}]},"
          + "{\"id\":\"per-arendetyp\",\"title\":\"Klagomål och synpunkter per ärendetyp\",\"lines\":["
          + "{\"count\":6,\"type\":\"COMPLAINT\",\"kind\":\"COMPLAINT\",\"subject\":{\"code\":\"handlaggning\",\"label\":\"Handläggning\"},"
          + "\"source\":\"USERS_AND_NEXT_OF_KIN\",\"organisation\":\"2284\",\"unit\":\"Försörjningsstöd\",\"period\":\"2016-T1\"}]}]";

  private void crs(String name, Consumer<ObjectNode> defect, String pointer, QmsErrorCode code) {
    qs(name, root -> defect.accept(withCaseRecordSets(root)), pointer, code);
  }

  /** The base quality system with {@link #CASE_RECORD_SETS}. */
  static ObjectNode withCaseRecordSets(ObjectNode root) {
    root.set("caseRecordSets", json(CASE_RECORD_SETS));
    return root;
  }

  /** Complaints and deviations known only as counts. */
  private void caseRecordSets() {
    String s = "/caseRecordSets/0";
    String l = s + "/lines/3";
    String k = "/caseRecordSets/1/lines/0";
    crs("case record sets not an array", set("", "caseRecordSets", json("{}")), "/caseRecordSets", QmsErrorCode.JSON_WRONG_TYPE);
    crs("case record set id duplicated", set("/caseRecordSets/1", "id", "tabell-15"), "/caseRecordSets/1/id", QmsErrorCode.DUPLICATE_ID);
    crs("case record set without id", remove(s, "id"), s + "/id", QmsErrorCode.JSON_MISSING_PROPERTY);
    crs("case record set title blank", set(s, "title", " "), s + "/title", QmsErrorCode.VALUE_BLANK);
    crs("case record set title with a personal identity number", set(s, "title", "Gäller 19121212-1212"), s + "/title", QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED);
    crs("case record set reference as a number", set(s, "reference", 15), s + "/reference", QmsErrorCode.JSON_WRONG_TYPE);
    crs("case record set without lines", set(s, "lines", json("[]")), s + "/lines", QmsErrorCode.VALUE_MISSING);
    crs("case record set lines missing", remove(s, "lines"), s + "/lines", QmsErrorCode.JSON_MISSING_PROPERTY);
    crs("case record set unknown property", set(s, "rows", json("[]")), s + "/rows", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    crs("case record set of mixed types", set(l, "type", "COMPLAINT"), l + "/type", QmsErrorCode.INCONSISTENT_VALUE);
    crs("case record count negative", set(l, "count", -1), l + "/count", QmsErrorCode.VALUE_OUT_OF_RANGE);
    crs("case record count above the limit", set(l, "count", 10_000_001), l + "/count", QmsErrorCode.VALUE_OUT_OF_RANGE);
    crs("case record count a fraction", set(l, "count", 1.5), l + "/count", QmsErrorCode.JSON_WRONG_TYPE);
    crs("case record count as text", set(l, "count", "189"), l + "/count", QmsErrorCode.JSON_WRONG_TYPE);
    crs("case record count missing", remove(l, "count"), l + "/count", QmsErrorCode.JSON_MISSING_PROPERTY);
    crs("case record type missing", remove(l, "type"), l + "/type", QmsErrorCode.JSON_MISSING_PROPERTY);
    crs("case record type unknown", set(l, "type", "AVVIKELSE"), l + "/type", QmsErrorCode.JSON_UNKNOWN_ENUM);
    crs("case record period malformed", set(l, "period", "2019-T4"), l + "/period", QmsErrorCode.PERIOD_MALFORMED);
    crs("case record flag as text", set(l, "ledToDocumentedAction", "ja"), l + "/ledToDocumentedAction", QmsErrorCode.JSON_WRONG_TYPE);
    crs("case record unknown property", set(l, "printed", "13 %"), l + "/printed", QmsErrorCode.JSON_UNKNOWN_PROPERTY);
    crs("deviation record with a complaint kind", set(l, "kind", "COMPLAINT"), l + "/kind", QmsErrorCode.RECORD_FIELD_NOT_APPLICABLE);
    crs("deviation record with a source", set(l, "source", "STAFF"), l + "/source", QmsErrorCode.RECORD_FIELD_NOT_APPLICABLE);
    crs("complaint record with a category", set(k, "category", json("{\"code\":\"ovriga\",\"label\":\"Övriga\"}")), k + "/category", QmsErrorCode.RECORD_FIELD_NOT_APPLICABLE);
    crs("case record category without label", remove(s + "/lines/0/category", "label"), s + "/lines/0/category/label", QmsErrorCode.JSON_MISSING_PROPERTY);
    crs("case record subject code malformed", set(k + "/subject", "code", "Handläggning"), k + "/subject/code", QmsErrorCode.VALUE_MALFORMED);
    crs("complaint record kind unknown", set(k, "kind", "KLAGOMAL"), k + "/kind", QmsErrorCode.JSON_UNKNOWN_ENUM);
    crs("complaint record source unknown", set(k, "source", "PRESS"), k + "/source", QmsErrorCode.JSON_UNKNOWN_ENUM);
    crs("case record unit blank", set(k, "unit", " "), k + "/unit", QmsErrorCode.VALUE_BLANK);
    crs("case record organisation a personal identity number", set(k, "organisation", "19121212-1212"), k + "/organisation", QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED);
  }
}
