package se.qms.examples.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.core.measure.TrafficLight;

/**
 * Traffic-light evaluation of one million observations against compiled policies: 60 indicators
 * with fixed targets (absolute and relative tolerance), resolved targets (comparison group), fixed
 * bands and pass/fail, in both directions; values drawn around the targets so every light occurs;
 * 2 % of values missing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MeasureBenchmark {
  static final int OBSERVATIONS = 1_000_000;
  private static final int INDICATORS = 60;

  private MeasureEngine engine;
  private int[] indicator;
  private double[] value;
  private double[] target;
  private TrafficLight[] out;

  /** Builds the engine and the observation arrays, seeded. */
  @Setup
  public void setUp() {
    List<Indicator> indicators = new ArrayList<>();
    Map<String, LightPolicy> policies = new HashMap<>();
    for (int i = 0; i < INDICATORS; i++) {
      Direction direction = i % 2 == 0 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
      String id = "m" + i;
      indicators.add(Indicator.of(id, "Mått " + i, MeasureUnit.PERCENT, direction));
      switch (i % 5) {
        case 0:
          policies.put(id, LightPolicy.target(Target.absolute(80), Tolerance.points(5)));
          break;
        case 1:
          policies.put(id, LightPolicy.target(Target.absolute(80), Tolerance.percentOfTarget(5)));
          break;
        case 2:
          policies.put(id, LightPolicy.target(Target.comparisonGroup("Liknande kommuner"), Tolerance.points(3)));
          break;
        case 3:
          policies.put(id, direction == Direction.HIGHER_IS_BETTER ? LightPolicy.bands(85, 70) : LightPolicy.bands(70, 85));
          break;
        default:
          policies.put(id, LightPolicy.passFail());
      }
    }
    engine = MeasureEngine.of(indicators, policies);
    SplittableRandom random = new SplittableRandom(20161231L);
    indicator = new int[OBSERVATIONS];
    value = new double[OBSERVATIONS];
    target = new double[OBSERVATIONS];
    out = new TrafficLight[OBSERVATIONS];
    for (int i = 0; i < OBSERVATIONS; i++) {
      indicator[i] = random.nextInt(INDICATORS);
      boolean passFail = indicator[i] % 5 == 4;
      value[i] =
          random.nextInt(50) == 0
              ? Double.NaN
              : passFail ? random.nextInt(2) : 60 + random.nextDouble() * 40;
      target[i] = indicator[i] % 5 == 2 ? 75 + random.nextDouble() * 10 : Double.NaN;
    }
  }

  /** Judges one million values; the score is per value. */
  @Benchmark
  @OperationsPerInvocation(OBSERVATIONS)
  public TrafficLight[] evaluateOneMillion() {
    engine.evaluateAll(indicator, value, target, out);
    return out;
  }
}
