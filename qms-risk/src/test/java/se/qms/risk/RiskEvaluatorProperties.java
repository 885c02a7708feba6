package se.qms.risk;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class RiskEvaluatorProperties {
  @Test
  void value_isMonotonicInBothAxes_andSoIsTheBand() {
    qt().forAll(RiskGenerators.cases())
        .check(
            c -> {
              RiskEvaluator e = c.evaluator;
              int p = c.probability;
              int s = c.severity;
              int here = e.outcome(p, s);
              boolean up = p == c.maxP() || ordered(here, e.outcome(p + 1, s));
              boolean right = s == c.maxS() || ordered(here, e.outcome(p, s + 1));
              return up && right && RiskOutcome.value(here) == p * s;
            });
  }

  private static boolean ordered(int lower, int higher) {
    return RiskOutcome.value(lower) < RiskOutcome.value(higher)
        && RiskOutcome.bandIndex(lower) <= RiskOutcome.bandIndex(higher);
  }

  @Test
  void anEscalatedRating_staysEscalatedWhenEitherAxisRises() {
    qt().forAll(RiskGenerators.cases())
        .check(
            c ->
                !c.evaluator.isEscalated(c.probability, c.severity)
                    || (c.probability == c.maxP() || c.evaluator.isEscalated(c.probability + 1, c.severity))
                    && (c.severity == c.maxS()
                        || c.evaluator.isEscalated(c.probability, c.severity + 1)));
  }

  @Test
  void anEscalatedAggregate_staysEscalatedWhenOneRatingRises() {
    qt().forAll(RiskGenerators.ratings(), integers().between(0, 1_000))
        .check(
            (r, pick) -> {
              if (!r.evaluator.score(RiskAssessment.of(r.ratings)).isEscalated()) {
                return true;
              }
              int i = pick % r.ratings.size();
              Rating old = r.ratings.get(i);
              int maxP = r.evaluator.scales().probability().steps();
              int maxS = r.evaluator.scales().severity().steps();
              List<Rating> higherP = new ArrayList<>(r.ratings);
              higherP.set(i, Rating.of(old.assessor(), Math.min(maxP, old.probability() + 1), old.severity()));
              List<Rating> higherS = new ArrayList<>(r.ratings);
              higherS.set(i, Rating.of(old.assessor(), old.probability(), Math.min(maxS, old.severity() + 1)));
              return r.evaluator.score(RiskAssessment.of(higherP)).isEscalated()
                  && r.evaluator.score(RiskAssessment.of(higherS)).isEscalated();
            });
  }

  @Test
  void everyIntegerValue_liesInExactlyOneBand_theEvaluatorsBand() {
    qt().forAll(RiskGenerators.cases())
        .check(
            c -> {
              int value = c.probability * c.severity;
              List<RiskBand> holding = holding(c.evaluator.bands(), value);
              return holding.size() == 1
                  && holding.get(0).equals(c.evaluator.band(c.probability, c.severity))
                  && holding.get(0).equals(c.evaluator.bands().bandOf(value));
            });
  }

  @Test
  void everyRealValue_liesInExactlyOneBand() {
    qt().forAll(RiskGenerators.evaluators(), doubles().between(0.0, 1.0))
        .check(
            (e, fraction) -> {
              double value = 1 + fraction * (e.bands().maxValue() - 1);
              List<RiskBand> holding = holding(e.bands(), value);
              return holding.size() == 1 && holding.get(0).equals(e.bands().bandOf(value));
            });
  }

  /** The bands that hold {@code value} by their definition, independently of the lookup code. */
  private static List<RiskBand> holding(RiskBands bands, double value) {
    List<RiskBand> list = bands.list();
    return IntStream.range(0, list.size())
        .filter(
            i ->
                list.get(i).lower() <= value
                    && (value < list.get(i).upper()
                        || (i == list.size() - 1 && value == list.get(i).upper())))
        .mapToObj(list::get)
        .collect(Collectors.toList());
  }

  /** Random band lists are accepted exactly when they partition [1, last upper]. */
  @Test
  void bandsAreAccepted_exactlyWhenTheyPartitionTheRange() {
    qt().forAll(lists().of(integers().between(1, 20)).ofSizeBetween(2, 8))
        .check(
            bounds -> {
              List<RiskBand> bands = new ArrayList<>();
              for (int i = 0; i + 1 < bounds.size(); i += 2) {
                int lower = bounds.get(i);
                int upper = bounds.get(i + 1);
                if (lower >= upper) {
                  upper = lower + 1;
                }
                bands.add(RiskBand.of("B" + i, "B" + i, lower, upper));
              }
              if (bands.isEmpty()) {
                return true;
              }
              boolean partition = bands.get(0).lower() == 1;
              for (int i = 1; i < bands.size(); i++) {
                partition &= bands.get(i).lower() == bands.get(i - 1).upper();
              }
              try {
                RiskBands.of(bands);
                return partition;
              } catch (InvalidValueException e) {
                return !partition
                    && (e.code() == QmsErrorCode.RISK_BANDS_GAP
                        || e.code() == QmsErrorCode.RISK_BANDS_OVERLAP
                        || e.code() == QmsErrorCode.RISK_BANDS_RANGE);
              }
            });
  }

  @Test
  void aggregation_isIndependentOfTheAssessorsOrder() {
    qt().forAll(RiskGenerators.ratings(), integers().all())
        .check(
            (r, seed) -> {
              List<Rating> shuffled = new ArrayList<>(r.ratings);
              Collections.shuffle(shuffled, new Random(seed));
              return r.evaluator
                  .score(RiskAssessment.of(r.ratings))
                  .equals(r.evaluator.score(RiskAssessment.of(shuffled)));
            });
  }

  @Test
  void aggregateOfEqualRatings_scoresAsTheSingleRating() {
    qt().forAll(RiskGenerators.cases(), integers().between(1, 9))
        .check(
            (c, n) -> {
              List<Rating> same = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                same.add(
                    Rating.of(
                        se.qms.core.organisation.PersonRef.of("a-" + i, "A"), c.probability, c.severity));
              }
              RiskScore score = c.evaluator.score(RiskAssessment.of(same));
              return score.value() == c.probability * c.severity
                  && score.band().equals(c.evaluator.band(c.probability, c.severity))
                  && score.isEscalated() == c.evaluator.isEscalated(c.probability, c.severity);
            });
  }

  @Test
  void aggregateBand_isTheBandOfTheProductOfTheMeans() {
    qt().forAll(RiskGenerators.ratings())
        .check(
            r -> {
              long sumP = r.ratings.stream().mapToLong(Rating::probability).sum();
              long sumS = r.ratings.stream().mapToLong(Rating::severity).sum();
              long n = r.ratings.size();
              // exact: the band whose [lower, upper) holds sumP*sumS / n², decided in integers
              RiskBand expected = null;
              for (RiskBand b : r.evaluator.bands().list()) {
                if (b.lower() * n * n <= sumP * sumS) {
                  expected = b;
                }
              }
              return r.evaluator.score(RiskAssessment.of(r.ratings)).band().equals(expected);
            });
  }

  @Test
  void relabellingAScale_changesNoOutcome() {
    qt().forAll(RiskGenerators.evaluators())
        .check(
            e -> {
              RiskScale p = e.scales().probability();
              RiskScale s = e.scales().severity();
              RiskEvaluator relabelled =
                  RiskEvaluator.of(
                      RiskScales.of(
                          p.withLabels(labels("P", p.steps()), labels("p", p.steps())),
                          s.withLabels(labels("S", s.steps()), labels("s", s.steps()))),
                      e.bands(),
                      e.escalation());
              for (int i = 1; i <= p.steps(); i++) {
                for (int j = 1; j <= s.steps(); j++) {
                  if (relabelled.outcome(i, j) != e.outcome(i, j)) {
                    return false;
                  }
                }
              }
              return true;
            });
  }

  private static List<String> labels(String prefix, int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> prefix + " nivå " + i).collect(Collectors.toList());
  }

  @Test
  void bulkEvaluation_equalsOneByOne_inInputOrder() {
    qt().forAll(RiskGenerators.ratings())
        .check(
            r -> {
              int[] p = r.ratings.stream().mapToInt(Rating::probability).toArray();
              int[] s = r.ratings.stream().mapToInt(Rating::severity).toArray();
              int[] out = r.evaluator.evaluate(p, s);
              for (int i = 0; i < p.length; i++) {
                if (out[i] != r.evaluator.outcome(p[i], s[i])) {
                  return false;
                }
              }
              return true;
            });
  }
}
