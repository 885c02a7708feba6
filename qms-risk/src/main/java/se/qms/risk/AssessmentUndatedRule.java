package se.qms.risk;

import java.util.List;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;

/**
 * {@value RiskReview#ASSESSMENT_UNDATED}: for a followed risk neither an assessment date nor the
 * day it was identified is known, so whether it is assessed continuously cannot be told (SOSFS
 * 2011:9 5 kap. 1 §). Information only: published reports often print no dates (seed 000 §4.1).
 */
final class AssessmentUndatedRule implements RiskRule {
  @Override
  public String id() {
    return RiskReview.ASSESSMENT_UNDATED;
  }

  @Override
  public void check(ReviewContext context, List<Finding> findings) {
    for (Risk risk : context.risks) {
      if (!context.followed(risk)
          || risk.date().isPresent()
          || risk.lastAssessedOn(context.asOf).isPresent()) {
        continue;
      }
      findings.add(
          ReviewContext.finding(
              id(),
              FindingSeverity.INFO,
              ReviewContext.RISK_ANALYSIS,
              ReviewContext.subject(risk),
              "Det framgår inte när risken \""
                  + risk.title()
                  + "\" identifierades eller senast bedömdes, så det går inte att avgöra om den"
                  + " bedöms fortlöpande.",
              "Neither when risk \""
                  + risk.title()
                  + "\" was identified nor when it was last assessed is known, so whether it is"
                  + " assessed continuously cannot be told."));
    }
  }
}
