package se.qms.risk;

import java.util.List;
import java.util.Optional;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;

/**
 * {@value RiskReview#CRITICAL_WITHOUT_ACTION}: a followed risk whose current score lies in the top
 * band (Kritisk) has no linked action (SOSFS 2011:9 5 kap. 7 §).
 */
final class CriticalWithoutActionRule implements RiskRule {
  @Override
  public String id() {
    return RiskReview.CRITICAL_WITHOUT_ACTION;
  }

  @Override
  public void check(ReviewContext context, List<Finding> findings) {
    for (Risk risk : context.risks) {
      if (!context.followed(risk) || !risk.actionIds().isEmpty()) {
        continue;
      }
      Optional<RiskScore> score = context.score(risk);
      if (score.isEmpty() || !score.get().isTopBand()) {
        continue;
      }
      RiskScore s = score.get();
      findings.add(
          ReviewContext.finding(
              id(),
              FindingSeverity.ERROR,
              ReviewContext.ACTIONS,
              ReviewContext.subject(risk),
              "Risken \""
                  + risk.title()
                  + "\" har riskvärdet "
                  + ReviewContext.valueSv(s.value())
                  + " ("
                  + s.band().nameSv()
                  + ") men ingen kopplad åtgärd.",
              "Risk \""
                  + risk.title()
                  + "\" has the value "
                  + ReviewContext.valueEn(s.value())
                  + " ("
                  + s.band().nameEn()
                  + ") but no linked action."));
    }
  }
}
