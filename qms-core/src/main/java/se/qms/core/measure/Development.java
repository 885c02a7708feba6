package se.qms.core.measure;

/** Whether a {@link Trend} is an improvement, given which way the indicator is better. */
public enum Development {
  /** The value moved in the better direction. */
  IMPROVING("Förbättring", "Improving"),
  /** The value moved in the worse direction. */
  WORSENING("Försämring", "Worsening"),
  /** The value did not move beyond the tolerance. */
  UNCHANGED("Oförändrat", "Unchanged"),
  /** The indicator is neutral: moving is neither better nor worse. */
  NOT_APPLICABLE("Ej bedömd", "Not judged");

  private final String swedish;
  private final String english;

  Development(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish word. */
  public String swedish() {
    return swedish;
  }

  /** The English word. */
  public String english() {
    return english;
  }

  /** What a trend means for an indicator with the given direction. */
  public static Development of(Trend trend, Direction direction) {
    se.qms.core.internal.Checks.present(trend, "trend");
    se.qms.core.internal.Checks.present(direction, "direction");
    if (trend == Trend.STABLE) {
      return UNCHANGED;
    }
    if (direction == Direction.NEUTRAL) {
      return NOT_APPLICABLE;
    }
    boolean up = trend == Trend.INCREASING;
    return up == (direction == Direction.HIGHER_IS_BETTER) ? IMPROVING : WORSENING;
  }
}
