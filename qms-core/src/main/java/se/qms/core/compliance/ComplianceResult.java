package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.internal.Checks;

/**
 * The result of evaluating a quality system: one {@link RuleOutcome} per registered rule, in
 * registry order, and all findings in that order (by rule, then subject, then message).
 *
 * <p>Equal inputs give equal results, whatever the order of the system's records. Immutable and
 * thread-safe.
 */
public final class ComplianceResult {
  private final LocalDate asOf;
  private final Optional<String> subject;
  private final List<RuleOutcome> outcomes;
  private final List<Finding> findings;

  ComplianceResult(LocalDate asOf, Optional<String> subject, List<RuleOutcome> outcomes) {
    this.asOf = asOf;
    this.subject = subject;
    this.outcomes = List.copyOf(outcomes);
    List<Finding> all = new ArrayList<>();
    for (RuleOutcome o : outcomes) {
      all.addAll(o.findings());
    }
    this.findings = List.copyOf(all);
  }

  /** The day evaluated. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The one object an incremental evaluation was limited to; empty for a full evaluation. */
  public Optional<String> subject() {
    return subject;
  }

  /** One outcome per rule, in registry order. */
  public List<RuleOutcome> outcomes() {
    return outcomes;
  }

  /** The outcome of a rule. */
  public Optional<RuleOutcome> outcome(String ruleId) {
    Checks.present(ruleId, "ruleId");
    return outcomes.stream().filter(o -> o.ruleId().equals(ruleId)).findFirst();
  }

  /** Every finding, by rule (registry order), subject and message. */
  public List<Finding> findings() {
    return findings;
  }

  /** The number of findings of a severity. */
  public long count(FindingSeverity severity) {
    Checks.present(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** Whether any finding is an {@link FindingSeverity#ERROR}. */
  public boolean hasErrors() {
    return count(FindingSeverity.ERROR) > 0;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ComplianceResult)) {
      return false;
    }
    ComplianceResult o = (ComplianceResult) other;
    return asOf.equals(o.asOf) && subject.equals(o.subject) && outcomes.equals(o.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, subject, outcomes);
  }

  @Override
  public String toString() {
    return "ComplianceResult{" + asOf + subject.map(s -> ", " + s).orElse("") + ", " + outcomes + "}";
  }
}
