package se.qms.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * Scales, bands and an escalation policy compiled once into lookup tables: scores single ratings,
 * arrays of ratings and whole assessments.
 *
 * <p>A rating {@code (p, s)} is scored by one array read: its value {@code p × s}, its band and
 * whether it is escalated are precomputed for every pair, so {@link #outcome(int, int)} neither
 * allocates nor looks anything up by name. An aggregate of several ratings, or a {@link
 * PublishedRating} of means, is scored exactly: its value is the product of the means, and since
 * band bounds and the threshold are integers the band and the escalation follow from the integer
 * part of that product, computed without rounding ({@code sumP × sumS / n²} in integers, or in
 * decimals for published figures). See {@link EscalationPolicy} for how escalation applies to
 * means.
 *
 * <p>Invariants, checked by {@link #of}: the bands cover exactly {@code [1, scales.maxValue()]}
 * ({@link QmsErrorCode#RISK_BANDS_RANGE}) and the escalation threshold is at most {@code
 * scales.maxValue()} ({@link QmsErrorCode#RISK_ESCALATION_THRESHOLD}). Immutable and thread-safe.
 */
public final class RiskEvaluator {
  private static final int INVALID = -1;
  private static final RiskEvaluator DEFAULTS =
      of(RiskScales.defaults(), RiskBands.defaults(), EscalationPolicy.defaults());

  private final RiskScales scales;
  private final RiskBands bands;
  private final EscalationPolicy escalation;
  private final int maxProbability;
  private final int maxSeverity;
  private final RiskBand[] bandArray;
  /** Outcome of (p, s) at index {@code p << 4 | s}; {@link #INVALID} outside the scales. */
  private final int[] outcomes;
  /** Band index of every integer value 0..maxValue (0 unused). */
  private final int[] bandOfValue;

  private RiskEvaluator(RiskScales scales, RiskBands bands, EscalationPolicy escalation) {
    this.scales = scales;
    this.bands = bands;
    this.escalation = escalation;
    this.maxProbability = scales.probability().steps();
    this.maxSeverity = scales.severity().steps();
    this.bandArray = bands.list().toArray(new RiskBand[0]);
    this.bandOfValue = new int[scales.maxValue() + 1];
    int band = 0;
    for (int v = 1; v <= scales.maxValue(); v++) {
      while (band < bandArray.length - 1 && v >= bandArray[band].upper()) {
        band++;
      }
      bandOfValue[v] = band;
    }
    this.outcomes = new int[16 * 16];
    java.util.Arrays.fill(outcomes, INVALID);
    for (int p = 1; p <= maxProbability; p++) {
      for (int s = 1; s <= maxSeverity; s++) {
        int value = p * s;
        outcomes[p << 4 | s] =
            RiskOutcome.pack(value, bandOfValue[value], escalates(value, s == maxSeverity));
      }
    }
  }

  /** The default scales (4 × 4), bands (Låg, Medium, Kritisk) and policy (value ≥ 8 or Hög). */
  public static RiskEvaluator defaults() {
    return DEFAULTS;
  }

  /**
   * Compiles an evaluator.
   *
   * @param scales not null
   * @param bands not null; covering exactly the values {@code [1, scales.maxValue()]}
   * @param escalation not null; threshold at most {@code scales.maxValue()}
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_BANDS_RANGE} or {@link
   *     QmsErrorCode#RISK_ESCALATION_THRESHOLD} when the parts do not fit together
   */
  public static RiskEvaluator of(RiskScales scales, RiskBands bands, EscalationPolicy escalation) {
    Require.present(scales, "scales");
    Require.present(bands, "bands");
    Require.present(escalation, "escalation");
    if (bands.maxValue() != scales.maxValue()) {
      throw InvalidValueException.violates(
          QmsErrorCode.RISK_BANDS_RANGE,
          "bands.top.upper",
          bands.maxValue(),
          "must equal the scales' largest value " + scales.maxValue());
    }
    Require.inRange(
        escalation.threshold(),
        1,
        scales.maxValue(),
        "escalation.threshold",
        QmsErrorCode.RISK_ESCALATION_THRESHOLD);
    return new RiskEvaluator(scales, bands, escalation);
  }

  private boolean escalates(int floorValue, boolean topSeverity) {
    return floorValue >= escalation.threshold() || (topSeverity && escalation.topSeverityEscalates());
  }

  /** The scales. */
  public RiskScales scales() {
    return scales;
  }

  /** The bands. */
  public RiskBands bands() {
    return bands;
  }

  /** The escalation policy. */
  public EscalationPolicy escalation() {
    return escalation;
  }

  /**
   * The packed outcome of one rating, read with {@link RiskOutcome}; never allocates.
   *
   * @param probability a step of the probability scale
   * @param severity a step of the severity scale
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} when a step
   *     lies outside its scale
   */
  public int outcome(int probability, int severity) {
    int outcome = ((probability | severity) & ~0xF) == 0 ? outcomes[probability << 4 | severity] : INVALID;
    if (outcome < 0) {
      throw outOfScale("probability", "severity", probability, severity);
    }
    return outcome;
  }

  /** The value probability × severity; arguments as for {@link #outcome(int, int)}. */
  public int value(int probability, int severity) {
    return RiskOutcome.value(outcome(probability, severity));
  }

  /** The band of a rating; arguments as for {@link #outcome(int, int)}. */
  public RiskBand band(int probability, int severity) {
    return bandArray[RiskOutcome.bandIndex(outcome(probability, severity))];
  }

  /** Whether a rating is escalated; arguments as for {@link #outcome(int, int)}. */
  public boolean isEscalated(int probability, int severity) {
    return RiskOutcome.isEscalated(outcome(probability, severity));
  }

  /**
   * Scores many ratings: {@code outcomes[i] = outcome(probabilities[i], severities[i])}, in input
   * order, without allocating.
   *
   * @param probabilities not null
   * @param severities not null, as long as {@code probabilities}
   * @param outcomes not null, at least as long as {@code probabilities}; written from index 0
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} naming the
   *     first index out of scale (the outcomes before it are written), or {@link
   *     QmsErrorCode#INCONSISTENT_VALUE} when the lengths do not fit
   */
  public void evaluate(int[] probabilities, int[] severities, int[] outcomes) {
    Require.present(probabilities, "probabilities");
    Require.present(severities, "severities");
    Require.present(outcomes, "outcomes");
    int n = probabilities.length;
    if (severities.length != n || outcomes.length < n) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "severities.length",
          severities.length + "/" + outcomes.length,
          "must equal, and outcomes.length must reach, probabilities.length " + n);
    }
    int[] table = this.outcomes;
    for (int i = 0; i < n; i++) {
      int p = probabilities[i];
      int s = severities[i];
      int outcome = ((p | s) & ~0xF) == 0 ? table[p << 4 | s] : INVALID;
      if (outcome < 0) {
        throw outOfScale("probabilities[" + i + "]", "severities[" + i + "]", p, s);
      }
      outcomes[i] = outcome;
    }
  }

  /** As {@link #evaluate(int[], int[], int[])}, into a new array. */
  public int[] evaluate(int[] probabilities, int[] severities) {
    int[] result = new int[Require.present(probabilities, "probabilities").length];
    evaluate(probabilities, severities, result);
    return result;
  }

  /** Scores one rating as an assessment of one assessor. */
  public RiskScore score(Rating rating) {
    return score(RiskAssessment.of(List.of(Require.present(rating, "rating"))));
  }

  /** Scores a risk's current assessment; empty when it was never assessed. */
  public Optional<RiskScore> score(Risk risk) {
    return Require.present(risk, "risk").currentAssessment().map(this::score);
  }

  /**
   * Scores an assessment: means per axis, the product of the means, its band and escalation; for
   * individual ratings also the largest single value and the distribution of the ratings.
   *
   * @param assessment not null
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} when a rating
   *     lies outside the scales
   */
  public RiskScore score(RiskAssessment assessment) {
    Require.present(assessment, "assessment");
    if (assessment.isPublished()) {
      return score(assessment.published().orElseThrow());
    }
    List<Rating> ratings = assessment.ratings();
    int n = ratings.size();
    long sumP = 0;
    long sumS = 0;
    int maxSingle = 0;
    int escalatedRatings = 0;
    int[] cells = new int[maxProbability * maxSeverity];
    for (int i = 0; i < n; i++) {
      Rating r = ratings.get(i);
      int p = r.probability();
      int s = r.severity();
      int outcome = p <= maxProbability && s <= maxSeverity ? outcomes[p << 4 | s] : INVALID;
      if (outcome < 0) {
        throw outOfScale(
            "ratings[" + i + "].probability", "ratings[" + i + "].severity", p, s);
      }
      sumP += p;
      sumS += s;
      maxSingle = Math.max(maxSingle, RiskOutcome.value(outcome));
      escalatedRatings += RiskOutcome.isEscalated(outcome) ? 1 : 0;
      cells[(p - 1) * maxSeverity + (s - 1)]++;
    }
    long n2 = (long) n * n;
    int floorValue = (int) (sumP * sumS / n2);
    boolean escalated = escalates(floorValue, sumS == (long) n * maxSeverity);
    return new RiskScore(
        this,
        n,
        (double) sumP / n,
        (double) sumS / n,
        (double) (sumP * sumS) / n2,
        bandOfValue[floorValue],
        escalated,
        maxSingle,
        escalatedRatings,
        (int) ((2 * sumP + n) / (2L * n)),
        (int) ((2 * sumS + n) / (2L * n)),
        cells);
  }

  private RiskScore score(PublishedRating rating) {
    BigDecimal p = rating.probability();
    BigDecimal s = rating.severity();
    if (p.compareTo(BigDecimal.valueOf(maxProbability)) > 0) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.RISK_RATING_OUT_OF_SCALE, "published.probability", p.doubleValue(), 1, maxProbability);
    }
    if (s.compareTo(BigDecimal.valueOf(maxSeverity)) > 0) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.RISK_RATING_OUT_OF_SCALE, "published.severity", s.doubleValue(), 1, maxSeverity);
    }
    BigDecimal value = rating.value();
    int floorValue = value.setScale(0, RoundingMode.FLOOR).intValueExact();
    boolean escalated = escalates(floorValue, s.compareTo(BigDecimal.valueOf(maxSeverity)) == 0);
    return new RiskScore(
        this,
        0,
        p.doubleValue(),
        s.doubleValue(),
        value.doubleValue(),
        bandOfValue[floorValue],
        escalated,
        0,
        0,
        p.setScale(0, RoundingMode.HALF_UP).intValueExact(),
        s.setScale(0, RoundingMode.HALF_UP).intValueExact(),
        null);
  }

  /** The risk matrix of risks' current assessments; see {@link RiskMatrix#of}. */
  public RiskMatrix matrix(Collection<Risk> risks) {
    return RiskMatrix.of(this, risks);
  }

  RiskBand bandAt(int index) {
    return bandArray[index];
  }

  int bandIndexOfValue(int value) {
    return bandOfValue[value];
  }

  int maxProbability() {
    return maxProbability;
  }

  int maxSeverity() {
    return maxSeverity;
  }

  private InvalidValueException outOfScale(
      String probabilityField, String severityField, int probability, int severity) {
    return probability < 1 || probability > maxProbability
        ? InvalidValueException.outOfRange(
            QmsErrorCode.RISK_RATING_OUT_OF_SCALE, probabilityField, probability, 1, maxProbability)
        : InvalidValueException.outOfRange(
            QmsErrorCode.RISK_RATING_OUT_OF_SCALE, severityField, severity, 1, maxSeverity);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RiskEvaluator)) {
      return false;
    }
    RiskEvaluator o = (RiskEvaluator) other;
    return scales.equals(o.scales) && bands.equals(o.bands) && escalation.equals(o.escalation);
  }

  @Override
  public int hashCode() {
    return (scales.hashCode() * 31 + bands.hashCode()) * 31 + escalation.hashCode();
  }

  @Override
  public String toString() {
    return "RiskEvaluator{" + scales + ", " + bands + ", " + escalation + "}";
  }
}
