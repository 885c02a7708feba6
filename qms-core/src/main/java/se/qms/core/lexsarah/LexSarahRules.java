package se.qms.core.lexsarah;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.qms.core.compliance.ComplianceRule;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.FindingsRule;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleRegistry;
import se.qms.core.compliance.RuleSet;

/**
 * Lex Sarah timeliness as compliance rules, to be added to the core's: {@code
 * ComplianceEngine.of(ruleSet, ComplianceRules.core().plus(LexSarahRules.all()))}.
 *
 * <p>Two rules per {@link LexSarahStep}: {@code lex-sarah.<step>-overdue} (error: the step is not
 * taken and its due date has passed) and {@code lex-sarah.<step>-late} (warning: it was taken after
 * its due date), each resting on the step's provision. The objects judged are the cases, subject
 * {@code lexSarahCases/<id>}; the limits are the rule set's {@link LexSarahTimelinessPolicy} (the
 * defaults without one), and the findings are those of {@link LexSarahTimeliness} ({@link
 * FindingsRule}). Whether serious cases are considered for notification depends on the risk
 * scales, so those rules are qms-risk's ({@code RiskRules.all()}).
 */
public final class LexSarahRules {
  private static final RuleRegistry ALL = RuleRegistry.of(rules());

  private LexSarahRules() {}

  /** The timeliness rules, step by step, overdue before late. */
  public static RuleRegistry all() {
    return ALL;
  }

  private static List<ComplianceRule> rules() {
    Function<RuleSet, FindingsRule.Judge> judge = FindingsRule.shared(LexSarahRules::judge);
    List<ComplianceRule> out = new ArrayList<>();
    for (LexSarahStep step : LexSarahStep.values()) {
      out.add(
          FindingsRule.of(
              step.overdueRuleId(),
              FindingSeverity.ERROR,
              step.defaultBasis(),
              "Lex Sarah-ärenden når " + step.swedish() + " inom kommunens tidsgräns.",
              "Lex Sarah cases reach " + step.english() + " within the municipality's time limit.",
              judge));
      out.add(
          FindingsRule.of(
              step.lateRuleId(),
              FindingSeverity.WARNING,
              step.defaultBasis(),
              "Steget " + step.swedish() + " i lex Sarah-ärenden tas senast på förfallodagen.",
              "The step " + step.english() + " of lex Sarah cases is taken by its due date.",
              judge));
    }
    return out;
  }

  private static FindingsRule.Judge judge(RuleSet ruleSet) {
    LexSarahTimeliness timeliness =
        LexSarahTimeliness.of(ruleSet.part(LexSarahTimelinessPolicy.class).orElse(LexSarahTimelinessPolicy.defaults()));
    return (system, asOf) -> {
      List<LexSarahCase> cases = cases(system);
      List<String> objects = new ArrayList<>(cases.size());
      cases.forEach(c -> objects.add("lexSarahCases/" + c.id()));
      return FindingsRule.Judgement.of(objects, timeliness.findings(cases, asOf));
    };
  }

  static List<LexSarahCase> cases(QualitySystem system) {
    return system.part(LexSarahRegister.class).orElse(LexSarahRegister.empty()).cases();
  }
}
