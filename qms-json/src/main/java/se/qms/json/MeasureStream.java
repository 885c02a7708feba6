package se.qms.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads the two largest arrays of a quality system — observations and reference values — straight
 * from the token stream into the model, without building a tree: the same checks, errors and
 * pointers as the tree reader ({@link QualitySystemReader}), at a fraction of the allocation.
 *
 * <p>Each element read is kept with its index in the array, so later checks can point at it.
 */
final class MeasureStream {
  final List<Observation> observations = new ArrayList<>();
  final List<Integer> observationIndexes = new ArrayList<>();
  final List<ReferenceValue> references = new ArrayList<>();
  final List<Integer> referenceIndexes = new ArrayList<>();
  /** The errors of the observations and of the references, kept apart to keep document order. */
  final Errors observationErrors;
  final Errors referenceErrors;
  boolean hasObservations;
  boolean hasReferences;

  private final boolean lenient;
  /** Where the reader is: the array, the element's index and the property; a pointer is built only for an error. */
  private String array = "";
  private int index;
  private String property;

  private String at() {
    return "/" + array + "/" + index;
  }

  private String field() {
    return at() + "/" + Errors.escape(property);
  }
  /** Equal texts share one instance: ids and periods repeat on every row of an indicator. */
  private final TextPool texts = new TextPool();
  private final java.util.Map<String, Period> periods = new java.util.HashMap<>();
  /** The properties of the element being read: the parser's own duplicate detection is off here. */
  private final SeenProperties seen = new SeenProperties();
  private static final ObservationSource[] SOURCES = ObservationSource.values();
  private static final ReferenceKind[] KINDS = ReferenceKind.values();
  private static final char[][] SOURCE_NAMES = names(SOURCES);
  private static final char[][] KIND_NAMES = names(KINDS);

  private static char[][] names(Enum<?>[] constants) {
    char[][] out = new char[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      out[i] = constants[i].name().toCharArray();
    }
    return out;
  }

