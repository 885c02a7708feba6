package se.qms.core.compliance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * An explicit, ordered list of compliance rules: the core's ({@link ComplianceRules#core()}) plus
 * whatever other modules contribute, e.g. {@code ComplianceRules.core().plus(RiskRules.all())}.
 * No class-path scanning: what is evaluated is exactly what the caller composed.
 *
 * <p>Invariant: rule ids are unique ({@link QmsErrorCode#COMPLIANCE_RULE_DUPLICATE}). The order
 * is the order results are reported in. Immutable and thread-safe.
 */
public final class RuleRegistry {
  private static final RuleRegistry EMPTY = new RuleRegistry(List.of(), Map.of());

  private final List<ComplianceRule> rules;
  private final Map<String, ComplianceRule> byId;

  private RuleRegistry(List<ComplianceRule> rules, Map<String, ComplianceRule> byId) {
    this.rules = rules;
    this.byId = byId;
  }

  /** A registry without rules. */
  public static RuleRegistry empty() {
    return EMPTY;
  }

  /**
   * A registry of these rules, in this order.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#COMPLIANCE_RULE_DUPLICATE} for a repeated
   *     id, {@link QmsErrorCode#VALUE_MALFORMED} for an id not shaped like one
   */
  public static RuleRegistry of(ComplianceRule... rules) {
    return of(Arrays.asList(Checks.present(rules, "rules")));
  }

  /** A registry of these rules, in this order; see {@link #of(ComplianceRule...)}. */
  public static RuleRegistry of(List<? extends ComplianceRule> rules) {
    Checks.present(rules, "rules");
    Map<String, ComplianceRule> byId = new HashMap<>();
    List<ComplianceRule> list = new ArrayList<>(rules.size());
    for (ComplianceRule rule : rules) {
      Checks.present(rule, "rules[]");
      String id = Checks.text(rule.id(), 100, "id");
      if (!Finding.RULE_ID.matcher(id).matches()) {
        throw InvalidValueException.malformed(
            QmsErrorCode.VALUE_MALFORMED, "id", id, "lower-case words separated by dots or hyphens");
      }
      if (byId.putIfAbsent(id, rule) != null) {
        throw InvalidValueException.violates(
            QmsErrorCode.COMPLIANCE_RULE_DUPLICATE, "rules[].id", id, "must be unique in a registry");
      }
      list.add(rule);
    }
    return new RuleRegistry(List.copyOf(list), Map.copyOf(byId));
  }

  /** This registry followed by another's rules; fails like {@link #of} on a repeated id. */
  public RuleRegistry plus(RuleRegistry other) {
    List<ComplianceRule> all = new ArrayList<>(rules);
    all.addAll(Checks.present(other, "other").rules);
    return of(all);
  }

  /** This registry followed by more rules; fails like {@link #of} on a repeated id. */
  public RuleRegistry plus(ComplianceRule... more) {
    return plus(of(more));
  }

  /** The rules in order. */
  public List<ComplianceRule> rules() {
    return rules;
  }

  /** The rule with this id. */
  public Optional<ComplianceRule> rule(String id) {
    return Optional.ofNullable(byId.get(Checks.present(id, "id")));
  }

  /** The number of rules. */
  public int size() {
    return rules.size();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("RuleRegistry[");
    for (int i = 0; i < rules.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(rules.get(i).id());
    }
    return s.append(']').toString();
  }
}
