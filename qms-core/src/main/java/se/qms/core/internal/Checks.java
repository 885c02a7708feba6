package se.qms.core.internal;

import java.util.regex.Pattern;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

/** Single-field checks of qms-core, each failing with the same wording. */
public final class Checks {
  /**
   * Swedish personal identity numbers and co-ordination numbers: 10 or 12 digits, with or without
   * the separator ({@code 19121212-1212}, {@code 121212-1212}, {@code 1212121212}, {@code
   * 121212+1212}).
   */
  private static final Pattern PERSONAL_IDENTITY_NUMBER =
      Pattern.compile("(?<!\\d)(\\d{2})?\\d{6}[-+]?\\d{4}(?!\\d)");

  private Checks() {}

  /** Returns {@code value} if it is not null. */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }

  /** Returns {@code value} if it is in {@code [min, max]}. */
  public static int inRange(int value, int min, int max, String field, QmsErrorCode code) {
    if (value < min || value > max) {
      throw InvalidValueException.outOfRange(code, field, value, min, max);
    }
    return value;
  }

  /** Returns {@code value} if it is in {@code [min, max]}. */
  public static int inRange(int value, int min, int max, String field) {
    return inRange(value, min, max, field, QmsErrorCode.VALUE_OUT_OF_RANGE);
  }

  /** Returns {@code value} if it has content other than white space and at most {@code max} chars. */
  public static String text(String value, int maxLength, String field) {
    present(value, field);
    if (value.isBlank()) {
      throw InvalidValueException.blank(field);
    }
    if (value.length() > maxLength) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_TOO_LONG,
          field,
          value,
          "must have at most " + maxLength + " characters");
    }
    return value;
  }

  /**
   * Returns {@code value} if nothing in it has the shape of a personal identity number. The
   * rejected value is not repeated in the message, so the number never reaches a log.
   */
  public static String noPersonalIdentityNumber(String value, String field) {
    if (value != null && PERSONAL_IDENTITY_NUMBER.matcher(value).find()) {
      throw new InvalidValueException(
          QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED,
          field,
          "(withheld)",
          field
              + " must not contain a personal identity number; use a pseudonymous id (value"
              + " withheld)");
    }
    return value;
  }
}
