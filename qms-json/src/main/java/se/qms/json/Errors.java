package se.qms.json;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/** Collects the errors of one document read, each with its JSON pointer. */
final class Errors {
  private static final Pattern INDEXED = Pattern.compile("\\[(\\d+)\\]");

  private final List<DocumentError> errors = new ArrayList<>();
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
    errors.addAll(other.errors);
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  int size() {
    return errors.size();
  }

  List<DocumentError> list() {
    return List.copyOf(errors);
  }

  /** Throws if any error was collected. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new QmsDocumentException(errors);
    }
  }
}
