package se.qms.risk;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.qms.core.organisation.PersonRef;

/**
 * Generators of risk values for property tests. They live beside the tests rather than in {@code
 * se.qms.testing}: on the module path that package belongs to qms-core's test jar, and a second
 * copy inside module {@code se.qms.risk} would hide it.
 */
final class RiskGenerators {
  private RiskGenerators() {}

  /** An evaluator and a rating on its scales. */
  static final class Case {
    final RiskEvaluator evaluator;
    final int probability;
    final int severity;

    Case(RiskEvaluator evaluator, int probability, int severity) {
      this.evaluator = evaluator;
      this.probability = probability;
      this.severity = severity;
    }

    int maxP() {
      return evaluator.scales().probability().steps();
    }

    int maxS() {
      return evaluator.scales().severity().steps();
    }

    @Override
    public String toString() {
      return evaluator + " at " + probability + " × " + severity;
    }
  }

  /** An evaluator and ratings of distinct assessors on its scales. */
  static final class Ratings {
    final RiskEvaluator evaluator;
    final List<Rating> ratings;

    Ratings(RiskEvaluator evaluator, List<Rating> ratings) {
      this.evaluator = evaluator;
      this.ratings = ratings;
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder(evaluator.toString()).append(" ratings");
      ratings.forEach(r -> out.append(' ').append(r.probability()).append('×').append(r.severity()));
      return out.toString();
    }
  }

  /** Pairs of scales of 2–10 steps each, labelled by number. */
  static Gen<RiskScales> scales() {
    return integers()
        .between(RiskScale.MIN_STEPS, RiskScale.MAX_STEPS)
        .zip(
            integers().between(RiskScale.MIN_STEPS, RiskScale.MAX_STEPS),
            (p, s) ->
                RiskScales.of(
                    RiskScale.numbered(RiskAxis.PROBABILITY, p), RiskScale.numbered(RiskAxis.SEVERITY, s)));
  }

  /** Valid bands over {@code [1, maxValue]}: 1 to 6 bands cut at random values. */
  static Gen<RiskBands> bands(int maxValue) {
    return lists()
        .of(integers().between(2, maxValue - 1))
        .ofSizeBetween(0, 5)
        .map(cuts -> bandsCutAt(new TreeSet<>(cuts), maxValue));
  }

  private static RiskBands bandsCutAt(TreeSet<Integer> cuts, int maxValue) {
    List<RiskBand> bands = new ArrayList<>();
    int lower = 1;
    for (int cut : cuts) {
      bands.add(RiskBand.of("B" + bands.size(), "B" + bands.size(), lower, cut));
      lower = cut;
    }
    bands.add(RiskBand.of("B" + bands.size(), "B" + bands.size(), lower, maxValue));
    return RiskBands.of(bands);
  }

  /** Valid evaluators: the default one and random scales, bands and policies. */
  static Gen<RiskEvaluator> evaluators() {
    Gen<RiskEvaluator> random =
        scales()
            .flatMap(
                sc ->
                    bands(sc.maxValue())
                        .zip(
                            integers().between(1, sc.maxValue()),
                            Generate.booleans(),
                            (b, threshold, top) ->
                                RiskEvaluator.of(sc, b, EscalationPolicy.of(threshold, top))));
    return Generate.constant(RiskEvaluator.defaults()).mix(random, 75);
  }

  /** An evaluator and one rating on its scales. */
  static Gen<Case> cases() {
    return evaluators()
        .flatMap(
            e ->
                integers()
                    .between(1, e.scales().probability().steps())
                    .zip(
                        integers().between(1, e.scales().severity().steps()),
                        (p, s) -> new Case(e, p, s)));
  }

  /** An evaluator and 1–12 ratings of distinct assessors on its scales. */
  static Gen<Ratings> ratings() {
    return evaluators()
        .flatMap(
            e ->
                lists()
                    .of(
                        integers()
                            .between(1, e.scales().probability().steps())
                            .zip(
                                integers().between(1, e.scales().severity().steps()),
                                (p, s) -> new int[] {p, s}))
                    .ofSizeBetween(1, 12)
                    .map(
                        pairs -> {
                          List<Rating> ratings = new ArrayList<>();
                          for (int i = 0; i < pairs.size(); i++) {
                            ratings.add(
                                Rating.of(
                                    PersonRef.of("a-" + i, "Bedömare " + i),
                                    pairs.get(i)[0],
                                    pairs.get(i)[1]));
                          }
                          return new Ratings(e, List.copyOf(ratings));
                        }));
  }
}
