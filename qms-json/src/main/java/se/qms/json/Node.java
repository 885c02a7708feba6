package se.qms.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import se.qms.core.QmsErrorCode;
import tools.jackson.databind.JsonNode;

/**
 * A JSON value with its pointer: typed accessors that record a located error instead of throwing,
 * so one read collects every error of a document. An accessor that fails returns {@code null} or
 * empty and the caller skips the value.
 */
final class Node {
  private final JsonNode json;
  private final String pointer;
  private final Errors errors;
  private final boolean lenient;
  private final Shared shared;

  /** The root of a document read: its nodes share one {@link Shared}. */
  Node(JsonNode json, String pointer, Errors errors, boolean lenient) {
    this(json, pointer, errors, lenient, new Shared());
  }

  private Node(JsonNode json, String pointer, Errors errors, boolean lenient, Shared shared) {
    this.json = json;
    this.pointer = pointer;
    this.errors = errors;
    this.lenient = lenient;
    this.shared = shared;
  }

  /**
   * One instance per distinct short text and per date of a document: unit ids, codes, process
   * numbers and dates repeat on many records, and a model read keeps one copy of each instead of
   * one per record. Texts go to a bounded {@link TextPool}; dates to a map keyed by their text,
   * which stays O(log n) per lookup even for texts crafted to collide, holding the instances
   * {@link Days} shares across documents. Confined to one read.
   */
  private static final class Shared {
    private final TextPool texts = new TextPool();
    private final Map<String, LocalDate> dates = new HashMap<>();

    String text(String s) {
      return texts.text(s);
    }
  }

  JsonNode json() {
    return json;
  }

  String pointer() {
    return pointer;
  }

  Errors errors() {
    return errors;
  }

  String pointer(String property) {
    return pointer + "/" + Errors.escape(property);
  }

  /**
   * Checks that this is an object whose properties are among {@code allowed} and include {@code
   * required}. Returns false, with an error recorded, when it is not an object at all.
   */
  boolean object(Set<String> allowed, String... required) {
    if (!json.isObject()) {
      wrongType(pointer, json, "an object");
      return false;
    }
    if (!lenient) {
      for (Map.Entry<String, JsonNode> e : json.properties()) {
        if (!allowed.contains(e.getKey())) {
          errors.add(
              pointer(e.getKey()),
              QmsErrorCode.JSON_UNKNOWN_PROPERTY,
              "unknown property \"" + e.getKey() + "\"; allowed: " + sorted(allowed),
              e.getKey());
        }
      }
    }
    for (String name : required) {
      JsonNode v = json.get(name);
      if (v == null || v.isNull()) {
        errors.add(
            pointer(name), QmsErrorCode.JSON_MISSING_PROPERTY, "required property \"" + name + "\" is missing", null);
      }
    }
    return true;
  }

  private static String sorted(Set<String> names) {
    String[] a = names.toArray(new String[0]);
    Arrays.sort(a);
    return String.join(", ", a);
  }

  /** Whether the property is present and not null. */
  boolean has(String name) {
    JsonNode v = json.get(name);
    return v != null && !v.isNull();
  }

  /** The property as a node, when present and not null. */
  Optional<Node> child(String name) {
    JsonNode v = json.get(name);
    return v == null || v.isNull()
        ? Optional.empty()
        : Optional.of(new Node(v, pointer(name), errors, lenient, shared));
  }

