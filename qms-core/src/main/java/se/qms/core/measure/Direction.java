package se.qms.core.measure;

/**
 * Which way an indicator's values are better: "andel nöjda" is higher-better, "utredningstid" is
 * lower-better, a plain count of cases is neutral.
 */
public enum Direction {
  /** Larger values are better. */
  HIGHER_IS_BETTER(1),
  /** Smaller values are better. */
  LOWER_IS_BETTER(-1),
  /** Neither: the values describe volume, not quality. */
  NEUTRAL(0);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /**
   * +1 when higher is better, −1 when lower is better, 0 when neutral: multiplying a difference by
   * the sign makes "better" positive.
   */
  public int sign() {
    return sign;
  }
}
