package se.qms.risk;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The score of one assessment, as seeds 000 and 002 publish it: the mean rating per axis, the risk
 * value as the product of the means, its band and whether it is escalated; for individual ratings
 * also their number, the largest single value and their distribution.
 *
 * <p>For a single rating the means are its steps and the value is probability × severity. For a
 * {@link PublishedRating} the assessor count, the largest single value and the distribution are
 * unknown and therefore empty — never invented. Invariants: {@code 1 <= meanProbability <=
 * maxP}, likewise for severity, {@code value == meanProbability × meanSeverity} (to double
 * precision; band and escalation are decided exactly, see {@link RiskEvaluator}). The product of
 * the means may exceed the largest single value (ratings 1 × 4 and 4 × 1 give 2,5 × 2,5 = 6,25
 * against a largest single value of 4), which is why both are reported. Scores of the same ratings in any order are equal.
 * Immutable and thread-safe.
 */
public final class RiskScore {
  private final RiskEvaluator evaluator;
  private final int assessorCount;
  private final double meanProbability;
  private final double meanSeverity;
  private final double value;
  private final int bandIndex;
  private final boolean escalated;
  private final int maxSingleValue;
  private final int escalatedRatings;
  private final int matrixProbability;
  private final int matrixSeverity;
  private final int[] cells;

  RiskScore(
      RiskEvaluator evaluator,
      int assessorCount,
      double meanProbability,
      double meanSeverity,
      double value,
      int bandIndex,
      boolean escalated,
      int maxSingleValue,
      int escalatedRatings,
      int matrixProbability,
      int matrixSeverity,
      int[] cells) {
    this.evaluator = evaluator;
    this.assessorCount = assessorCount;
    this.meanProbability = meanProbability;
    this.meanSeverity = meanSeverity;
    this.value = value;
    this.bandIndex = bandIndex;
    this.escalated = escalated;
    this.maxSingleValue = maxSingleValue;
    this.escalatedRatings = escalatedRatings;
    this.matrixProbability = matrixProbability;
    this.matrixSeverity = matrixSeverity;
    this.cells = cells;
  }

  /** Whether the score comes from a {@link PublishedRating} with unknown assessors. */
  public boolean isPublished() {
    return cells == null;
  }

  /** The number of assessors; empty for a published rating. */
  public OptionalInt assessorCount() {
    return isPublished() ? OptionalInt.empty() : OptionalInt.of(assessorCount);
  }

  /** The mean probability (the step itself for one rating). */
  public double meanProbability() {
    return meanProbability;
  }

  /** The mean severity (the step itself for one rating). */
  public double meanSeverity() {
    return meanSeverity;
  }

  /** The risk value: the product of the means, e.g. 2.1 for 1,5 × 1,4; an integer for one rating. */
  public double value() {
    return value;
  }

  /** The band the value lies in. */
  public RiskBand band() {
    return evaluator.bandAt(bandIndex);
  }

  /** The band's position in {@link RiskBands#list()}, 0 for the lowest. */
  public int bandIndex() {
    return bandIndex;
  }

  /** Whether the band is the highest one, e.g. Kritisk. */
  public boolean isTopBand() {
    return bandIndex == evaluator.bands().size() - 1;
  }

  /** Whether the aggregate is escalated; see {@link EscalationPolicy} for how means are judged. */
  public boolean isEscalated() {
    return escalated;
  }

  /** The largest value of a single rating; empty for a published rating. */
  public OptionalInt maxSingleValue() {
    return isPublished() ? OptionalInt.empty() : OptionalInt.of(maxSingleValue);
  }

  /**
   * How many individual ratings would be escalated on their own; empty for a published rating. For
   * organisations that escalate when any assessor's rating does.
   */
  public OptionalInt escalatedRatings() {
    return isPublished() ? OptionalInt.empty() : OptionalInt.of(escalatedRatings);
  }

  /** The probability step of the matrix cell the score is drawn in: the mean rounded half up. */
  public int matrixProbability() {
    return matrixProbability;
  }

  /** The severity step of the matrix cell the score is drawn in: the mean rounded half up. */
  public int matrixSeverity() {
    return matrixSeverity;
  }

  /**
   * The distribution of the individual ratings: how many fell in each cell and in each band;
   * empty for a published rating.
   */
  public Optional<RiskMatrix> distribution() {
    return isPublished() ? Optional.empty() : Optional.of(RiskMatrix.ofCells(evaluator, cells));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RiskScore)) {
      return false;
    }
    RiskScore o = (RiskScore) other;
    return assessorCount == o.assessorCount
        && Double.compare(meanProbability, o.meanProbability) == 0
        && Double.compare(meanSeverity, o.meanSeverity) == 0
        && Double.compare(value, o.value) == 0
        && band().equals(o.band())
        && escalated == o.escalated
        && maxSingleValue == o.maxSingleValue
        && escalatedRatings == o.escalatedRatings
        && matrixProbability == o.matrixProbability
        && matrixSeverity == o.matrixSeverity
        && Arrays.equals(cells, o.cells);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assessorCount, meanProbability, meanSeverity, value, band(), escalated)
        * 31
        + Arrays.hashCode(cells);
  }

  /** E.g. {@code RiskScore{2.67 × 3.33 = 8.89, Kritisk, escalated, assessors=3}}. */
  @Override
  public String toString() {
    return "RiskScore{"
        + ReviewContext.valueEn(meanProbability)
        + " × "
        + ReviewContext.valueEn(meanSeverity)
        + " = "
        + ReviewContext.valueEn(value)
        + ", "
        + band().nameSv()
        + (escalated ? ", escalated" : "")
        + (isPublished() ? ", published" : ", assessors=" + assessorCount)
        + "}";
  }
}