  /** A string property; null when absent (the caller's required check reports it) or wrong. */
  String string(String name) {
    JsonNode v = json.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      wrongType(pointer(name), v, "a string");
      return null;
    }
    return checked(pointer(name), v.stringValue());
  }

  /**
   * A string read, or null with {@link QmsErrorCode#PERSONAL_IDENTITY_NUMBER_REJECTED} when it
   * holds something shaped like a personal identity number: no document read keeps one, and the
   * error withholds the value.
   */
  private String checked(String at, String s) {
    if (DocumentError.hasPersonalIdentityNumber(s)) {
      errors.add(
          at,
          QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED,
          "must not contain a personal identity number; use a pseudonymous id (value withheld)",
          s);
      return null;
    }
    return shared.text(s);
  }

  Optional<String> optionalString(String name) {
    return Optional.ofNullable(string(name));
  }

  /** Whether this node is a string. */
  boolean isString() {
    return json.isString();
  }

  /** This node's string value, without any check; only after {@link #isString()}. */
  String text() {
    return shared.text(json.stringValue());
  }

  /** This node as a string; null with an error when it is not one. */
  String asString() {
    if (!json.isString()) {
      wrongType(pointer, json, "a string");
      return null;
    }
    return checked(pointer, json.stringValue());
  }

  /** An integer property; null when absent or wrong. */
  Integer integer(String name) {
    JsonNode v = json.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      wrongType(pointer(name), v, "a whole number");
      return null;
    }
    return v.intValue();
  }

  /** A whole-number property in the range of a {@code long}; null when absent or wrong. */
  Long longInteger(String name) {
    JsonNode v = json.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      wrongType(pointer(name), v, "a whole number");
      return null;
    }
    return v.longValue();
  }

  /** A number property; empty when absent or wrong. */
  OptionalDouble number(String name) {
    JsonNode v = json.get(name);
    if (v == null || v.isNull()) {
      return OptionalDouble.empty();
    }
    if (!v.isNumber()) {
      wrongType(pointer(name), v, "a number");
      return OptionalDouble.empty();
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      errors.add(pointer(name), QmsErrorCode.VALUE_NOT_FINITE, "must be a finite number", v.toString());
      return OptionalDouble.empty();
    }
    // -0 is read as 0: the model's equality tells them apart, the writer's defaults do not
    return OptionalDouble.of(d == 0 ? 0.0 : d);
  }

  /** A boolean property; null when absent or wrong. */
  Boolean bool(String name) {
    JsonNode v = json.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isBoolean()) {
      wrongType(pointer(name), v, "true or false");
      return null;
    }
    return v.booleanValue();
  }

  /** An enumeration constant named in upper case; null when absent or unknown. */
  <E extends Enum<E>> E enumValue(String name, Class<E> type) {
    String s = string(name);
    return s == null ? null : constant(s, type, pointer(name));
  }

  /** This node as an enumeration constant (an element of an array of them); null with an error when it is not one. */
  <E extends Enum<E>> E asEnum(Class<E> type) {
    String s = asString();
    return s == null ? null : constant(s, type, pointer);
  }

  private <E extends Enum<E>> E constant(String s, Class<E> type, String at) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    errors.add(
        at,
        QmsErrorCode.JSON_UNKNOWN_ENUM,
        "must be one of " + Arrays.toString(type.getEnumConstants()) + ", was \"" + s + "\"",
        s);
    return null;
  }

  /** An ISO date property (2016-12-31); null when absent or malformed. */
  LocalDate date(String name) {
    String s = string(name);
    if (s == null) {
      return null;
    }
    LocalDate known = shared.dates.get(s);
    if (known != null) {
      return known;
    }
    try {
      if (s.length() != 10) {
        throw new DateTimeParseException("length", s, 0);
      }
      LocalDate parsed = Days.canonical(LocalDate.parse(s));
      shared.dates.put(s, parsed);
      return parsed;
    } catch (DateTimeParseException e) {
      errors.add(
          pointer(name), QmsErrorCode.VALUE_MALFORMED, "must be a date such as 2016-12-31, was \"" + s + "\"", s);
      return null;
    }
  }

  /** The elements of an array property; empty when absent, and with an error when not an array. */
  List<Node> array(String name) {
    JsonNode v = json.get(name);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      wrongType(pointer(name), v, "an array");
      return List.of();
    }
    List<Node> out = new ArrayList<>(v.size());
    String base = pointer(name);
    for (int i = 0; i < v.size(); i++) {
      out.add(new Node(v.get(i), base + "/" + i, errors, lenient, shared));
    }
    return out;
  }

  private void wrongType(String at, JsonNode v, String expected) {
    errors.add(
        at,
        QmsErrorCode.JSON_WRONG_TYPE,
        "must be " + expected + ", was " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
        v.isContainer() ? null : v.toString());
  }
}
