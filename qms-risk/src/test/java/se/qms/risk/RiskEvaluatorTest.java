package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class RiskEvaluatorTest {
  private static final RiskEvaluator DEFAULTS = RiskEvaluator.defaults();

  static RiskScales scales(int probabilitySteps, int severitySteps) {
    return RiskScales.of(
        RiskScale.numbered(RiskAxis.PROBABILITY, probabilitySteps),
        RiskScale.numbered(RiskAxis.SEVERITY, severitySteps));
  }

  @Nested
  class SingleRatings {
    /** Every cell of the default 4 × 4 matrix: value, band, escalation (value ≥ 8 or Hög). */
    @ParameterizedTest(name = "{0} × {1} = {2} {3} escalated={4}")
    @CsvSource({
      "1, 1, 1, Låg, false", "1, 2, 2, Låg, false", "1, 3, 3, Låg, false", "1, 4, 4, Medium, true",
      "2, 1, 2, Låg, false", "2, 2, 4, Medium, false", "2, 3, 6, Medium, false",
      "2, 4, 8, Kritisk, true", "3, 1, 3, Låg, false", "3, 2, 6, Medium, false",
      "3, 3, 9, Kritisk, true", "3, 4, 12, Kritisk, true", "4, 1, 4, Medium, false",
      "4, 2, 8, Kritisk, true", "4, 3, 12, Kritisk, true", "4, 4, 16, Kritisk, true"
    })
    void defaultMatrix(int p, int s, int value, String band, boolean escalated) {
      assertEquals(value, DEFAULTS.value(p, s));
      assertEquals(band, DEFAULTS.band(p, s).nameSv());
      assertEquals(escalated, DEFAULTS.isEscalated(p, s));
      int outcome = DEFAULTS.outcome(p, s);
      assertEquals(value, RiskOutcome.value(outcome));
      assertEquals(DEFAULTS.bands().indexOf(DEFAULTS.band(p, s)), RiskOutcome.bandIndex(outcome));
      assertEquals(escalated, RiskOutcome.isEscalated(outcome));
    }

    @Test
    void value3IsLag_value4IsMedium() {
      assertEquals("Låg", DEFAULTS.band(3, 1).nameSv());
      assertEquals("Medium", DEFAULTS.band(2, 2).nameSv());
    }

    /** On a 10 × 10 scale every value exists: 7 is Medium and not escalated, 8 is Kritisk. */
    @Test
    void value7VersusValue8_onTenByTen() {
      RiskEvaluator e =
          RiskEvaluator.of(
              scales(10, 10),
              RiskBands.of(
                  List.of(
                      RiskBand.of("Låg", "Low", 1, 4),
                      RiskBand.of("Medium", "Medium", 4, 8),
                      RiskBand.of("Kritisk", "Critical", 8, 100))),
              EscalationPolicy.defaults());
      assertEquals("Medium", e.band(7, 1).nameSv());
      assertFalse(e.isEscalated(7, 1));
      assertEquals("Kritisk", e.band(8, 1).nameSv());
      assertTrue(e.isEscalated(8, 1));
      assertTrue(e.isEscalated(1, 10)); // top severity
      assertFalse(e.isEscalated(1, 7)); // value 7, severity below the top
      assertTrue(e.isEscalated(1, 9));
    }

    @Test
    void outcome_probabilityAboveMax_throws() {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> DEFAULTS.outcome(5, 1));
      assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
      assertEquals("QMS-2002: probability must be in [1, 4], was 5", e.getMessage());
    }

    @Test
    void outcome_severityAboveMax_throws() {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> DEFAULTS.outcome(1, 5));
      assertEquals("severity", e.field().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0", "-1, 1", "1, -1", "16, 1", "1, 16", "17, 17", "2147483647, 1",
        "-2147483648, 1"})
    void outcome_stepOutsideTheScale_throws(int p, int s) {
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> DEFAULTS.outcome(p, s));
      assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
    }

    @Test
    void policyWithoutTopSeverity_escalatesByValueOnly() {
      RiskEvaluator e =
          RiskEvaluator.of(RiskScales.defaults(), RiskBands.defaults(), EscalationPolicy.of(8, false));
      assertFalse(e.isEscalated(1, 4));
      assertTrue(e.isEscalated(2, 4));
    }
  }

  @Nested
  class Compilation {
    @Test
    void of_bandsEndingBelowTheScalesMax_throws() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> RiskEvaluator.of(scales(3, 3), RiskBands.defaults(), EscalationPolicy.defaults()));
      assertEquals(QmsErrorCode.RISK_BANDS_RANGE, e.code());
    }

    @Test
    void of_thresholdAboveTheScalesMax_throws() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> RiskEvaluator.of(RiskScales.defaults(), RiskBands.defaults(), EscalationPolicy.of(17, true)));
      assertEquals(QmsErrorCode.RISK_ESCALATION_THRESHOLD, e.code());
    }

    @Test
    void of_thresholdAtTheScalesMax_isAccepted() {
      RiskEvaluator e =
          RiskEvaluator.of(RiskScales.defaults(), RiskBands.defaults(), EscalationPolicy.of(16, false));
      assertTrue(e.isEscalated(4, 4));
      assertFalse(e.isEscalated(3, 4));
    }

    @ParameterizedTest
    @CsvSource({"0", "101"})
    void policy_thresholdOutsideOneToHundred_throws(int threshold) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> EscalationPolicy.of(threshold, true));
      assertEquals(QmsErrorCode.RISK_ESCALATION_THRESHOLD, e.code());
    }

    @Test
    void twoByTwoScales_withTheirOwnBands() {
      RiskEvaluator e =
          RiskEvaluator.of(
              scales(2, 2),
              RiskBands.of(List.of(RiskBand.of("Låg", "Low", 1, 2), RiskBand.of("Hög", "High", 2, 4))),
              EscalationPolicy.of(4, false));
      assertEquals("Låg", e.band(1, 1).nameSv());
      assertEquals("Hög", e.band(1, 2).nameSv());
      assertTrue(e.isEscalated(2, 2));
      assertThrows(InvalidValueException.class, () -> e.outcome(3, 1));
    }

    @Test
    void evaluatorsOfEqualParts_areEqual() {
      assertEquals(
          DEFAULTS,
          RiskEvaluator.of(RiskScales.defaults(), RiskBands.defaults(), EscalationPolicy.defaults()));
    }
  }

  @Nested
  class Bulk {
    @Test
    void evaluate_returnsOutcomesInInputOrder() {
      int[] p = {4, 1, 2, 3};
      int[] s = {3, 1, 2, 2};
      int[] outcomes = DEFAULTS.evaluate(p, s);
      for (int i = 0; i < p.length; i++) {
        assertEquals(DEFAULTS.outcome(p[i], s[i]), outcomes[i]);
      }
      assertEquals(12, RiskOutcome.value(outcomes[0]));
      assertEquals(2, RiskOutcome.bandIndex(outcomes[0]));
      assertTrue(RiskOutcome.isEscalated(outcomes[0]));
      assertEquals(1, RiskOutcome.value(outcomes[1]));
    }

    @Test
    void evaluate_intoCallersArray() {
      int[] out = new int[5];
      DEFAULTS.evaluate(new int[] {2, 2}, new int[] {2, 4}, out);
      assertArrayEquals(
          new int[] {DEFAULTS.outcome(2, 2), DEFAULTS.outcome(2, 4), 0, 0, 0}, out);
    }

    @Test
    void evaluate_emptyArrays_giveNoOutcomes() {
      assertEquals(0, DEFAULTS.evaluate(new int[0], new int[0]).length);
    }

    @Test
    void evaluate_namesTheFirstIndexOutOfScale() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> DEFAULTS.evaluate(new int[] {1, 2, 1}, new int[] {1, 5, 0}));
      assertEquals("severities[1]", e.field().orElseThrow());
    }

    @Test
    void evaluate_lengthsDiffer_throws() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class, () -> DEFAULTS.evaluate(new int[] {1, 2}, new int[] {1}));
      assertEquals(QmsErrorCode.INCONSISTENT_VALUE, e.code());
      assertThrows(
          InvalidValueException.class,
          () -> DEFAULTS.evaluate(new int[] {1, 2}, new int[] {1, 2}, new int[1]));
    }
  }
}
