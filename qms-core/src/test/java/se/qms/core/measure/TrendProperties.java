package se.qms.core.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TrendProperties {
  private static final Gen<Double> VALUES = doubles().between(-10_000, 10_000);
  private static final Gen<Double> TOLERANCES = doubles().between(0, 100);
  private static final Map<Trend, Trend> SWAPPED =
      Map.of(Trend.INCREASING, Trend.DECREASING, Trend.DECREASING, Trend.INCREASING, Trend.STABLE, Trend.STABLE);

  @Test
  void swappingTheValues_swapsIncreasingAndDecreasing() {
    qt().forAll(VALUES, VALUES, TOLERANCES)
        .check((a, b, tol) -> Trend.between(b, a, tol) == SWAPPED.get(Trend.between(a, b, tol)));
  }

  @Test
  void comparison_isAntisymmetric() {
    qt().forAll(VALUES, VALUES, TOLERANCES)
        .check(
            (a, b, tol) -> {
              Comparison.Outcome ab = Comparison.of(a, b, Direction.HIGHER_IS_BETTER, tol).outcome();
              Comparison.Outcome ba = Comparison.of(b, a, Direction.HIGHER_IS_BETTER, tol).outcome();
              return (ab == Comparison.Outcome.EQUAL) == (ba == Comparison.Outcome.EQUAL)
                  && (ab == Comparison.Outcome.BETTER) == (ba == Comparison.Outcome.WORSE);
            });
  }

  @Test
  void slopeOfALine_isItsStep() {
    qt().forAll(VALUES, doubles().between(-100, 100))
        .check(
            (start, step) -> {
              double[] line = {start, start + step, start + 2 * step, start + 3 * step};
              return Math.abs(Trend.slope(line).getAsDouble() - step) < 1e-6;
            });
  }
}
