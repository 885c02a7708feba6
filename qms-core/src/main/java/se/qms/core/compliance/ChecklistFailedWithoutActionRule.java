package se.qms.core.compliance;

import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;

/**
 * {@value #ID}: a completed checklist judged Ej godkänd by its template's pass policy has no action
 * — not cancelled, registered by the day evaluated, whose origin id is the checklist's id — {@code
 * graceDays} (default 30) days after it was completed; found from the day after.
 *
 * <p>SOSFS 2011:9 5 kap. 2 § (egenkontroll) and 5 kap. 7 § (deficiencies lead to actions).
 */
final class ChecklistFailedWithoutActionRule extends CoreRule {
  static final String ID = "selfinspection.failed-without-action";

  ChecklistFailedWithoutActionRule() {
    super(
        ID,
        FindingSeverity.ERROR,
        ACTIONS,
        "En egenkontroll som inte godkänts leder till en åtgärd.",
        "A failed self-inspection checklist leads to an action.",
        RuleParameter.of("graceDays", 0, 365, 30, "days after the checklist to register an action"));
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    int grace = parameters.get("graceDays");
    return new ListCheck<CompletedChecklist>(
        QualitySystem::completedChecklists,
        (i, subject) -> SystemIndex.lookup(i.completedChecklists, subject, "completedChecklists/"),
        (scope, checklist, at, sink) -> {
          if (checklist.date().isAfter(scope.asOf)
              || !scope.asOf.isAfter(checklist.date().plusDays(grace))
              || scope.index.hasAction(checklist.id(), scope.asOf)) {
            return;
          }
          if (scope.index.checklistFailed[at]) {
            ChecklistTemplate template = scope.index.checklistTemplates[at];
            sink.add(
                "completedChecklists/" + checklist.id(),
                "Checklistan \"" + template.title() + "\" (" + checklist.unitId() + ", " + checklist.date()
                    + ") är ej godkänd men saknar åtgärd.",
                "Checklist \"" + template.title() + "\" (" + checklist.unitId() + ", " + checklist.date()
                    + ") failed but has no action.");
          }
        });
  }
}
