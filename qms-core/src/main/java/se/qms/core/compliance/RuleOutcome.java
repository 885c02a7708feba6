package se.qms.core.compliance;

import java.util.List;
import java.util.Objects;

/**
 * What one rule gave in one evaluation: its status and its findings, sorted by subject and then
 * by message.
 *
 * <p>Invariants: {@link RuleStatus#FAILED} exactly when there are findings. Immutable and
 * thread-safe.
 */
public final class RuleOutcome {
  private final String ruleId;
  private final RuleStatus status;
  private final List<Finding> findings;

  RuleOutcome(String ruleId, RuleStatus status, List<Finding> findings) {
    this.ruleId = ruleId;
    this.status = status;
    this.findings = findings;
  }

  /** The rule's id. */
  public String ruleId() {
    return ruleId;
  }

  /** Whether it passed, failed, did not apply or did not run. */
  public RuleStatus status() {
    return status;
  }

  /** Its findings, sorted by subject and message; empty unless failed. */
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RuleOutcome)) {
      return false;
    }
    RuleOutcome o = (RuleOutcome) other;
    return ruleId.equals(o.ruleId) && status == o.status && findings.equals(o.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, status, findings);
  }

  @Override
  public String toString() {
    return ruleId + ": " + status + (findings.isEmpty() ? "" : " (" + findings.size() + ")");
  }
}
