package se.qms.risk;

/**
 * Reads the packed outcomes of {@link RiskEvaluator#outcome(int, int)} and {@link
 * RiskEvaluator#evaluate(int[], int[], int[])}: one {@code int} per rating, so that millions of
 * ratings are scored without allocating an object each.
 *
 * <p>Layout (stable): bits 0–7 the value probability × severity (1–100), bits 8–15 the index of
 * the band in {@link RiskBands#list()} (0 for the lowest), bit 16 set when the rating is
 * escalated. A valid outcome is never negative. Stateless and thread-safe.
 */
public final class RiskOutcome {
  static final int BAND_SHIFT = 8;
  static final int ESCALATED = 1 << 16;

  private RiskOutcome() {}

  /** The value, probability × severity. */
  public static int value(int outcome) {
    return outcome & 0xFF;
  }

  /** The index of the band in {@link RiskBands#list()}, 0 for the lowest. */
  public static int bandIndex(int outcome) {
    return (outcome >>> BAND_SHIFT) & 0xFF;
  }

  /** Whether the rating is escalated under the evaluator's {@link EscalationPolicy}. */
  public static boolean isEscalated(int outcome) {
    return (outcome & ESCALATED) != 0;
  }

  static int pack(int value, int bandIndex, boolean escalated) {
    return value | (bandIndex << BAND_SHIFT) | (escalated ? ESCALATED : 0);
  }
}
