package se.qms.risk;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahRiskEstimate;

/**
 * Raising the probability or the severity of a lex Sarah case's estimate never removes its flag,
 * on any scales and threshold; and the flag is the evaluator's escalation of the same rating.
 */
class LexSarahEscalationProperties {
  private static LexSarahCase estimated(int p, int s) {
    return LexSarahCase.builder()
        .id("a")
        .committeeId("hn")
        .reported(LocalDate.of(2016, 1, 4))
        .riskEstimate(LexSarahRiskEstimate.of(p, s))
        .build();
  }

  @Test
  void flag_isMonotonicInBothSteps_andAgreesWithTheEvaluator() {
    qt().forAll(
            integers().between(2, 10),
            integers().between(2, 10),
            integers().between(0, 199),
            integers().between(0, 10_000))
        .check(
            (ps, ss, policy, draw) -> {
              int threshold = 1 + policy / 2 % (ps * ss);
              boolean top = policy % 2 == 1;
              RiskScales scales =
                  RiskScales.of(
                      RiskScale.numbered(RiskAxis.PROBABILITY, ps),
                      RiskScale.numbered(RiskAxis.SEVERITY, ss));
              RiskEvaluator evaluator =
                  RiskEvaluator.of(
                      scales,
                      RiskBands.of(List.of(RiskBand.of("Alla", "All", 1, ps * ss))),
                      EscalationPolicy.of(threshold, top));
              LexSarahEscalation escalation = LexSarahEscalation.of(evaluator);
              int p = 1 + draw % ps;
              int s = 1 + draw / ps % ss;
              boolean flagged = escalation.mustConsiderNotification(estimated(p, s));
              boolean higherP = p == ps || escalation.mustConsiderNotification(estimated(p + 1, s));
              boolean higherS = s == ss || escalation.mustConsiderNotification(estimated(p, s + 1));
              return flagged == evaluator.isEscalated(p, s) && (!flagged || (higherP && higherS));
            });
  }
}
