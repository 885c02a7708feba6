package se.qms.risk;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * The risk matrix (riskmatris): counts per cell — probability step × severity step — and per band,
 * with the band of every cell, as a model a report can draw in any medium.
 *
 * <p>Two sources: {@link #of(RiskEvaluator, Collection)} counts risks by their current assessment,
 * and {@link RiskScore#distribution()} counts the individual ratings of one assessment. A risk
 * rated by means (e.g. 1,5 × 1,4) is drawn in the cell of its means rounded half up ({@link
 * RiskScore#matrixProbability()}, here 2 × 1) but counted in the band of its exact value (2.1, Låg):
 * the band counts are the classification, the cells only the position. A never-assessed risk is
 * counted in {@link #unassessed()} and in no cell or band. Invariants: {@code sum of cells ==
 * sum of band counts == total()}. Immutable and thread-safe.
 */
public final class RiskMatrix {
  private final RiskEvaluator evaluator;
  private final int[] cells;
  private final int[] bandCounts;
  private final int unassessed;

  private RiskMatrix(RiskEvaluator evaluator, int[] cells, int[] bandCounts, int unassessed) {
    this.evaluator = evaluator;
    this.cells = cells;
    this.bandCounts = bandCounts;
    this.unassessed = unassessed;
  }

  /**
   * The matrix of risks, each placed by the score of its current assessment.
   *
   * @param evaluator not null
   * @param risks not null; every one is counted, open or closed
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} when a
   *     rating lies outside the evaluator's scales
   */
  public static RiskMatrix of(RiskEvaluator evaluator, Collection<Risk> risks) {
    Require.present(evaluator, "evaluator");
    Require.present(risks, "risks");
    int[] cells = new int[evaluator.maxProbability() * evaluator.maxSeverity()];
    int[] bandCounts = new int[evaluator.bands().size()];
    int unassessed = 0;
    for (Risk risk : risks) {
      Optional<RiskScore> score = evaluator.score(Require.present(risk, "risks[]"));
      if (score.isEmpty()) {
        unassessed++;
        continue;
      }
      RiskScore s = score.get();
      cells[(s.matrixProbability() - 1) * evaluator.maxSeverity() + s.matrixSeverity() - 1]++;
      bandCounts[s.bandIndex()]++;
    }
    return new RiskMatrix(evaluator, cells, bandCounts, unassessed);
  }

  /** The matrix of ratings whose cell counts are given; every rating lies in its cell's band. */
  static RiskMatrix ofCells(RiskEvaluator evaluator, int[] cells) {
    int[] bandCounts = new int[evaluator.bands().size()];
    int maxS = evaluator.maxSeverity();
    for (int i = 0; i < cells.length; i++) {
      int value = (i / maxS + 1) * (i % maxS + 1);
      bandCounts[evaluator.bandIndexOfValue(value)] += cells[i];
    }
    return new RiskMatrix(evaluator, cells.clone(), bandCounts, 0);
  }

  /** The scales: the rows (probability) and columns (severity) of the matrix. */
  public RiskScales scales() {
    return evaluator.scales();
  }

  /** The bands, lowest first. */
  public RiskBands bands() {
    return evaluator.bands();
  }

  /**
   * The count of one cell.
   *
   * @param probability a step of the probability scale
   * @param severity a step of the severity scale
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} otherwise
   */
  public int count(int probability, int severity) {
    evaluator.outcome(probability, severity);
    return cells[(probability - 1) * evaluator.maxSeverity() + severity - 1];
  }

  /** The band of a cell, by its value probability × severity; for colouring the cell. */
  public RiskBand band(int probability, int severity) {
    return evaluator.band(probability, severity);
  }

  /** Whether a rating in the cell is escalated; for marking the cell. */
  public boolean isEscalated(int probability, int severity) {
    return evaluator.isEscalated(probability, severity);
  }

  /** The count in each band, lowest band first, every band present (0 when empty). */
  public Map<RiskBand, Integer> bandCounts() {
    Map<RiskBand, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < bandCounts.length; i++) {
      counts.put(evaluator.bandAt(i), bandCounts[i]);
    }
    return java.util.Collections.unmodifiableMap(counts);
  }

  /**
   * The count in one band.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#DANGLING_REFERENCE} for a band not of
   *     these bands
   */
  public int count(RiskBand band) {
    int index = evaluator.bands().indexOf(Require.present(band, "band"));
    if (index < 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.DANGLING_REFERENCE, "band", band, "must be one of " + evaluator.bands());
    }
    return bandCounts[index];
  }

  /** The number of risks or ratings placed in the matrix. */
  public int total() {
    int total = 0;
    for (int c : bandCounts) {
      total += c;
    }
    return total;
  }

  /** The number of risks that were never assessed and so are in no cell. */
  public int unassessed() {
    return unassessed;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RiskMatrix)) {
      return false;
    }
    RiskMatrix o = (RiskMatrix) other;
    return evaluator.equals(o.evaluator)
        && java.util.Arrays.equals(cells, o.cells)
        && java.util.Arrays.equals(bandCounts, o.bandCounts)
        && unassessed == o.unassessed;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(cells) * 31 + unassessed;
  }

  @Override
  public String toString() {
    return "RiskMatrix{" + bandCounts() + ", unassessed=" + unassessed + "}";
  }
}