  /**
   * The position among {@code keys[0, count)} of the characters at the parser's string token, or
   * -1 when none has them or the token is not a string: constants and periods are few, and
   * comparing characters finds them without making or hashing a string.
   */
  private static int position(JsonParser p, char[][] keys, int count) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return -1;
    }
    char[] chars = p.getStringCharacters();
    int offset = p.getStringOffset();
    int length = p.getStringLength();
    for (int i = 0; i < count; i++) {
      char[] k = keys[i];
      if (k.length == length && Arrays.equals(k, 0, length, chars, offset, offset + length)) {
        return i;
      }
    }
    return -1;
  }

  /** The constant at the parser's string token; null, with the error recorded, when none. */
  private <E extends Enum<E>> E constant(JsonParser p, E[] constants, char[][] names, Errors errors) {
    int at = position(p, names, names.length);
    if (at >= 0) {
      return constants[at];
    }
    String s = shared(p, errors);
    return s == null ? null : enumValue(constants, s, errors);
  }

  MeasureStream(boolean lenient, BeanCheck beans) {
    this.lenient = lenient;
    this.observationErrors = new Errors(beans);
    this.referenceErrors = new Errors(beans);
  }

  /** The string at the parser's string token, pooled; null, with the error recorded, when it is not one. */
  private String shared(JsonParser p, Errors errors) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return string(p, errors);
    }
    return texts.text(p.getStringCharacters(), p.getStringOffset(), p.getStringLength());
  }

  /** The string at the parser's string token, pooled, or the lane's previous text when equal. */
  private String shared(JsonParser p, Errors errors, TextPool.Lane lane) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return string(p, errors);
    }
    return texts.text(p.getStringCharacters(), p.getStringOffset(), p.getStringLength(), lane);
  }

  /** The first sixteen periods read, by their characters. */
  private final char[][] recentChars = new char[16][];
  private final Period[] recentPeriods = new Period[16];
  private int recentCount;

  /** The indicator id and group name of the previous element read. */
  private final TextPool.Lane lastIndicatorId = new TextPool.Lane();
  private final TextPool.Lane lastGroupName = new TextPool.Lane();

  /** The period at the parser's string token; null, with the error recorded, when it is not one. */
  private Period period(JsonParser p, Errors errors) {
    int recent = position(p, recentChars, recentCount);
    if (recent >= 0) {
      return recentPeriods[recent];
    }
    String text = shared(p, errors);
    if (text == null) {
      return null;
    }
    Period known = periods.get(text);
    if (known != null) {
      return known;
    }
    try {
      Period parsed = Period.parse(text);
      periods.put(text, parsed);
      if (recentCount < recentChars.length) {
        recentChars[recentCount] = text.toCharArray();
        recentPeriods[recentCount++] = parsed;
      }
      return parsed;
    } catch (InvalidValueException e) {
      addAt(field(), e, errors);
      return null;
    }
  }

  /** Reads the array at the parser's current START_ARRAY token. */
  void readObservations(JsonParser p) {
    hasObservations = true;
    int i = 0;
    array = "observations";
    while (p.nextToken() != JsonToken.END_ARRAY) {
      index = i;
      property = null;
      Observation o = observation(p, observationErrors);
      if (o != null) {
        observations.add(o);
        observationIndexes.add(i);
      }
      i++;
    }
  }

  /** Reads the array at the parser's current START_ARRAY token. */
  void readReferences(JsonParser p) {
    hasReferences = true;
    int i = 0;
    array = "references";
    while (p.nextToken() != JsonToken.END_ARRAY) {
      index = i;
      property = null;
      ReferenceValue r = reference(p, referenceErrors);
      if (r != null) {
        references.add(r);
        referenceIndexes.add(i);
      }
      i++;
    }
  }

  private Observation observation(JsonParser p, Errors errors) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(p, at(), "an object", errors);
      p.skipChildren();
      return null;
    }
    int before = errors.size();
    String indicatorId = null;
    String unitId = null;
    Period period = null;
    boolean periodSeen = false;
    double total = Double.NaN;
    double women = Double.NaN;
    double men = Double.NaN;
    boolean hasTotal = false;
    boolean hasWomen = false;
    boolean hasMen = false;
    ObservationSource source = null;
    String missingReason = null;
    seen.clear();
    for (int bit = nextValue(p, OBSERVATION_NAMES, errors); bit >= 0; bit = nextValue(p, OBSERVATION_NAMES, errors)) {
      switch (bit) {
        case O_INDICATOR_ID:
          indicatorId = shared(p, errors, lastIndicatorId);
          break;
        case O_UNIT_ID:
          unitId = shared(p, errors);
          break;
        case O_PERIOD:
          periodSeen = true;
          period = period(p, errors);
          break;
        case O_TOTAL:
          total = number(p, errors);
          hasTotal = total == total;
          break;
        case O_WOMEN:
          women = number(p, errors);
          hasWomen = women == women;
          break;
        case O_MEN:
          men = number(p, errors);
          hasMen = men == men;
          break;
        case O_SOURCE:
          source = constant(p, SOURCES, SOURCE_NAMES, errors);
          break;
        case O_MISSING_REASON:
          missingReason = string(p, errors);
          break;
        default:
          unknown(property, errors, OBSERVATION_PROPERTIES);
          p.skipChildren();
      }
    }
    if (indicatorId == null && !hasError(errors, before, at() + "/indicatorId")) {
      missing(at(), "indicatorId", errors);
    }
    if (!periodSeen) {
      missing(at(), "period", errors);
    }
    if (indicatorId == null || period == null) {
      return null;
    }
    try {
      Observation.Builder b =
          Observation.builder().indicatorId(indicatorId).period(period);
      if (unitId != null) {
        b.unitId(unitId);
      }
      if (hasTotal) {
        b.total(total);
      }
      if (hasWomen) {
        b.women(women);
      }
      if (hasMen) {
        b.men(men);
      }
      if (source != null) {
        b.source(source);
      }
      if (missingReason != null) {
        b.missingReason(missingReason);
      }
      return checked(b.build(), errors);
    } catch (InvalidValueException e) {
      errors.add(at(), e);
      return null;
    }
  }

  /**
   * Advances to the element's next property with a value and returns its bit ({@code 1 << its
   * position} in {@code names}, 0 for a name the element does not define), or -1 at the element's
   * end; {@link #property} names it. A repeated property is reported and skipped, a null value
   * skipped.
   */
  private int nextValue(JsonParser p, PropertyNameMatcher names, Errors errors) {
    for (int match = p.nextNameMatch(names);
        match != PropertyNameMatcher.MATCH_END_OBJECT && match != PropertyNameMatcher.MATCH_ODD_TOKEN;
        match = p.nextNameMatch(names)) {
      String name = match >= 0 ? names.nameLookup()[match] : p.currentName();
      int bit = match >= 0 ? 1 << match : 0;
      JsonToken t = p.nextToken();
      property = name;
      if (!seen.add(bit, name)) {
        duplicate(name, errors);
        p.skipChildren();
      } else if (t != JsonToken.VALUE_NULL) {
        return bit;
      }
    }
    return -1;
  }

  private ReferenceValue reference(JsonParser p, Errors errors) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      wrongType(p, at(), "an object", errors);
      p.skipChildren();
      return null;
    }
    int before = errors.size();
    String indicatorId = null;
    Period period = null;
    boolean periodSeen = false;
    ReferenceKind kind = null;
    boolean kindSeen = false;
    String groupName = null;
    double value = Double.NaN;
    boolean valueSeen = false;
    seen.clear();
    for (int bit = nextValue(p, REFERENCE_NAMES, errors); bit >= 0; bit = nextValue(p, REFERENCE_NAMES, errors)) {
      switch (bit) {
        case R_INDICATOR_ID:
          indicatorId = shared(p, errors, lastIndicatorId);
          break;
        case R_PERIOD:
          periodSeen = true;
          period = period(p, errors);
          break;
        case R_KIND:
          kindSeen = true;
          kind = constant(p, KINDS, KIND_NAMES, errors);
          break;
        case R_NAME:
          groupName = shared(p, errors, lastGroupName);
          break;
        case R_VALUE:
          valueSeen = true;
          value = number(p, errors);
          break;
        default:
          unknown(property, errors, REFERENCE_PROPERTIES);
          p.skipChildren();
      }
    }
    if (indicatorId == null && !hasError(errors, before, at() + "/indicatorId")) {
      missing(at(), "indicatorId", errors);
    }
    if (!periodSeen) {
      missing(at(), "period", errors);
    }
    if (!kindSeen) {
      missing(at(), "kind", errors);
    }
    if (!valueSeen) {
      missing(at(), "value", errors);
    }
    if (indicatorId == null || period == null || kind == null || value != value) {
      return null;
    }
    try {
      ReferenceValue.Builder b =
          ReferenceValue.builder().indicatorId(indicatorId).period(period).kind(kind).value(value);
      if (groupName != null) {
        b.name(groupName);
      }
      return checked(b.build(), errors);
    } catch (InvalidValueException e) {
      errors.add(at(), e);
      return null;
    }
  }

  private static final String OBSERVATION_PROPERTIES =
      "indicatorId, men, missingReason, period, source, total, unitId, women";
  private static final String REFERENCE_PROPERTIES = "indicatorId, kind, name, period, value";

  /**
   * The properties met in one element: known ones as bits, others by name. Reused for every
   * element, so detecting a repeated property allocates nothing (Jackson's detector allocates a set
   * per object of more than two properties).
   */
  private static final class SeenProperties {
    private int bits;
    private final List<String> others = new ArrayList<>(4);
    /** Other names past the first sixteen, so a hostile element cannot make this quadratic. */
    private java.util.Set<String> many;

    void clear() {
      bits = 0;
      others.clear();
      many = null;
    }

    /** False when the element already had this property. */
    boolean add(int bit, String name) {
      if (bit != 0) {
        boolean first = (bits & bit) == 0;
        bits |= bit;
        return first;
      }
      if (many != null) {
        return many.add(name);
      }
      if (others.contains(name)) {
        return false;
      }
      others.add(name);
      if (others.size() > 16) {
        many = new java.util.HashSet<>(others);
      }
      return true;
    }
  }

  /**
   * The properties of an observation, matched by Jackson straight from the input bytes; a
   * property's bit, {@code 1 << its position}, both dispatches and detects repeats.
   */
  private static final PropertyNameMatcher OBSERVATION_NAMES =
      BinaryNameMatcher.construct(
          List.of("indicatorId", "unitId", "period", "total", "women", "men", "source", "missingReason"));
  private static final int O_INDICATOR_ID = 1;
  private static final int O_UNIT_ID = 2;
  private static final int O_PERIOD = 4;
  private static final int O_TOTAL = 8;
  private static final int O_WOMEN = 16;
  private static final int O_MEN = 32;
  private static final int O_SOURCE = 64;
  private static final int O_MISSING_REASON = 128;

  /** The properties of a reference value, likewise. */
  private static final PropertyNameMatcher REFERENCE_NAMES =
      BinaryNameMatcher.construct(List.of("indicatorId", "period", "kind", "name", "value"));
  private static final int R_INDICATOR_ID = 1;
  private static final int R_PERIOD = 2;
  private static final int R_KIND = 4;
  private static final int R_NAME = 8;
  private static final int R_VALUE = 16;

  /** The value, validated against the application's constraints when there are any. */
  private <T> T checked(T value, Errors errors) {
    return errors.validatesBeans() ? errors.checked(at(), value) : value;
  }

  private void duplicate(String name, Errors errors) {
    errors.add(field(), QmsErrorCode.DUPLICATE_ID, "property \"" + name + "\" appears twice", name);
  }

  private static boolean hasError(Errors errors, int from, String pointer) {
    return errors.hasPointerSince(from, pointer);
  }

  private void unknown(String name, Errors errors, String allowed) {
    if (!lenient) {
      errors.add(
          field(),
          QmsErrorCode.JSON_UNKNOWN_PROPERTY,
          "unknown property \"" + name + "\"; allowed: " + allowed,
          name);
    }
  }

  private static void missing(String at, String name, Errors errors) {
    errors.add(
        at + "/" + name,
        QmsErrorCode.JSON_MISSING_PROPERTY,
        "required property \"" + name + "\" is missing",
        null);
  }

  private static void addAt(String pointer, InvalidValueException e, Errors errors) {
    String message = e.getMessage();
    errors.add(pointer, e.code(), message.substring(message.indexOf(": ") + 2), e.rejectedValue().orElse(null));
  }

  private String string(JsonParser p, Errors errors) {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      wrongType(p, field(), "a string", errors);
      p.skipChildren();
      return null;
    }
    return p.getString();
  }

  private double number(JsonParser p, Errors errors) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType(p, field(), "a number", errors);
      p.skipChildren();
      return Double.NaN;
    }
    double d = p.getDoubleValue();
    if (!Double.isFinite(d)) {
      errors.add(field(), QmsErrorCode.VALUE_NOT_FINITE, "must be a finite number", p.getString());
      return Double.NaN;
    }
    return d;
  }

  private <E extends Enum<E>> E enumValue(E[] constants, String s, Errors errors) {
    for (E e : constants) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    errors.add(
        field(),
        QmsErrorCode.JSON_UNKNOWN_ENUM,
        "must be one of " + java.util.Arrays.toString(constants) + ", was \"" + s + "\"",
        s);
    return null;
  }

  /** The same wording as the tree reader: "must be a string, was number". */
  private static void wrongType(JsonParser p, String at, String expected, Errors errors) {
    JsonToken t = p.currentToken();
    String was;
    String rejected = null;
    switch (t) {
      case START_OBJECT:
        was = "object";
        break;
      case START_ARRAY:
        was = "array";
        break;
      case VALUE_STRING:
        was = "string";
        rejected = "\"" + p.getString() + "\"";
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        was = "number";
        rejected = p.getString();
        break;
      case VALUE_TRUE:
      case VALUE_FALSE:
        was = "boolean";
        rejected = p.getString();
        break;
      default:
        was = t.name().toLowerCase(Locale.ROOT);
    }
    errors.add(at, QmsErrorCode.JSON_WRONG_TYPE, "must be " + expected + ", was " + was, rejected);
  }
}
