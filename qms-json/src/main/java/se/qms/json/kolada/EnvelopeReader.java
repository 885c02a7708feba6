package se.qms.json.kolada;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.GenderGroup;
import tools.jackson.databind.JsonNode;

/**
 * Checks one Kolada v2 envelope and its data objects, adding every error found to {@link Problems}
 * with its JSON pointer; a data object with an error is left out of the page. Not thread-safe: one
 * per page.
 */
final class EnvelopeReader {
  static final int MAX_COUNT = 1_000_000;
  static final int MAX_STATUS_LENGTH = 100;

  private static final Set<String> ENVELOPE =
      Set.of("values", "count", "next_page", "previous_page");
  private static final Set<String> DATUM = Set.of("kpi", "municipality", "period", "values");
  private static final Set<String> VALUE = Set.of("gender", "count", "status", "value");

  private final Problems problems;

  EnvelopeReader(Problems problems) {
    this.problems = problems;
  }

  KoladaPage read(JsonNode root) {
    if (!root.isObject()) {
      wrongType(
          "",
          "ett objekt {\"values\": [...], \"count\": n}",
          "an object {\"values\": [...], \"count\": n}",
          root);
      return new KoladaPage(List.of(), Optional.empty());
    }
    List<KoladaDatum> data = new ArrayList<>();
    int size = -1;
    JsonNode values = root.get("values");
    if (values == null) {
      missing("", "values");
    } else if (!values.isArray()) {
      wrongType("/values", "en lista", "an array", values);
    } else {
      size = values.size();
      for (int i = 0; i < size; i++) {
        datum(values.get(i), "/values/" + i).ifPresent(data::add);
      }
    }
    JsonNode count = root.get("count");
    if (count == null) {
      missing("", "count");
    } else {
      OptionalInt n = integer(count, "/count", 0, Integer.MAX_VALUE);
      if (n.isPresent() && size >= 0 && n.getAsInt() != size) {
        problems.error(
            "/count",
            QmsErrorCode.KOLADA_BODY_MALFORMED,
            "count är " + n.getAsInt() + " men listan values har " + size + " element",
            "count is " + n.getAsInt() + " but values has " + size + " elements",
            Integer.toString(n.getAsInt()));
      }
    }
    Optional<String> next = url(root.get("next_page"), "/next_page");
    url(root.get("previous_page"), "/previous_page");
    unknownProperties(root, "", ENVELOPE, "envelope");
    return new KoladaPage(data, next);
  }

  private Optional<KoladaDatum> datum(JsonNode node, String at) {
    if (!node.isObject()) {
      wrongType(at, "ett dataobjekt", "a data object", node);
      return Optional.empty();
    }
    int before = problems.errorCount();
    String kpi = string(node, at, "kpi");
    if (kpi != null && !KoladaIds.isKpi(kpi)) {
      malformed(
          at + "/kpi",
          "ett KPI-id: en versal och fem siffror",
          "a KPI id: a capital letter and five digits",
          kpi);
    }
    String area = string(node, at, "municipality");
    if (area != null && !KoladaIds.isArea(area)) {
      malformed(
          at + "/municipality",
          "ett kommun-id med fyra siffror eller ett grupp-id (G och 1–20 bokstäver eller siffror)",
          "a four-digit municipality id or a group id (G and 1–20 letters or digits)",
          area);
    }
    OptionalInt year = year(node.get("period"), at);
    List<KoladaDatum.Value> values = new ArrayList<>();
    JsonNode list = node.get("values");
    if (list == null) {
      missing(at, "values");
    } else if (!list.isArray()) {
      wrongType(at + "/values", "en lista", "an array", list);
    } else {
      for (int i = 0; i < list.size(); i++) {
        value(list.get(i), at + "/values/" + i).ifPresent(values::add);
      }
    }
    unknownProperties(node, at, DATUM, "data object");
    if (problems.errorCount() != before) {
      return Optional.empty();
    }
    return Optional.of(new KoladaDatum(kpi, area, year.getAsInt(), problems.page(), at, values));
  }

  private OptionalInt year(JsonNode period, String at) {
    String p = at + "/period";
    if (period == null) {
      missing(at, "period");
      return OptionalInt.empty();
    }
    if (period.isIntegralNumber()) {
      if (period.canConvertToInt() && isYear(period.intValue())) {
        return OptionalInt.of(period.intValue());
      }
    } else if (period.isString()) {
      String text = period.stringValue();
      if (text.length() == 4
          && text.chars().allMatch(c -> c >= '0' && c <= '9')
          && isYear(Integer.parseInt(text))) {
        return OptionalInt.of(Integer.parseInt(text));
      }
    } else {
      wrongType(p, "ett år (heltal)", "a year (an integer)", period);
      return OptionalInt.empty();
    }
    problems.error(
        p,
        QmsErrorCode.JSON_CONSTRAINT_VIOLATED,
        "period måste vara ett år 1900–9999",
        "period must be a year 1900–9999",
        rendered(period));
    return OptionalInt.empty();
  }

  private static boolean isYear(int year) {
    return year >= se.qms.core.measure.Period.MIN_YEAR
        && year <= se.qms.core.measure.Period.MAX_YEAR;
  }

