package se.qms.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A value was rejected: it is out of range, malformed, blank, duplicated or contradicts another.
 *
 * <p>Carries the name of the field and a printable rendering of the rejected value, so that every
 * message reads the same: {@code QMS-1002: level must be in [1, 10], was 11}. Create instances
 * through the static factories, which fix the wording.
 */
public class InvalidValueException extends QmsException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_RENDERED_LENGTH = 80;

  private final String field;
  private final String rejectedValue;

  /**
   * Creates an exception.
   *
   * @param code the error code; not null
   * @param field the name or path of the rejected field; may be null when there is none
   * @param rejectedValue the rejected value, rendered; may be null when there is none
   * @param message the full message; not null
   */
  public InvalidValueException(
      QmsErrorCode code, String field, String rejectedValue, String message) {
    super(code, message);
    this.field = field;
    this.rejectedValue = rejectedValue;
  }

  /** The name or path of the field that was rejected, if known. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The rejected value as text (cut to 80 characters), if there was one. */
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(rejectedValue);
  }

  /** A number outside {@code [min, max]}. */
  public static InvalidValueException outOfRange(
      QmsErrorCode code, String field, long value, long min, long max) {
    String rendered = Long.toString(value);
    return new InvalidValueException(
        code,
        field,
        rendered,
        field + " must be in [" + min + ", " + max + "], was " + rendered);
  }

  /** A number outside {@code [min, max]}. */
  public static InvalidValueException outOfRange(
      QmsErrorCode code, String field, double value, double min, double max) {
    String rendered = Double.toString(value);
    return new InvalidValueException(
        code,
        field,
        rendered,
        field + " must be in [" + min + ", " + max + "], was " + rendered);
  }

  /** A text that does not have the form {@code expected} describes. */
  public static InvalidValueException malformed(
      QmsErrorCode code, String field, CharSequence value, String expected) {
    String rendered = render(value);
    return new InvalidValueException(
        code, field, rendered, field + " must be " + expected + ", was " + rendered);
  }

  /** A blank text where content is required. */
  public static InvalidValueException blank(String field) {
    return new InvalidValueException(
        QmsErrorCode.VALUE_BLANK, field, "\"\"", field + " must not be blank");
  }

  /** A value that breaks a rule stated in {@code rule}. */
  public static InvalidValueException violates(
      QmsErrorCode code, String field, Object value, String rule) {
    String rendered = render(value == null ? null : value.toString());
    return new InvalidValueException(code, field, rendered, field + " " + rule + ", was " + rendered);
  }

  /**
   * Renders a rejected value for a message: quoted, control characters escaped and cut to a
   * bounded length so hostile input cannot flood a log.
   */
  static String render(CharSequence value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_RENDERED_LENGTH) + 8);
    out.append('"');
    int limit = Math.min(value.length(), MAX_RENDERED_LENGTH);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    out.append('"');
    if (value.length() > MAX_RENDERED_LENGTH) {
      out.append("… (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }

  static String requireField(String field) {
    return requireNonNull(field, "field");
  }
}
