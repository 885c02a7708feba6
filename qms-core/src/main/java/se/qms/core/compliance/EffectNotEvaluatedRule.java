package se.qms.core.compliance;

import java.time.LocalDate;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.ImprovementAction;

/**
 * {@value #ID}: an action carried out has no evaluation of its effect {@code graceDays} (default
 * 90) days after completion — found from the day after; an evaluation dated after the day
 * evaluated has not happened yet.
 *
 * <p>SOSFS 2011:9 5 kap. 7 §: take measures, follow them up and evaluate their effect.
 */
final class EffectNotEvaluatedRule extends CoreRule {
  static final String ID = "action.effect-not-evaluated";

  EffectNotEvaluatedRule() {
    super(
        ID,
        FindingSeverity.WARNING,
        ACTIONS,
        "Genomförda åtgärders effekt utvärderas.",
        "The effect of actions carried out is evaluated.",
        RuleParameter.of("graceDays", 0, 730, 90, "days after completion by which the effect is evaluated"));
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    int grace = parameters.get("graceDays");
    return new ListCheck<ImprovementAction>(
        QualitySystem::actions,
        (i, subject) -> SystemIndex.lookup(i.actions, subject, "actions/"),
        (scope, action, at, sink) -> {
          if (action.status() != ActionStatus.COMPLETED) {
            return;
          }
          LocalDate completed = action.completed().orElseThrow();
          if (completed.isAfter(scope.asOf) || !scope.asOf.isAfter(completed.plusDays(grace))) {
            return;
          }
          if (action.evaluation().isPresent() && !action.evaluation().get().date().isAfter(scope.asOf)) {
            return;
          }
          LocalDate due = completed.plusDays(grace);
          sink.add(
              "actions/" + action.id(),
              "Åtgärden \"" + action.title() + "\" genomfördes " + completed
                  + " men effekten har inte utvärderats (senast " + due + ").",
              "Action \"" + action.title() + "\" was completed on " + completed
                  + " but its effect has not been evaluated (due by " + due + ").");
        });
  }
}