  private Optional<KoladaDatum.Value> value(JsonNode node, String at) {
    if (!node.isObject()) {
      wrongType(at, "ett värdeobjekt", "a value object", node);
      return Optional.empty();
    }
    int before = problems.errorCount();
    GenderGroup gender = null;
    String code = string(node, at, "gender");
    if (code != null) {
      gender = gender(code);
      if (gender == null) {
        problems.error(
            at + "/gender",
            QmsErrorCode.JSON_UNKNOWN_ENUM,
            "gender måste vara T, K eller M",
            "gender must be T, K or M",
            Problems.render(code));
      }
    }
    int count = 1;
    JsonNode c = node.get("count");
    if (c != null) {
      count = integer(c, at + "/count", 0, MAX_COUNT).orElse(1);
    }
    String status = "";
    JsonNode s = node.get("status");
    if (s != null && !s.isNull()) {
      if (!s.isString()) {
        wrongType(at + "/status", "en text", "a string", s);
      } else if (s.stringValue().length() > MAX_STATUS_LENGTH) {
        problems.error(
            at + "/status",
            QmsErrorCode.JSON_CONSTRAINT_VIOLATED,
            "status får ha högst " + MAX_STATUS_LENGTH + " tecken",
            "status must have at most " + MAX_STATUS_LENGTH + " characters",
            Problems.render(s.stringValue()));
      } else {
        status = s.stringValue();
      }
    }
    OptionalDouble value = OptionalDouble.empty();
    JsonNode v = node.get("value");
    if (v == null) {
      missing(at, "value");
    } else if (v.isNumber()) {
      double d = v.doubleValue();
      if (Double.isFinite(d)) {
        value = OptionalDouble.of(d);
      } else {
        problems.error(
            at + "/value",
            QmsErrorCode.JSON_CONSTRAINT_VIOLATED,
            "value måste vara ett ändligt tal",
            "value must be a finite number",
            rendered(v));
      }
    } else if (!v.isNull()) {
      wrongType(at + "/value", "ett tal eller null", "a number or null", v);
    }
    unknownProperties(node, at, VALUE, "value object");
    if (problems.errorCount() != before) {
      return Optional.empty();
    }
    if (!status.isEmpty()) {
      problems.note(
          "status:" + status,
          at + "/status",
          "Kolada-statusen \""
              + Problems.render(status)
              + "\" tolkas inte; värdet används som det är",
          "Kolada status \""
              + Problems.render(status)
              + "\" is not interpreted; the value is used as it is");
    }
    return Optional.of(new KoladaDatum.Value(gender, count, status, value, at));
  }

  private static GenderGroup gender(String code) {
    for (GenderGroup g : GenderGroup.values()) {
      if (g.koladaCode().equals(code)) {
        return g;
      }
    }
    return null;
  }

  /** A required string property, or null with the error added. */
  private String string(JsonNode node, String at, String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      missing(at, name);
      return null;
    }
    if (!v.isString()) {
      wrongType(at + "/" + name, "en text", "a string", v);
      return null;
    }
    return v.stringValue();
  }

  private OptionalInt integer(JsonNode node, String at, int min, int max) {
    if (!node.isIntegralNumber()) {
      wrongType(at, "ett heltal", "an integer", node);
      return OptionalInt.empty();
    }
    if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
      problems.error(
          at,
          QmsErrorCode.JSON_CONSTRAINT_VIOLATED,
          "måste vara ett heltal " + min + "–" + max,
          "must be an integer in [" + min + ", " + max + "]",
          rendered(node));
      return OptionalInt.empty();
    }
    return OptionalInt.of(node.intValue());
  }

  private Optional<String> url(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isString() || node.stringValue().isBlank()) {
      wrongType(at, "en URL eller null", "a URL or null", node);
      return Optional.empty();
    }
    return Optional.of(node.stringValue());
  }

  private void unknownProperties(JsonNode node, String at, Set<String> known, String where) {
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        String shown = Problems.render(name);
        problems.note(
            "property:" + where + ":" + name,
            at + Problems.segment(name),
            "okänd egenskap \"" + shown + "\" ignoreras (första förekomsten visas)",
            "unknown property \""
                + shown
                + "\" of a "
                + where
                + " ignored (first occurrence shown)");
      }
    }
  }

  private void missing(String at, String name) {
    problems.error(
        at + "/" + name,
        QmsErrorCode.JSON_MISSING_PROPERTY,
        "egenskapen \"" + name + "\" saknas",
        "property \"" + name + "\" is missing",
        null);
  }

  private void wrongType(String at, String expectedSv, String expectedEn, JsonNode actual) {
    problems.error(
        at,
        QmsErrorCode.JSON_WRONG_TYPE,
        "förväntade " + expectedSv + ", fann " + typeSv(actual),
        "expected " + expectedEn + ", found " + typeEn(actual),
        rendered(actual));
  }

  private void malformed(String at, String expectedSv, String expectedEn, String actual) {
    problems.error(
        at,
        QmsErrorCode.KOLADA_BODY_MALFORMED,
        "förväntade " + expectedSv,
        "expected " + expectedEn,
        Problems.render(actual));
  }

  /** A scalar's text for a message; null for objects and arrays. */
  private static String rendered(JsonNode node) {
    if (node.isContainer()) {
      return null;
    }
    return Problems.render(node.isString() ? node.stringValue() : node.toString());
  }

  private static String typeSv(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return "ett objekt";
      case ARRAY:
        return "en lista";
      case STRING:
        return "en text";
      case NUMBER:
        return "ett tal";
      case BOOLEAN:
        return "ett sanningsvärde";
      case NULL:
        return "null";
      default:
        return "ett annat värde";
    }
  }

  private static String typeEn(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "another value";
    }
  }
}
