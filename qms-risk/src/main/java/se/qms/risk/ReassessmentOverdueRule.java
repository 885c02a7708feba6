package se.qms.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;

/**
 * {@value RiskReview#REASSESSMENT_OVERDUE}: a followed risk was not assessed again within the
 * reassessment interval (SOSFS 2011:9 5 kap. 1 §: risks are assessed continuously).
 *
 * <p>The interval runs from the latest dated assessment on or before the review day or, for a risk
 * never assessed, from the day it was identified. The deadline is that day plus the interval; the
 * finding arises on the day after the deadline, not on the deadline itself. Risks with neither
 * date are left to {@link AssessmentUndatedRule}.
 */
final class ReassessmentOverdueRule implements RiskRule {
  @Override
  public String id() {
    return RiskReview.REASSESSMENT_OVERDUE;
  }

  @Override
  public void check(ReviewContext context, List<Finding> findings) {
    for (Risk risk : context.risks) {
      if (!context.followed(risk)) {
        continue;
      }
      Optional<LocalDate> assessed = risk.lastAssessedOn(context.asOf);
      Optional<LocalDate> from = assessed.or(risk::date);
      if (from.isEmpty()) {
        continue;
      }
      LocalDate deadline = from.get().plus(context.reassessmentInterval);
      if (!context.asOf.isAfter(deadline)) {
        continue;
      }
      String sv =
          assessed.isPresent()
              ? "Risken \"" + risk.title() + "\" bedömdes senast " + from.get()
              : "Risken \"" + risk.title() + "\" identifierades " + from.get() + " men har inte bedömts";
      String en =
          assessed.isPresent()
              ? "Risk \"" + risk.title() + "\" was last assessed on " + from.get()
              : "Risk \"" + risk.title() + "\" was identified on " + from.get() + " but never assessed";
      findings.add(
          ReviewContext.finding(
              id(),
              FindingSeverity.WARNING,
              ReviewContext.RISK_ANALYSIS,
              ReviewContext.subject(risk),
              sv + "; en ny bedömning skulle ha gjorts senast " + deadline + ".",
              en + "; it was due for assessment by " + deadline + "."));
    }
  }
}
