package se.qms.risk;

import java.util.ArrayList;
import java.util.List;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * The steps on which one axis of a risk is rated: 1 to {@link #steps()}, each with a Swedish and an
 * English label.
 *
 * <p>The defaults are those of seed 000 §1.6.2: probability 1 Mycket liten, 2 Liten, 3 Stor, 4
 * Mycket stor; severity 1 Mindre, 2 Måttlig, 3 Betydande, 4 Hög. Invariants: {@value #MIN_STEPS}
 * to {@value #MAX_STEPS} steps ({@link QmsErrorCode#RISK_SCALE_SIZE}), one non-blank label per step
 * in each language (at most 100 characters), labels distinct within a language. Labels are
 * presentation only: two scales with the same axis and number of steps rate identically. Immutable
 * and thread-safe.
 */
public final class RiskScale {
  /** The fewest steps a scale may have. */
  public static final int MIN_STEPS = 2;
  /** The most steps a scale may have. */
  public static final int MAX_STEPS = 10;

  private static final RiskScale PROBABILITY =
      new RiskScale(
          RiskAxis.PROBABILITY,
          List.of("Mycket liten", "Liten", "Stor", "Mycket stor"),
          List.of("Very unlikely", "Unlikely", "Likely", "Very likely"));
  private static final RiskScale SEVERITY =
      new RiskScale(
          RiskAxis.SEVERITY,
          List.of("Mindre", "Måttlig", "Betydande", "Hög"),
          List.of("Minor", "Moderate", "Significant", "High"));

  private final RiskAxis axis;
  private final List<String> labelsSv;
  private final List<String> labelsEn;

  private RiskScale(RiskAxis axis, List<String> labelsSv, List<String> labelsEn) {
    this.axis = axis;
    this.labelsSv = labelsSv;
    this.labelsEn = labelsEn;
  }

  /** The default probability scale 1–4: Mycket liten, Liten, Stor, Mycket stor. */
  public static RiskScale defaultProbability() {
    return PROBABILITY;
  }

  /** The default severity scale 1–4: Mindre, Måttlig, Betydande, Hög. */
  public static RiskScale defaultSeverity() {
    return SEVERITY;
  }

  /**
   * A scale with the organisation's own labels; the number of labels is the number of steps.
   *
   * @param axis not null
   * @param labelsSv the Swedish labels of steps 1, 2, … in order; 2 to 10 distinct non-blank texts
   * @param labelsEn the English labels, as many as the Swedish ones
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_SCALE_SIZE} for fewer than 2 or
   *     more than 10 steps or label lists of different lengths
   */
  public static RiskScale of(RiskAxis axis, List<String> labelsSv, List<String> labelsEn) {
    Require.present(axis, "axis");
    Require.present(labelsSv, "labelsSv");
    Require.present(labelsEn, "labelsEn");
    Require.inRange(
        labelsSv.size(), MIN_STEPS, MAX_STEPS, axis.field() + ".steps", QmsErrorCode.RISK_SCALE_SIZE);
    if (labelsEn.size() != labelsSv.size()) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.RISK_SCALE_SIZE,
          axis.field() + ".labelsEn.size",
          labelsEn.size(),
          labelsSv.size(),
          labelsSv.size());
    }
    return new RiskScale(axis, labels(labelsSv, axis, "labelsSv"), labels(labelsEn, axis, "labelsEn"));
  }

  /**
   * A scale of {@code steps} steps labelled "1", "2", … in both languages.
   *
   * @param steps 2–10
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_SCALE_SIZE} otherwise
   */
  public static RiskScale numbered(RiskAxis axis, int steps) {
    Require.present(axis, "axis");
    Require.inRange(steps, MIN_STEPS, MAX_STEPS, axis.field() + ".steps", QmsErrorCode.RISK_SCALE_SIZE);
    List<String> labels = new ArrayList<>(steps);
    for (int i = 1; i <= steps; i++) {
      labels.add(Integer.toString(i));
    }
    return new RiskScale(axis, List.copyOf(labels), List.copyOf(labels));
  }

  private static List<String> labels(List<String> labels, RiskAxis axis, String name) {
    for (int i = 0; i < labels.size(); i++) {
      Require.text(labels.get(i), 100, axis.field() + "." + name + "[" + i + "]");
    }
    Require.unique(labels, l -> l, axis.field() + "." + name);
    return List.copyOf(labels);
  }

  /** The same steps with other labels; {@code labelsSv} and {@code labelsEn} as for {@link #of}. */
  public RiskScale withLabels(List<String> labelsSv, List<String> labelsEn) {
    RiskScale relabelled = of(axis, labelsSv, labelsEn);
    if (relabelled.steps() != steps()) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.RISK_SCALE_SIZE, axis.field() + ".labelsSv.size", labelsSv.size(), steps(), steps());
    }
    return relabelled;
  }

  /** Which axis the scale rates. */
  public RiskAxis axis() {
    return axis;
  }

  /** The number of steps, 2–10; the highest step. */
  public int steps() {
    return labelsSv.size();
  }

  /** Whether {@code rating} is a step of this scale. */
  public boolean contains(int rating) {
    return rating >= 1 && rating <= steps();
  }

  /**
   * The Swedish label of a step, e.g. "Betydande".
   *
   * @param step 1 to {@link #steps()}
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} otherwise
   */
  public String labelSv(int step) {
    return labelsSv.get(checkStep(step) - 1);
  }

  /** The English label of a step; {@code step} as for {@link #labelSv(int)}. */
  public String labelEn(int step) {
    return labelsEn.get(checkStep(step) - 1);
  }

  /** The Swedish labels of steps 1, 2, … in order. */
  public List<String> labelsSv() {
    return labelsSv;
  }

  /** The English labels of steps 1, 2, … in order. */
  public List<String> labelsEn() {
    return labelsEn;
  }

  /**
   * Returns {@code rating} if it is a step of this scale.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} otherwise
   */
  int checkStep(int rating) {
    return Require.inRange(rating, 1, steps(), axis.field(), QmsErrorCode.RISK_RATING_OUT_OF_SCALE);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RiskScale)) {
      return false;
    }
    RiskScale o = (RiskScale) other;
    return axis == o.axis && labelsSv.equals(o.labelsSv) && labelsEn.equals(o.labelsEn);
  }

  @Override
  public int hashCode() {
    return (axis.hashCode() * 31 + labelsSv.hashCode()) * 31 + labelsEn.hashCode();
  }

  @Override
  public String toString() {
    return axis.swedish() + " 1–" + steps() + " " + labelsSv;
  }
}
