package se.qms.risk;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.qms.core.compliance.ComplianceRule;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.FindingSink;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleCheck;
import se.qms.core.compliance.RuleParameter;
import se.qms.core.compliance.RuleParameters;
import se.qms.core.compliance.RuleSet;

/**
 * One of {@link RiskReview}'s rules as a compliance rule: it reviews the system's {@link
 * RiskRegister} risk by risk (subject {@code risks/<id>}) with the rule set's {@link RiskPolicy}
 * (the defaults without one) and a reassessment interval of {@code reassessmentMonths} (default
 * 12, seed 002 §6.3 "minst en gång per år").
 */
final class RiskComplianceRule implements ComplianceRule {
  private static final RuleParameter REASSESSMENT_MONTHS =
      RuleParameter.of("reassessmentMonths", 1, 120, 12, "months an assessment stays valid");

  private final RiskRule rule;
  private final FindingSeverity severity;
  private final String basis;
  private final String titleSv;
  private final String titleEn;
  private final List<RuleParameter> parameters;

  private RiskComplianceRule(
      RiskRule rule, FindingSeverity severity, String basis, String titleSv, String titleEn, boolean interval) {
    this.rule = rule;
    this.severity = severity;
    this.basis = basis;
    this.titleSv = titleSv;
    this.titleEn = titleEn;
    this.parameters = interval ? List.of(REASSESSMENT_MONTHS) : List.of();
  }

  static RiskComplianceRule criticalWithoutAction() {
    return new RiskComplianceRule(
        new CriticalWithoutActionRule(),
        FindingSeverity.ERROR,
        ReviewContext.ACTIONS,
        "En risk i den högsta riskklassen har en kopplad åtgärd.",
        "A risk in the top band has a linked action.",
        false);
  }

  static RiskComplianceRule reassessmentOverdue() {
    return new RiskComplianceRule(
        new ReassessmentOverdueRule(),
        FindingSeverity.WARNING,
        ReviewContext.RISK_ANALYSIS,
        "Risker bedöms på nytt inom bedömningsintervallet.",
        "Risks are reassessed within the interval.",
        true);
  }

  static RiskComplianceRule assessmentUndated() {
    return new RiskComplianceRule(
        new AssessmentUndatedRule(),
        FindingSeverity.INFO,
        ReviewContext.RISK_ANALYSIS,
        "Varje risk har ett känt datum för identifiering eller bedömning.",
        "Every risk has a known date of identification or assessment.",
        false);
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public FindingSeverity defaultSeverity() {
    return severity;
  }

  @Override
  public String basis() {
    return basis;
  }

  @Override
  public String titleSv() {
    return titleSv;
  }

  @Override
  public String titleEn() {
    return titleEn;
  }

  @Override
  public List<RuleParameter> parameters() {
    return parameters;
  }

  /** One evaluation: the register's risks, their positions by id and the day. */
  static final class State {
    final List<Risk> risks;
    final Map<String, Integer> positions;
    final LocalDate asOf;

    State(List<Risk> risks, LocalDate asOf) {
      this.risks = risks;
      this.asOf = asOf;
      this.positions = new HashMap<>();
      for (int i = 0; i < risks.size(); i++) {
        positions.put(risks.get(i).id(), i);
      }
    }
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters values) {
    RiskEvaluator evaluator = ruleSet.part(RiskPolicy.class).orElse(RiskPolicy.defaults()).evaluator();
    Period interval =
        parameters.isEmpty() ? Period.ofYears(1) : Period.ofMonths(values.get(REASSESSMENT_MONTHS.name()));
    return new RuleCheck<State>() {
      @Override
      public State prepare(QualitySystem system, LocalDate asOf) {
        return new State(system.part(RiskRegister.class).orElse(RiskRegister.empty()).risks(), asOf);
      }

      @Override
      public int size(State state) {
        return state.risks.size();
      }

      @Override
      public int indexOf(State state, String subject) {
        if (!subject.startsWith("risks/")) {
          return -1;
        }
        Integer at = state.positions.get(subject.substring(6));
        return at == null ? -1 : at;
      }

      @Override
      public void check(State state, int index, FindingSink sink) {
        ReviewContext context =
            new ReviewContext(
                List.of(state.risks.get(index)), List.of(), state.asOf, evaluator, interval, 30);
        List<Finding> found = new ArrayList<>(1);
        rule.check(context, found);
        found.forEach(sink::add);
      }
    };
  }

  @Override
  public String toString() {
    return id();
  }
}
