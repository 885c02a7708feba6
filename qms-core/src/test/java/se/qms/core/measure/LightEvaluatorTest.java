package se.qms.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class LightEvaluatorTest {
  @Nested
  class AtLeast92Percent {
    // "minst 92 %", yellow within 2 points
    private final LightEvaluator e =
        LightEvaluator.compile(
            LightPolicy.target(Target.absolute(92), Tolerance.points(2)), Direction.HIGHER_IS_BETTER);

    @ParameterizedTest
    @CsvSource({"93, GREEN", "92, GREEN", "91.99, YELLOW", "90, YELLOW", "89.99, RED", "0, RED"})
    void boundaries(double value, TrafficLight light) {
      assertEquals(light, e.evaluate(value));
    }

    @Test
    void noValue_isNoData_notRed() {
      assertEquals(TrafficLight.NO_DATA, e.evaluate(Double.NaN));
      assertFalse(e.needsResolvedTarget());
    }
  }

  @Nested
  class AtMost14Days {
    // "högst 14 dagar", yellow within 10 % of the target
    private final LightEvaluator e =
        LightEvaluator.compile(
            LightPolicy.target(Target.absolute(14), Tolerance.percentOfTarget(10)),
            Direction.LOWER_IS_BETTER);

    @ParameterizedTest
    @CsvSource({"3, GREEN", "14, GREEN", "14.01, YELLOW", "15.4, YELLOW", "15.41, RED"})
    void boundaries(double value, TrafficLight light) {
      assertEquals(light, e.evaluate(value));
    }
  }

  @Test
  void resolvedTarget_missing_isNoTarget() {
    LightEvaluator e =
        LightEvaluator.compile(
            LightPolicy.target(Target.nationalAverage(), Tolerance.none()), Direction.HIGHER_IS_BETTER);
    assertTrue(e.needsResolvedTarget());
    assertEquals(TrafficLight.NO_TARGET, e.evaluate(80));
    assertEquals(TrafficLight.GREEN, e.evaluate(80, 79));
    assertEquals(TrafficLight.RED, e.evaluate(78, 79));
  }

  @Nested
  class Bands {
    @Test
    void higherIsBetter() {
      LightEvaluator e = LightEvaluator.compile(LightPolicy.bands(3.6, 3.0), Direction.HIGHER_IS_BETTER);
      assertEquals(TrafficLight.GREEN, e.evaluate(3.6));
      assertEquals(TrafficLight.YELLOW, e.evaluate(3.59));
      assertEquals(TrafficLight.YELLOW, e.evaluate(3.0));
      assertEquals(TrafficLight.RED, e.evaluate(2.99));
    }

    @Test
    void lowerIsBetter() {
      LightEvaluator e = LightEvaluator.compile(LightPolicy.bands(10, 20), Direction.LOWER_IS_BETTER);
      assertEquals(TrafficLight.GREEN, e.evaluate(10));
      assertEquals(TrafficLight.YELLOW, e.evaluate(20));
      assertEquals(TrafficLight.RED, e.evaluate(20.5));
    }

    @Test
    void bandsAgainstTheDirection_areRejected() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> LightEvaluator.compile(LightPolicy.bands(3.0, 3.6), Direction.HIGHER_IS_BETTER));
      assertEquals(QmsErrorCode.LIGHT_POLICY_INVALID, e.code());
    }
  }

  @Test
  void passFail_isGodkandOrEjGodkand() {
    LightEvaluator e = LightEvaluator.compile(LightPolicy.passFail(), Direction.NEUTRAL);
    assertEquals(TrafficLight.GREEN, e.evaluate(1));
    assertEquals(TrafficLight.RED, e.evaluate(0));
  }

  @Test
  void targetOnNeutralIndicator_isRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                LightEvaluator.compile(
                    LightPolicy.target(Target.absolute(5), Tolerance.none()), Direction.NEUTRAL));
    assertEquals(QmsErrorCode.LIGHT_POLICY_INVALID, e.code());
  }

  @Test
  void tolerance_negativeOrNaN_isRejected() {
    assertThrows(InvalidValueException.class, () -> Tolerance.points(-1));
    assertThrows(InvalidValueException.class, () -> Tolerance.percentOfTarget(Double.NaN));
  }

  @Test
  void policy_inconsistentAttributes_areRejected() {
    assertThrows(
        InvalidValueException.class,
        () -> LightPolicy.bands(Double.POSITIVE_INFINITY, 1));
  }
}
