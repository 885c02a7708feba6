package se.qms.core.compliance;

import se.qms.core.improvement.ImprovementAction;

/**
 * {@value #ID}: an action registered by the day evaluated is not carried out and its due date lies
 * before that day (found from the day after the due date; cancelled actions are not checked).
 *
 * <p>SOSFS 2011:9 5 kap. 7 §: take measures and follow them up.
 */
final class ActionOverdueRule extends CoreRule {
  static final String ID = "action.overdue";

  ActionOverdueRule() {
    super(
        ID,
        FindingSeverity.WARNING,
        ACTIONS,
        "Åtgärder genomförs senast på sitt slutdatum.",
        "Actions are carried out by their due date.");
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    return new ListCheck<ImprovementAction>(
        QualitySystem::actions,
        (i, subject) -> SystemIndex.lookup(i.actions, subject, "actions/"),
        (scope, action, at, sink) -> {
          if (!action.registered().isAfter(scope.asOf) && action.isOverdue(scope.asOf)) {
            String due = action.due().orElseThrow().toString();
            sink.add(
                "actions/" + action.id(),
                "Åtgärden \"" + action.title() + "\" skulle ha genomförts senast " + due + ".",
                "Action \"" + action.title() + "\" was due by " + due + ".");
          }
        });
  }
}
