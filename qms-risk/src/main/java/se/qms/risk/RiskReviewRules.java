package se.qms.risk;

import java.util.List;

/** The rules a {@link RiskReview} runs, in the order their findings are reported. */
final class RiskReviewRules {
  private static final List<RiskRule> ALL =
      List.of(
          new CriticalWithoutActionRule(),
          new ReassessmentOverdueRule(),
          new AssessmentUndatedRule(),
          new NewAnalysisDueRule());

  private RiskReviewRules() {}

  static List<RiskRule> all() {
    return ALL;
  }
}
