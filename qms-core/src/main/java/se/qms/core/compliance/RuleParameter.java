package se.qms.core.compliance;

import java.util.Objects;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * An integer parameter of a compliance rule: its name, the allowed range and the default.
 *
 * <p>Invariants: the name is a lower camel-case word (e.g. {@code graceDays}); {@code min ≤
 * defaultValue ≤ max}. Immutable and thread-safe.
 */
public final class RuleParameter {
  private final String name;
  private final int min;
  private final int max;
  private final int defaultValue;
  private final String descriptionEn;

  private RuleParameter(String name, int min, int max, int defaultValue, String descriptionEn) {
    this.name = name;
    this.min = min;
    this.max = max;
    this.defaultValue = defaultValue;
    this.descriptionEn = descriptionEn;
  }

  /**
   * A parameter.
   *
   * @param name a lower camel-case word; not null
   * @param min the smallest allowed value
   * @param max the largest allowed value, at least {@code min}
   * @param defaultValue in {@code [min, max]}
   * @param descriptionEn what it means, in English; non-blank
   * @throws InvalidValueException when a constraint is broken
   */
  public static RuleParameter of(String name, int min, int max, int defaultValue, String descriptionEn) {
    Checks.text(name, 50, "name");
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw InvalidValueException.malformed(QmsErrorCode.VALUE_MALFORMED, "name", name, "a lower camel-case word");
    }
    if (max < min) {
      throw InvalidValueException.outOfRange(QmsErrorCode.VALUE_OUT_OF_RANGE, "max", max, min, Integer.MAX_VALUE);
    }
    Checks.inRange(defaultValue, min, max, "defaultValue");
    return new RuleParameter(name, min, max, defaultValue, Checks.text(descriptionEn, 500, "descriptionEn"));
  }

  /** The name, e.g. {@code graceDays}. */
  public String name() {
    return name;
  }

  /** The smallest allowed value. */
  public int min() {
    return min;
  }

  /** The largest allowed value. */
  public int max() {
    return max;
  }

  /** The value when the rule set gives none. */
  public int defaultValue() {
    return defaultValue;
  }

  /** What the parameter means, in English. */
  public String descriptionEn() {
    return descriptionEn;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RuleParameter)) {
      return false;
    }
    RuleParameter o = (RuleParameter) other;
    return name.equals(o.name)
        && min == o.min
        && max == o.max
        && defaultValue == o.defaultValue
        && descriptionEn.equals(o.descriptionEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, min, max, defaultValue, descriptionEn);
  }

  @Override
  public String toString() {
    return name + " [" + min + ", " + max + "] = " + defaultValue;
  }
}
