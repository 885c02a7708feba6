package se.qms.core.compliance;

import java.time.LocalDate;
import se.qms.core.selfinspection.FollowUpPlanItem;

/**
 * {@value #ID}: an occurrence of a follow-up plan item (egenkontroll, uppföljningsplan) has no
 * recorded result {@code graceDays} (default 14) days after it was due — found from the day after —
 * looking back {@code lookBackDays} (default 365) days from the day evaluated.
 *
 * <p>SOSFS 2011:9 5 kap. 2 §: egenkontroll as often and as widely as needed; the plan says how
 * often (seed 003).
 */
final class FollowUpOverdueRule extends CoreRule {
  static final String ID = "selfinspection.follow-up-overdue";

  FollowUpOverdueRule() {
    super(
        ID,
        FindingSeverity.WARNING,
        SELF_INSPECTION,
        "Egenkontroller i uppföljningsplanen genomförs när de ska.",
        "The follow-up plan's self-inspections are done when due.",
        RuleParameter.of("graceDays", 0, 366, 14, "days after an occurrence before its result is overdue"),
        RuleParameter.of("lookBackDays", 1, 3_660, 365, "how far back occurrences are checked"));
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    int grace = parameters.get("graceDays");
    int lookBack = parameters.get("lookBackDays");
    return new ListCheck<FollowUpPlanItem>(
        QualitySystem::followUpPlanItems,
        (i, subject) -> SystemIndex.lookup(i.followUpItems, subject, "followUpPlan/"),
        (scope, item, at, sink) -> {
          LocalDate to = scope.asOf.minusDays(grace + 1L);
          LocalDate from = scope.asOf.minusDays(lookBack);
          for (LocalDate due : item.schedule().between(from, to)) {
            if (!item.hasResultFor(due)) {
              sink.add(
                  "followUpPlan/" + item.id(),
                  "Egenkontrollen \"" + item.title() + "\" skulle ha genomförts " + due + " men saknar resultat.",
                  "Self-inspection \"" + item.title() + "\" was due on " + due + " but has no result.");
            }
          }
        });
  }
}
