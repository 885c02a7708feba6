package se.qms.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;

class TrendTest {
  @ParameterizedTest
  @CsvSource({
    "93, 100, 0, INCREASING",
    "100, 97, 0, DECREASING",
    "100, 100, 0, STABLE",
    "80, 81, 1, STABLE",
    "80, 81.01, 1, INCREASING"
  })
  void between_withTolerance(double previous, double current, double tol, Trend expected) {
    assertEquals(expected, Trend.between(previous, current, tol));
  }

  @Test
  void development_dependsOnDirection() {
    assertEquals(Development.IMPROVING, Development.of(Trend.INCREASING, Direction.HIGHER_IS_BETTER));
    assertEquals(Development.WORSENING, Development.of(Trend.INCREASING, Direction.LOWER_IS_BETTER));
    assertEquals(Development.IMPROVING, Development.of(Trend.DECREASING, Direction.LOWER_IS_BETTER));
    assertEquals(Development.UNCHANGED, Development.of(Trend.STABLE, Direction.LOWER_IS_BETTER));
    assertEquals(Development.NOT_APPLICABLE, Development.of(Trend.DECREASING, Direction.NEUTRAL));
  }

  @Test
  void series_leastSquaresSlope_skipsGaps() {
    // seed 004 §8.2, brukarbedömning förbättrad situation 2016–2019: 67, 82, 78, 64
    assertEquals(-1.3, Trend.slope(new double[] {67, 82, 78, 64}).getAsDouble(), 1e-9);
    assertEquals(Optional.of(Trend.DECREASING), Trend.ofSeries(new double[] {67, 82, 78, 64}, 0));
    assertEquals(2.0, Trend.slope(new double[] {1, Double.NaN, 5}).getAsDouble(), 1e-9);
    assertTrue(Trend.ofSeries(new double[] {Double.NaN, 4}, 0).isEmpty());
  }

  @Test
  void parseSwedish_readsTheWords() {
    assertEquals(Trend.STABLE, Trend.parseSwedish("Bestående"));
    assertEquals(Trend.INCREASING, Trend.parseSwedish("ökande"));
    assertThrows(InvalidValueException.class, () -> Trend.parseSwedish("Besående"));
  }

  @Test
  void comparison_betterWorseEqual() {
    assertEquals(Comparison.Outcome.BETTER, Comparison.of(82, 81, Direction.HIGHER_IS_BETTER, 0).outcome());
    assertEquals(Comparison.Outcome.BETTER, Comparison.of(41, 59, Direction.LOWER_IS_BETTER, 0).outcome());
    assertEquals(Comparison.Outcome.WORSE, Comparison.of(69, 83, Direction.HIGHER_IS_BETTER, 0).outcome());
    assertEquals(Comparison.Outcome.EQUAL, Comparison.of(78, 78, Direction.HIGHER_IS_BETTER, 0).outcome());
    assertEquals(Comparison.Outcome.NOT_COMPARABLE, Comparison.of(5, 4, Direction.NEUTRAL, 0).outcome());
    assertEquals(-14, Comparison.of(69, 83, Direction.HIGHER_IS_BETTER, 0).gap());
  }

  @Test
  void genderGap_comparesWomenWithMen() {
    Observation o =
        Observation.builder().indicatorId("x").period(Period.year(2019)).total(10).women(12).men(8).build();
    Comparison c = Comparison.genderGap(o, Direction.LOWER_IS_BETTER, 0).orElseThrow();
    assertEquals(4, c.gap());
    assertEquals(Comparison.Outcome.WORSE, c.outcome());
    assertTrue(Comparison.genderGap(Observation.of("x", Period.year(2019), 1), Direction.LOWER_IS_BETTER, 0).isEmpty());
  }
}
