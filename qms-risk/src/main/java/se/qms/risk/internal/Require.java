package se.qms.risk.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

/**
 * Single-field checks of qms-risk, each failing with the wording of {@link InvalidValueException}'s
 * factories: field, allowed range, rejected value.
 */
public final class Require {
  private Require() {}

  /** Returns {@code value} if it is not null. */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new MissingValueException(field);
    }
    return value;
  }

  /** Returns {@code value} if it is in {@code [min, max]}, else fails with {@code code}. */
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
          QmsErrorCode.VALUE_TOO_LONG, field, value, "must have at most " + maxLength + " characters");
    }
    return value;
  }

  /**
   * Fails with {@link QmsErrorCode#DUPLICATE_ID} if two elements have the same key.
   *
   * @param field the name of the collection, e.g. {@code "actionIds"}
   */
  public static <T, K> void unique(Collection<T> elements, Function<T, K> key, String field) {
    Set<K> seen = new HashSet<>();
    int i = 0;
    for (T element : elements) {
      K k = key.apply(element);
      if (!seen.add(k)) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, field + "[" + i + "]", k, "must be unique");
      }
      i++;
    }
  }
}
