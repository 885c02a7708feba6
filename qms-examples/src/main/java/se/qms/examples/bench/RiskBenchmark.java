package se.qms.examples.bench;

import java.util.ArrayList;
import java.util.List;
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
import se.qms.core.organisation.PersonRef;
import se.qms.risk.Rating;
import se.qms.risk.RiskAssessment;
import se.qms.risk.RiskEvaluator;
import se.qms.risk.RiskOutcome;
import se.qms.risk.RiskScore;

/**
 * Risk scoring throughput on one thread.
 *
 * <ul>
 *   <li>{@code scoreOneByOne}, {@code scoreBulk}: score and band ten million random ratings on the
 *       default 4 × 4 scales; the figure is per rating (goal: at most 5 ns, no allocation).
 *   <li>{@code aggregate}: score 100 000 risk assessments of ten assessors each — one million
 *       ratings — into means, product, band, escalation and distribution; the figure is per batch
 *       (goal: at most 50 ms).
 * </ul>
 *
 * <p>Run: {@code java -cp qms-examples/target/qms.jar org.openjdk.jmh.Main RiskBenchmark -f 1 -wi
 * 3 -i 5 -prof gc}.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class RiskBenchmark {
  static final int RATINGS = 10_000_000;
  static final int RISKS = 100_000;
  static final int ASSESSORS = 10;

  /** Ten million random (probability, severity) pairs and the default evaluator. */
  @State(Scope.Benchmark)
  public static class Ratings {
    final RiskEvaluator evaluator = RiskEvaluator.defaults();
    int[] probabilities;
    int[] severities;
    int[] outcomes;

    /** Draws the pairs with a fixed seed. */
    @Setup
    public void setUp() {
      SplittableRandom random = new SplittableRandom(20_161_231L);
      probabilities = new int[RATINGS];
      severities = new int[RATINGS];
      outcomes = new int[RATINGS];
      for (int i = 0; i < RATINGS; i++) {
        probabilities[i] = 1 + random.nextInt(4);
        severities[i] = 1 + random.nextInt(4);
      }
    }
  }

  /** 100 000 assessments of ten assessors each, drawn with a fixed seed. */
  @State(Scope.Benchmark)
  public static class Assessments {
    final RiskEvaluator evaluator = RiskEvaluator.defaults();
    List<RiskAssessment> assessments;

    /** Builds the assessments. */
    @Setup
    public void setUp() {
      SplittableRandom random = new SplittableRandom(20_200_430L);
      List<PersonRef> assessors = new ArrayList<>();
      for (int a = 0; a < ASSESSORS; a++) {
        assessors.add(PersonRef.of("ec-" + a, "Enhetschef " + a));
      }
      assessments = new ArrayList<>(RISKS);
      for (int r = 0; r < RISKS; r++) {
        List<Rating> ratings = new ArrayList<>(ASSESSORS);
        for (PersonRef assessor : assessors) {
          ratings.add(Rating.of(assessor, 1 + random.nextInt(4), 1 + random.nextInt(4)));
        }
        assessments.add(RiskAssessment.of(ratings));
      }
    }
  }

  /** One rating at a time through {@link RiskEvaluator#outcome(int, int)}; per rating. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(RATINGS)
  public int scoreOneByOne(Ratings state) {
    RiskEvaluator evaluator = state.evaluator;
    int[] p = state.probabilities;
    int[] s = state.severities;
    int accumulated = 0;
    for (int i = 0; i < RATINGS; i++) {
      int outcome = evaluator.outcome(p[i], s[i]);
      accumulated += RiskOutcome.bandIndex(outcome) + (RiskOutcome.isEscalated(outcome) ? 1 : 0);
    }
    return accumulated;
  }

  /** All ratings at once through {@link RiskEvaluator#evaluate(int[], int[], int[])}; per rating. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  @OperationsPerInvocation(RATINGS)
  public int scoreBulk(Ratings state) {
    state.evaluator.evaluate(state.probabilities, state.severities, state.outcomes);
    return state.outcomes[RATINGS - 1];
  }

  /** One million ratings aggregated into 100 000 risk scores; per batch. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int aggregate(Assessments state) {
    RiskEvaluator evaluator = state.evaluator;
    int accumulated = 0;
    for (RiskAssessment assessment : state.assessments) {
      RiskScore score = evaluator.score(assessment);
      accumulated += score.bandIndex() + (score.isEscalated() ? 1 : 0);
    }
    return accumulated;
  }
}
