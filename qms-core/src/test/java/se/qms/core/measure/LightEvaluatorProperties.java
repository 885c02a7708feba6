package se.qms.core.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class LightEvaluatorProperties {
  private static final Gen<Double> VALUES = doubles().between(-1_000, 1_000);
  private static final Gen<Double> AMOUNTS = doubles().between(0, 50);
  private static final Gen<Direction> DIRECTIONS =
      Generate.pick(java.util.List.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER));

  /** A compiled policy together with the direction it was compiled for. */
  private static final class Case {
    final LightEvaluator evaluator;
    final Direction direction;

    Case(LightEvaluator evaluator, Direction direction) {
      this.evaluator = evaluator;
      this.direction = direction;
    }
  }

  private static Gen<Case> cases() {
    Gen<Case> targets =
        VALUES.zip(AMOUNTS, Generate.booleans(), DIRECTIONS,
            (target, tol, relative, dir) ->
                new Case(
                    LightEvaluator.compile(
                        LightPolicy.target(
                            Target.absolute(target),
                            relative ? Tolerance.percentOfTarget(tol) : Tolerance.points(tol)),
                        dir),
                    dir));
    Gen<Case> bands =
        VALUES.zip(AMOUNTS, DIRECTIONS,
            (green, width, dir) ->
                new Case(
                    LightEvaluator.compile(LightPolicy.bands(green, green - width * dir.sign()), dir),
                    dir));
    return Generate.oneOf(targets, bands);
  }

  @Test
  void aLight_neverImproves_whenTheValueWorsensInTheIndicatorsDirection() {
    qt().forAll(cases(), VALUES, AMOUNTS)
        .check(
            (c, value, step) -> {
              double worse = value - step * c.direction.sign();
              return c.evaluator.evaluate(worse).rank() <= c.evaluator.evaluate(value).rank();
            });
  }

  @Test
  void everyFiniteValue_getsExactlyOneColour_andNaNNone() {
    qt().forAll(cases(), VALUES)
        .check(
            (c, value) ->
                c.evaluator.evaluate(value).isColour()
                    && c.evaluator.evaluate(Double.NaN) == TrafficLight.NO_DATA);
  }

  @Test
  void higherIsBetter_monotonic_againstResolvedTargets() {
    qt().forAll(VALUES, VALUES, AMOUNTS, AMOUNTS)
        .check(
            (value, target, tol, rise) -> {
              LightEvaluator e =
                  LightEvaluator.compile(
                      LightPolicy.target(Target.nationalAverage(), Tolerance.points(tol)),
                      Direction.HIGHER_IS_BETTER);
              return e.evaluate(value + rise, target).rank() >= e.evaluate(value, target).rank();
            });
  }
}
