package se.qms.core.compliance;

import java.util.Map;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;
import se.qms.core.measure.LightPolicy;

/**
 * A municipality's policies as data: how each indicator's values get a traffic light, and how
 * each compliance rule is configured (switched off, severity, basis, parameters).
 *
 * <p>Invariant: the name is non-blank. Whether each policy fits its indicator is checked when the
 * policies are compiled against a quality system's indicators ({@link
 * se.qms.core.measure.MeasureEngine}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSet {
  RuleSet() {}

  /** The rule set's name, e.g. "Örnsköldsvik 2016". */
  public abstract String name();

  /** The traffic-light policy per indicator id, in the order given. */
  public abstract Map<String, LightPolicy> lightPolicies();

  /**
   * How compliance rules are configured, by rule id, in the order given: switched off, another
   * severity, basis or parameters. Rules not named keep their defaults; a {@link
   * ComplianceEngine} rejects ids its registry lacks.
   */
  public abstract Map<String, RuleSetting> rules();

  /** Parts contributed by other modules, at most one of each class, in the order given. */
  public abstract java.util.List<RuleSetPart> parts();

  /** The part of the given class, if the system has one. */
  public <T extends RuleSetPart> java.util.Optional<T> part(Class<T> type) {
    return se.qms.core.internal.Parts.find(parts(), type);
  }

  /** A strict builder; the name is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds rule sets. */
  public static final class Builder extends ImmutableRuleSet.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    se.qms.core.internal.Parts.requireOnePerClass(parts());
    Checks.text(name(), 500, "name");
    lightPolicies().keySet().forEach(id -> Checks.text(id, 100, "lightPolicies.indicatorId"));
    rules().keySet().forEach(id -> Checks.text(id, 100, "rules.ruleId"));
  }
}
