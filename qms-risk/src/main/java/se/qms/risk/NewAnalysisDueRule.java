package se.qms.risk;

import java.time.LocalDate;
import java.util.List;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;

/**
 * {@value RiskReview#NEW_ANALYSIS_DUE}: after a {@link RiskTrigger} (seed 002 §6.3), a followed
 * risk in its scope has not been assessed again within the allowed number of days (SOSFS 2011:9 5
 * kap. 1 §).
 *
 * <p>Only triggers dated on or before the review day count. The deadline is the trigger's day plus
 * the allowed days; the finding arises from the day after the deadline as long as no dated
 * assessment lies between the trigger's day and the review day (inclusive) — an analysis made
 * late ends the finding, an undated one cannot show that it followed the trigger. A trigger whose
 * scope holds no followed risk at all yields one finding about the trigger itself (subject {@code
 * risk-triggers/<id>}): nothing in its scope has been analysed.
 */
final class NewAnalysisDueRule implements RiskRule {
  @Override
  public String id() {
    return RiskReview.NEW_ANALYSIS_DUE;
  }

  @Override
  public void check(ReviewContext context, List<Finding> findings) {
    for (RiskTrigger trigger : context.triggers) {
      if (trigger.date().isAfter(context.asOf)) {
        continue;
      }
      LocalDate deadline = trigger.date().plusDays(context.newAnalysisWithinDays);
      boolean overdue = context.asOf.isAfter(deadline);
      boolean anyInScope = false;
      for (Risk risk : context.risks) {
        if (!context.followed(risk) || !trigger.concerns(risk)) {
          continue;
        }
        anyInScope = true;
        boolean analysed =
            risk.lastAssessedOn(context.asOf).map(d -> !d.isBefore(trigger.date())).orElse(false);
        if (overdue && !analysed) {
          findings.add(finding(trigger, deadline, ReviewContext.subject(risk), risk.title()));
        }
      }
      if (overdue && !anyInScope) {
        findings.add(finding(trigger, deadline, "risk-triggers/" + trigger.id(), null));
      }
    }
  }

  private Finding finding(RiskTrigger trigger, LocalDate deadline, String subject, String title) {
    String eventSv = trigger.kind().swedish().toLowerCase(java.util.Locale.ROOT);
    String eventEn = trigger.kind().english().toLowerCase(java.util.Locale.ROOT);
    String whatSv =
        title == null
            ? "ingen risk i dess omfattning analyserats"
            : "risken \"" + title + "\" inte bedömts på nytt";
    String whatEn =
        title == null
            ? "no risk in its scope has been analysed"
            : "risk \"" + title + "\" has not been assessed again";
    return ReviewContext.finding(
        id(),
        FindingSeverity.WARNING,
        ReviewContext.RISK_ANALYSIS,
        subject,
        "Efter " + eventSv + " (" + trigger.id() + ") " + trigger.date() + " har " + whatSv
            + "; en ny riskanalys skulle ha gjorts senast " + deadline + ".",
        "After " + eventEn + " (" + trigger.id() + ") on " + trigger.date() + ", " + whatEn
            + "; a new risk analysis was due by " + deadline + ".");
  }
}
