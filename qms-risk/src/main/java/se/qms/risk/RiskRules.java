package se.qms.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.FindingsRule;
import se.qms.core.compliance.RuleRegistry;
import se.qms.core.compliance.RuleSet;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahRegister;

/**
 * qms-risk's contribution to the compliance engine, to be added to the core's rules: {@code
 * ComplianceEngine.of(ruleSet, ComplianceRules.core().plus(RiskRules.all()))}.
 *
 * <ul>
 *   <li>{@value RiskReview#CRITICAL_WITHOUT_ACTION} (error; SOSFS 2011:9 5 kap. 7 §): a Kritisk risk
 *       without a linked action;
 *   <li>{@value RiskReview#REASSESSMENT_OVERDUE} (warning; 5 kap. 1 §): not reassessed within
 *       {@code reassessmentMonths} (default 12);
 *   <li>{@value RiskReview#ASSESSMENT_UNDATED} (information; 5 kap. 1 §): no date to judge by;
 *   <li>{@value LexSarahEscalation#NOTIFICATION_TO_CONSIDER} (information; SoL 14 kap. 7 §, LSS 24
 *       f §) and {@value LexSarahEscalation#ESCALATED_CLOSED_WITHOUT_NOTIFICATION} (warning): lex
 *       Sarah cases whose risk estimate the escalation policy flags, open or closed without a
 *       notification ({@link LexSarahEscalation}; subject {@code lexSarahCases/<id>}).
 * </ul>
 *
 * <p>The rules read the system's {@link RiskRegister} and the rule set's {@link RiskPolicy}.
 * {@value RiskReview#NEW_ANALYSIS_DUE} needs triggers, which a quality system does not hold; it
 * stays with {@link RiskReview}.
 */
public final class RiskRules {
  private static final Function<RuleSet, FindingsRule.Judge> LEX_SARAH = FindingsRule.shared(RiskRules::lexSarah);
  private static final RuleRegistry ALL =
      RuleRegistry.of(
          RiskComplianceRule.criticalWithoutAction(),
          RiskComplianceRule.reassessmentOverdue(),
          RiskComplianceRule.assessmentUndated(),
          FindingsRule.of(
              LexSarahEscalation.NOTIFICATION_TO_CONSIDER,
              FindingSeverity.INFO,
              LexSarahEscalation.BASIS,
              "Lex Sarah-ärenden med högt riskvärde övervägs för anmälan till IVO.",
              "Lex Sarah cases with a high risk value are considered for notification to IVO.",
              LEX_SARAH),
          FindingsRule.of(
              LexSarahEscalation.ESCALATED_CLOSED_WITHOUT_NOTIFICATION,
              FindingSeverity.WARNING,
              LexSarahEscalation.BASIS,
              "Lex Sarah-ärenden med högt riskvärde avslutas inte utan anmälan till IVO eller en bedömning som motiverar det.",
              "Lex Sarah cases with a high risk value are not closed without a notification to IVO or an assessment that explains why.",
              LEX_SARAH));

  private RiskRules() {}

  /** Lex Sarah cases judged by the escalation policy of the rule set's risk policy. */
  private static FindingsRule.Judge lexSarah(RuleSet ruleSet) {
    LexSarahEscalation escalation =
        LexSarahEscalation.of(ruleSet.part(RiskPolicy.class).orElse(RiskPolicy.defaults()));
    return (system, asOf) -> {
      List<LexSarahCase> cases = system.part(LexSarahRegister.class).orElse(LexSarahRegister.empty()).cases();
      List<String> objects = new ArrayList<>(cases.size());
      cases.forEach(c -> objects.add("lexSarahCases/" + c.id()));
      return FindingsRule.Judgement.of(objects, escalation.findings(cases, asOf));
    };
  }

  /** The risk rules, in the order their outcomes are reported. */
  public static RuleRegistry all() {
    return ALL;
  }
}
