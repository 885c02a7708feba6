package se.qms.core.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class MeasureEngineTest {
  private static final Indicator SATISFIED =
      Indicator.of("nojd", "Andel nöjda", MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER);
  private static final Indicator DAYS =
      Indicator.of("vantetid", "Väntetid försörjningsstöd", MeasureUnit.DAYS, Direction.LOWER_IS_BETTER);
  private static final Indicator CASES =
      Indicator.of("antal", "Antal ärenden", MeasureUnit.COUNT, Direction.NEUTRAL);

  private final MeasureEngine engine =
      MeasureEngine.of(
          List.of(SATISFIED, DAYS, CASES),
          Map.of(
              "nojd", LightPolicy.target(Target.absolute(92), Tolerance.points(2)),
              "vantetid", LightPolicy.target(Target.comparisonGroup("Liknande kommuner IFO"), Tolerance.none())));

  @Test
  void evaluateAll_observations_keepsInputOrder_andResolvesTargets() {
    Period p = Period.year(2019);
    MeasureData data =
        MeasureData.of(
            List.of(),
            List.of(ReferenceValue.named("vantetid", p, ReferenceKind.COMPARISON_GROUP, "Liknande kommuner IFO", 11)));
    List<MeasureResult> results =
        engine.evaluateAll(
            List.of(
                Observation.of("vantetid", p, 4),
                Observation.of("nojd", p, 91),
                Observation.missing("nojd", p.previous(), "ingen mätning"),
                Observation.of("antal", p, 41)),
            data);
    assertEquals(
        List.of(TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.NO_DATA, TrafficLight.NO_TARGET),
        results.stream().map(MeasureResult::light).collect(Collectors.toList()));
    assertEquals(OptionalDouble.of(11), results.get(0).target());
    assertEquals("vantetid", results.get(0).indicatorId());
  }

  @Test
  void evaluateAll_arrays_inPlace() {
    int n = engine.indexOf("nojd");
    int d = engine.indexOf("vantetid");
    TrafficLight[] out = new TrafficLight[4];
    engine.evaluateAll(
        new int[] {n, n, d, d},
        new double[] {95, 80, 12, Double.NaN},
        new double[] {Double.NaN, Double.NaN, 11, 11},
        out);
    assertArrayEquals(
        new TrafficLight[] {TrafficLight.GREEN, TrafficLight.RED, TrafficLight.RED, TrafficLight.NO_DATA}, out);
  }

  @Test
  void unknownIndicator_isACodedError() {
    assertEquals(
        QmsErrorCode.DANGLING_REFERENCE,
        assertThrows(InvalidValueException.class, () -> engine.indexOf("okänd")).code());
    assertEquals(
        QmsErrorCode.DANGLING_REFERENCE,
        assertThrows(
                InvalidValueException.class,
                () -> MeasureEngine.of(List.of(SATISFIED), Map.of("x", LightPolicy.passFail())))
            .code());
  }

  @Test
  void policyThatDoesNotFitItsIndicator_isRejectedAtCompileTime() {
    assertEquals(
        QmsErrorCode.LIGHT_POLICY_INVALID,
        assertThrows(
                InvalidValueException.class,
                () -> MeasureEngine.of(List.of(CASES), Map.of("antal", LightPolicy.bands(1, 2))))
            .code());
  }

  @Test
  void arraysOfDifferentLength_areRejected() {
    assertThrows(
        InvalidValueException.class,
        () -> engine.evaluateAll(new int[1], new double[2], new double[2], new TrafficLight[2]));
  }
}
