package se.qms.risk;

import se.qms.core.compliance.RuleRegistry;

/**
 * qms-risk's contribution to the compliance engine, to be added to the core's rules: {@code
 * ComplianceEngine.of(ruleSet, ComplianceRules.core().plus(RiskRules.all()))}.
 *
 * <ul>
 *   <li>{@value RiskReview#CRITICAL_WITHOUT_ACTION} (error; SOSFS 2011:9 5 kap. 7 §): a Kritisk risk
 *       without a linked action;
 *   <li>{@value RiskReview#REASSESSMENT_OVERDUE} (warning; 5 kap. 1 §): not reassessed within
 *       {@code reassessmentMonths} (default 12);
 *   <li>{@value RiskReview#ASSESSMENT_UNDATED} (information; 5 kap. 1 §): no date to judge by.
 * </ul>
 *
 * <p>The rules read the system's {@link RiskRegister} and the rule set's {@link RiskPolicy}.
 * {@value RiskReview#NEW_ANALYSIS_DUE} needs triggers, which a quality system does not hold; it
 * stays with {@link RiskReview}.
 */
public final class RiskRules {
  private static final RuleRegistry ALL =
      RuleRegistry.of(
          RiskComplianceRule.criticalWithoutAction(),
          RiskComplianceRule.reassessmentOverdue(),
          RiskComplianceRule.assessmentUndated());

  private RiskRules() {}

  /** The risk rules, in the order their outcomes are reported. */
  public static RuleRegistry all() {
    return ALL;
  }
}
