package se.qms.core.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * The values of a rule's parameters for one rule set: every declared parameter, the rule set's
 * value or the default, each within its range.
 *
 * <p>Looked up by name only while a rule compiles, never while it evaluates. Immutable and
 * thread-safe.
 */
public final class RuleParameters {
  private final String ruleId;
  private final Map<String, Integer> values;

  private RuleParameters(String ruleId, Map<String, Integer> values) {
    this.ruleId = ruleId;
    this.values = values;
  }

  /**
   * Resolves the values a rule set gives against a rule's declared parameters.
   *
   * @param rule not null
   * @param given the rule set's values by name; not null
   * @throws InvalidValueException with {@link QmsErrorCode#COMPLIANCE_PARAMETER_UNKNOWN} for a name
   *     the rule does not declare, {@link QmsErrorCode#COMPLIANCE_PARAMETER_OUT_OF_RANGE} for a
   *     value outside its range; the field is {@code rules.<rule id>.parameters.<name>}
   */
  public static RuleParameters resolve(ComplianceRule rule, Map<String, Integer> given) {
    List<RuleParameter> declared = rule.parameters();
    String at = "rules." + rule.id() + ".parameters";
    for (String name : given.keySet()) {
      if (declared.stream().noneMatch(p -> p.name().equals(name))) {
        throw InvalidValueException.violates(
            QmsErrorCode.COMPLIANCE_PARAMETER_UNKNOWN,
            at,
            name,
            "must name a parameter of the rule "
                + declared.stream().map(RuleParameter::name).reduce((a, b) -> a + ", " + b).map(s -> "(" + s + ")").orElse("(it has none)"));
      }
    }
    Map<String, Integer> values = new LinkedHashMap<>();
    for (RuleParameter p : declared) {
      Integer v = given.get(p.name());
      int value = v == null ? p.defaultValue() : v;
      if (value < p.min() || value > p.max()) {
        throw InvalidValueException.outOfRange(
            QmsErrorCode.COMPLIANCE_PARAMETER_OUT_OF_RANGE, at + "." + p.name(), value, p.min(), p.max());
      }
      values.put(p.name(), value);
    }
    return new RuleParameters(rule.id(), Map.copyOf(values));
  }

  /**
   * The value of a declared parameter.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#COMPLIANCE_PARAMETER_UNKNOWN} for a name
   *     the rule does not declare (a defect of the rule)
   */
  public int get(String name) {
    Integer v = values.get(name);
    if (v == null) {
      throw InvalidValueException.violates(
          QmsErrorCode.COMPLIANCE_PARAMETER_UNKNOWN, "rules." + ruleId + ".parameters", name, "is not declared by the rule");
    }
    return v;
  }

  @Override
  public String toString() {
    return ruleId + new java.util.TreeMap<>(values);
  }
}
