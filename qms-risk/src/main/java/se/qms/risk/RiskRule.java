package se.qms.risk;

import java.util.List;
import se.qms.core.compliance.Finding;

/** One rule of a {@link RiskReview}: stateless, it appends its findings for a review. */
interface RiskRule {
  /** The stable rule id, e.g. {@code risk.critical-without-action}. */
  String id();

  /** Appends the rule's findings, in the order of the risks reviewed. */
  void check(ReviewContext context, List<Finding> findings);
}
