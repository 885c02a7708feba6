package se.qms.core.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MeasureEngineProperties {
  private static final Gen<LightPolicy> POLICIES =
      integers().between(0, 4).zip(doubles().between(-100, 100), doubles().between(0, 20),
          (kind, x, w) -> {
            switch (kind) {
              case 0:
                return LightPolicy.target(Target.absolute(x), Tolerance.points(w));
              case 1:
                return LightPolicy.target(Target.absolute(x), Tolerance.percentOfTarget(w));
              case 2:
                return LightPolicy.target(Target.nationalAverage(), Tolerance.percentOfTarget(w));
              case 3:
                return LightPolicy.bands(x, x - w);
              default:
                return LightPolicy.passFail();
            }
          });

  @Test
  void arrayPath_givesTheLightOfTheCompiledPolicy_inInputOrder() {
    Gen<Double> values = Generate.oneOf(doubles().between(-150, 150), Generate.constant(Double.NaN));
    qt().forAll(POLICIES, values, values)
        .check(
            (policy, value, target) -> {
              Indicator indicator =
                  Indicator.of("x", "X", MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER);
              Indicator other =
                  Indicator.of("y", "Y", MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER);
              MeasureEngine engine = MeasureEngine.of(List.of(other, indicator), Map.of("x", policy));
              TrafficLight[] out = new TrafficLight[2];
              engine.evaluateAll(new int[] {1, 0}, new double[] {value, value}, new double[] {target, target}, out);
              TrafficLight expected =
                  LightEvaluator.compile(policy, Direction.HIGHER_IS_BETTER).evaluate(value, target);
              TrafficLight none = value.isNaN() ? TrafficLight.NO_DATA : TrafficLight.NO_TARGET;
              return out[0] == expected && out[1] == none;
            });
  }
}
