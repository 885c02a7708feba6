package se.qms.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Rules over one engine's judgement: each finding to its object, and one judgement per evaluation. */
class FindingsRuleTest {
  private static final LocalDate DAY = LocalDate.of(2019, 12, 31);
  private static final RuleSet RULES = RuleSet.builder().name("R").build();
  private static final QualitySystem SYSTEM = QualitySystem.builder().name("Exempelkommun").build();

  private static Finding finding(String ruleId, String subject) {
    return Finding.builder()
        .ruleId(ruleId)
        .severity(FindingSeverity.WARNING)
        .basis("SOSFS 2011:9")
        .subject(subject)
        .messageSv("fel")
        .messageEn("wrong")
        .build();
  }

  private static FindingsRule rule(String id, Function<RuleSet, FindingsRule.Judge> compile) {
    return FindingsRule.of(id, FindingSeverity.WARNING, "SOSFS 2011:9", "Titel.", "Title.", compile);
  }

  @Test
  void eachFinding_goesToTheObjectItsSubjectNames_orOneOfItsPrefixes() {
    FindingsRule.Judge judge =
        (system, asOf) ->
            FindingsRule.Judgement.of(
                List.of("reports/2019-Q1", "reports/2019-Q2"),
                List.of(
                    finding("x.one", "reports/2019-Q1/SOL/IVO"),
                    finding("x.one", "reports/2019-Q2"),
                    finding("x.two", "reports/2019-Q2"),
                    finding("x.one", "elsewhere/1")));
    ComplianceEngine engine = ComplianceEngine.of(RULES, RuleRegistry.of(rule("x.one", rs -> judge)));
    ComplianceResult full = engine.evaluate(SYSTEM, DAY);
    assertEquals(2, full.findings().size());
    assertEquals(
        List.of("reports/2019-Q1/SOL/IVO"),
        engine.evaluate(SYSTEM, DAY, "reports/2019-Q1/SOL/AUDITORS").findings().stream().map(Finding::subject).toList());
  }

  @Test
  void rulesSharingAJudge_judgeASystemOncePerEvaluation() {
    AtomicInteger judged = new AtomicInteger();
    Function<RuleSet, FindingsRule.Judge> shared =
        FindingsRule.shared(
            rs ->
                (system, asOf) -> {
                  judged.incrementAndGet();
                  return FindingsRule.Judgement.of(List.of("a/1"), List.of(finding("y.one", "a/1"), finding("y.two", "a/1")));
                });
    ComplianceEngine engine =
        ComplianceEngine.of(RULES, RuleRegistry.of(rule("y.one", shared), rule("y.two", shared)));
    ComplianceResult result = engine.evaluate(SYSTEM, DAY);
    assertEquals(2, result.findings().size());
    assertEquals(1, judged.get());
    engine.evaluate(SYSTEM, DAY.plusDays(1));
    assertEquals(2, judged.get());
    engine.evaluate(QualitySystem.builder().name("Annan kommun").build(), DAY.plusDays(1));
    assertEquals(3, judged.get());
  }
}
