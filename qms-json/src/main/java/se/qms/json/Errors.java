package se.qms.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/** Collects the errors of one document read, each with its JSON pointer. */
final class Errors {
  private static final Pattern INDEXED = Pattern.compile("\\[(\\d+)\\]");

  /** At most this many errors are listed; one more says how many were left out. */
  static final int MAX_ERRORS = 1_000;

  private final List<DocumentError> errors = new ArrayList<>();
  /** Every error added, listed or not. */
  private int total;
  /** The application's Bean Validation constraints; null when there are none. */
  private final BeanCheck beans;

  Errors() {
    this(null);
  }

  Errors(BeanCheck beans) {
    this.beans = beans;
  }

  /** Whether values are validated against an application's Bean Validation constraints. */
  boolean validatesBeans() {
    return beans != null;
  }

  /** Validates a value built at {@code pointer} against the application's constraints, if any. */
  <T> T checked(String pointer, T value) {
    if (beans != null && value != null) {
      beans.check(value, pointer, this);
    }
    return value;
  }

  void add(String pointer, QmsErrorCode code, String messageEn, String rejected) {
    total++;
    if (errors.size() >= MAX_ERRORS) {
      return;
    }
    String sv = Messages.swedish(code) + (rejected == null ? "" : " Värde: " + rejected);
    errors.add(new DocumentError(pointer, code, sv, messageEn, rejected));
  }

  /** Records a model exception raised while building the value at {@code pointer}. */
  void add(String pointer, InvalidValueException e) {
    String field = e.field().orElse("");
    String at = field.isEmpty() || field.contains(" ") ? pointer : pointer + "/" + toPointer(field);
    String message = e.getMessage();
    int colon = message.indexOf(": ");
    add(at, e.code(), colon >= 0 ? message.substring(colon + 2) : message, e.rejectedValue().orElse(null));
  }

  /** "observations[3].indicatorId" → "observations/3/indicatorId". */
  static String toPointer(String field) {
    return INDEXED.matcher(field).replaceAll("/$1").replace('.', '/');
  }

  /** A property name as one JSON pointer segment (RFC 6901: "~" as "~0", "/" as "~1"). */
  static String escape(String property) {
    return property.replace("~", "~0").replace("/", "~1");
  }

  /** Whether an error at exactly {@code pointer} was added since the {@code from}-th error. */
  boolean hasPointerSince(int from, String pointer) {
    for (int i = from; i < errors.size(); i++) {
      if (errors.get(i).pointer().equals(pointer)) {
        return true;
      }
    }
    return false;
  }

  /** Appends another collector's errors, in their order. */
  void addAll(Errors other) {
    for (DocumentError e : other.errors) {
      total++;
      if (errors.size() < MAX_ERRORS) {
        errors.add(e);
      }
    }
    total += other.total - other.errors.size();
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** How many errors were added, listed or not. */
  int size() {
    return total;
  }

  /** The errors listed, and one more saying how many were left out, if any were. */
  List<DocumentError> list() {
    if (total == errors.size()) {
      return List.copyOf(errors);
    }
    List<DocumentError> out = new ArrayList<>(errors);
    int more = total - errors.size();
    out.add(
        new DocumentError(
            "",
            QmsErrorCode.JSON_TOO_MANY_ERRORS,
            Messages.swedish(QmsErrorCode.JSON_TOO_MANY_ERRORS) + " " + more + " fel till listas inte.",
            "more than " + MAX_ERRORS + " errors; " + more + " more are not listed",
            null));
    return List.copyOf(out);
  }

  /** Throws if any error was collected. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new QmsDocumentException(list());
    }
  }
}
