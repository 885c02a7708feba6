package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCommand;
import se.qms.core.lexsarah.LexSarahRiskEstimate;

/** Seed 000 §4.3.2.1: "riskvärdet är 8 eller högre (upp till 16), eller allvarligheten bedöms som hög". */
class LexSarahEscalationTest {
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);

  private static LexSarahCase estimated(String id, int probability, int severity) {
    return LexSarahCase.builder()
        .id(id)
        .committeeId("hn")
        .reported(DAY)
        .riskEstimate(LexSarahRiskEstimate.of(probability, severity))
        .build();
  }

  @ParameterizedTest(name = "{0} × {1}: {2}")
  @CsvSource({
    "1, 1, false", "1, 3, false", "2, 3, false", "3, 2, false", "4, 1, false",
    "2, 4, true", "4, 2, true", "3, 3, true", "1, 4, true", "4, 4, true", "3, 4, true"
  })
  void defaultRule_valueEightOrMore_orSeverityHog(int p, int s, boolean flagged) {
    assertEquals(flagged, LexSarahEscalation.defaults().mustConsiderNotification(estimated("a", p, s)));
  }

  @Test
  void withoutAnEstimate_neverFlagged() {
    assertFalse(LexSarahEscalation.defaults().mustConsiderNotification(LexSarahCase.reported("a", "hn", DAY)));
  }

  @Test
  void policyIsTheRuleSets_thresholdAndScales() {
    LexSarahEscalation strict =
        LexSarahEscalation.of(RiskPolicy.of(RiskScales.defaults(), RiskBands.defaults(), EscalationPolicy.of(12, false)));
    assertFalse(strict.mustConsiderNotification(estimated("a", 1, 4)));
    assertFalse(strict.mustConsiderNotification(estimated("a", 3, 3)));
    assertTrue(strict.mustConsiderNotification(estimated("a", 4, 3)));
  }

  @Test
  void estimateOutsideTheScales_isRejectedNamingTheCase() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> LexSarahEscalation.defaults().mustConsiderNotification(estimated("LS-7", 5, 1)));
    assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
    assertEquals("lexSarahCases[LS-7].riskEstimate", e.field().orElseThrow());
  }

  @Test
  void flagged_keepsTheOrderGiven() {
    List<LexSarahCase> cases = List.of(estimated("c", 4, 4), estimated("a", 1, 1), estimated("b", 2, 4));
    assertEquals(
        List.of("c", "b"),
        LexSarahEscalation.defaults().flagged(cases).stream().map(LexSarahCase::id).collect(Collectors.toList()));
  }

  @Test
  void findings_informWhileOpen_warnOnceClosedWithoutNotification_andNothingOnceNotified() {
    LexSarahCase open = estimated("b-open", 3, 4);
    LexSarahCase investigated =
        estimated("a-closed", 2, 4)
            .apply(LexSarahCommand.receive(DAY)).next()
            .apply(LexSarahCommand.register(DAY)).next()
            .apply(LexSarahCommand.startInvestigation(DAY.plusDays(1))).next()
            .apply(LexSarahCommand.assess(DAY.plusDays(10), LexSarahAssessment.IMPROPRIETY)).next();
    LexSarahCase closed = investigated.apply(LexSarahCommand.close(DAY.plusDays(20))).next();
    LexSarahCase notified =
        estimated("c-notified", 4, 4)
            .apply(LexSarahCommand.receive(DAY)).next()
            .apply(LexSarahCommand.register(DAY)).next()
            .apply(LexSarahCommand.startInvestigation(DAY)).next()
            .apply(LexSarahCommand.assess(DAY.plusDays(2), LexSarahAssessment.SERIOUS_IMPROPRIETY)).next()
            .apply(LexSarahCommand.notifyIvo(DAY.plusDays(5), DAY.plusDays(4))).next();
    List<LexSarahCase> cases = List.of(notified, open, closed, estimated("d-low", 1, 2));

    List<Finding> atYearEnd = LexSarahEscalation.defaults().findings(cases, LocalDate.of(2016, 12, 31));
    assertEquals(
        List.of(
            LexSarahEscalation.ESCALATED_CLOSED_WITHOUT_NOTIFICATION + " lexSarahCases/a-closed",
            LexSarahEscalation.NOTIFICATION_TO_CONSIDER + " lexSarahCases/b-open"),
        atYearEnd.stream().map(f -> f.ruleId() + " " + f.subject()).collect(Collectors.toList()));
    assertEquals(FindingSeverity.WARNING, atYearEnd.get(0).severity());
    assertEquals(FindingSeverity.INFO, atYearEnd.get(1).severity());
    assertEquals("SoL 14 kap. 7 §; LSS 24 f §", atYearEnd.get(0).basis());
    assertEquals(
        "Lex Sarah-ärende b-open har riskvärdet 12 (3 × 4) och ska prövas för anmälan till IVO;"
            + " rutinen prövar anmälan vid riskvärde 8 eller högre eller allvarlighetsgrad Hög.",
        atYearEnd.get(1).messageSv());

    // before it was closed, and before the notification, both were open
    List<Finding> early = LexSarahEscalation.defaults().findings(cases, DAY.plusDays(3));
    assertEquals(
        List.of("lexSarahCases/a-closed", "lexSarahCases/b-open", "lexSarahCases/c-notified"),
        early.stream().map(Finding::subject).collect(Collectors.toList()));
    assertTrue(early.stream().allMatch(f -> f.severity() == FindingSeverity.INFO));
    assertEquals(List.of(), LexSarahEscalation.defaults().findings(cases, DAY.minusDays(1)));
  }
}
