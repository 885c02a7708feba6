package se.qms.core.lexsarah;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.compliance.RuleSetting;
import se.qms.core.compliance.RuleStatus;

/** Lex Sarah timeliness through the compliance engine: the same findings, in full and per case. */
class LexSarahRulesTest {
  private static final LocalDate REPORTED = LocalDate.of(2015, 11, 3);

  /**
   * Reported, received the same day, registered five weeks later and investigated from mid-December
   * (seed 000 §4.3.2.1).
   */
  private static final LexSarahCase LATE =
      LexSarahCase.builder()
          .id("LS-2015-H")
          .committeeId("hn")
          .reported(REPORTED)
          .addCategories(LexSarahCategory.CASEWORK)
          .build()
          .apply(LexSarahCommand.receive(REPORTED))
          .next()
          .apply(LexSarahCommand.register(LocalDate.of(2015, 12, 10)))
          .next()
          .apply(LexSarahCommand.startInvestigation(LocalDate.of(2015, 12, 15)))
          .next();

  /** Reported and received, still not registered. */
  private static final LexSarahCase WAITING =
      LexSarahCase.builder()
          .id("LS-2015-J")
          .committeeId("hn")
          .reported(LocalDate.of(2015, 12, 1))
          .addCategories(LexSarahCategory.NEGLECT)
          .build()
          .apply(LexSarahCommand.receive(LocalDate.of(2015, 12, 1)))
          .next();

  private static final QualitySystem SYSTEM =
      QualitySystem.builder().name("Exempelkommun").addParts(LexSarahRegister.of(List.of(LATE, WAITING))).build();
  private static final LocalDate AS_OF = LocalDate.of(2015, 12, 31);

  private static ComplianceEngine engine(RuleSet rules) {
    return ComplianceEngine.of(rules, ComplianceRules.core().plus(LexSarahRules.all()));
  }

  private static List<String> ids(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.ruleId().startsWith("lex-sarah."))
        .map(f -> f.ruleId() + " " + f.subject())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void theEngine_reportsWhatTimelinessFinds() {
    ComplianceResult result = engine(RuleSet.builder().name("R").build()).evaluate(SYSTEM, AS_OF);
    List<Finding> expected = LexSarahTimeliness.defaults().findings(List.of(LATE, WAITING), AS_OF);
    assertEquals(ids(expected), ids(result.findings()));
    assertEquals(
        List.of("lex-sarah.registration-late lexSarahCases/LS-2015-H", "lex-sarah.registration-overdue lexSarahCases/LS-2015-J"),
        ids(result.findings()));
    assertEquals(RuleStatus.FAILED, result.outcome("lex-sarah.registration-overdue").orElseThrow().status());
    assertEquals(RuleStatus.PASSED, result.outcome("lex-sarah.receipt-late").orElseThrow().status());
  }

  @Test
  void oneCase_evaluatedAlone_givesItsFindingsOfTheFullEvaluation() {
    ComplianceEngine engine = engine(RuleSet.builder().name("R").build());
    List<String> full =
        ids(engine.evaluate(SYSTEM, AS_OF).findings()).stream()
            .filter(s -> s.endsWith("LS-2015-J"))
            .collect(Collectors.toList());
    assertEquals(full, ids(engine.evaluate(SYSTEM, AS_OF, "lexSarahCases/LS-2015-J").findings()));
  }

  @Test
  void aRuleSwitchedOff_removesOnlyItsFindings() {
    RuleSet rules = RuleSet.builder().name("R").putRules("lex-sarah.registration-late", RuleSetting.disabled()).build();
    assertEquals(
        List.of("lex-sarah.registration-overdue lexSarahCases/LS-2015-J"), ids(engine(rules).evaluate(SYSTEM, AS_OF).findings()));
  }

  @Test
  void aSystemWithoutCases_isNotApplicable() {
    ComplianceResult result =
        engine(RuleSet.builder().name("R").build()).evaluate(QualitySystem.builder().name("Tom").build(), AS_OF);
    assertEquals(RuleStatus.NOT_APPLICABLE, result.outcome("lex-sarah.registration-late").orElseThrow().status());
  }
}
