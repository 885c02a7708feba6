package se.qms.core.compliance;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * How a rule set configures one compliance rule: switched off, a different severity, a different
 * basis (the municipality's own policy wording) or different parameter values. Whatever is left
 * out keeps the rule's default.
 *
 * <p>Invariants: a basis, when given, is non-blank (at most 500 characters); parameter names are
 * non-blank. Whether they fit the rule is checked when a {@link ComplianceEngine} compiles the
 * rule set. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleSetting {
  RuleSetting() {}

  /** Whether the rule runs; {@code true} by default. */
  @Value.Default
  public boolean enabled() {
    return true;
  }

  /** The severity of the rule's findings instead of its default. */
  public abstract Optional<FindingSeverity> severity();

  /** The basis its findings cite instead of the rule's default. */
  public abstract Optional<String> basis();

  /** Parameter values by name, in the order given. */
  public abstract Map<String, Integer> parameters();

  /** A setting that switches the rule off. */
  public static RuleSetting disabled() {
    return builder().enabled(false).build();
  }

  /** A setting that changes only the severity. */
  public static RuleSetting severity(FindingSeverity severity) {
    return builder().severity(severity).build();
  }

  /** A strict builder; every attribute is optional. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds settings. */
  public static final class Builder extends ImmutableRuleSetting.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    basis().ifPresent(b -> Checks.text(b, 500, "basis"));
    parameters().keySet().forEach(n -> Checks.text(n, 50, "parameters.name"));
  }
}
