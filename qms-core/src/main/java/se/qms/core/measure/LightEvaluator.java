package se.qms.core.measure;

import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A {@link LightPolicy} compiled for one indicator's direction: judges values with a few
 * comparisons on primitives, allocating nothing.
 *
 * <p>Values and targets are passed as {@code double}; {@link Double#NaN} stands for "none", so a
 * NaN value gives {@link TrafficLight#NO_DATA} and a NaN target {@link TrafficLight#NO_TARGET}.
 * Otherwise every value gets exactly one of green, yellow and red, and a value that moves in the
 * better direction never gets a worse light. A value within a relative {@value #SLACK} of a
 * boundary counts as on it, so decimal figures meet the boundaries people read them against
 * (15,4 days is within 10 % of a 14-day target although {@code 14 × 1.1} is not exactly {@code
 * 15.4} in binary). Immutable and thread-safe.
 */
public final class LightEvaluator {
  /** Judged against a target resolved per value. */
  static final int RESOLVED = 1;
  /** Judged against fixed thresholds: an absolute target, bands or the pass mark. */
  static final int FIXED = 2;

  private static final double SLACK = 1e-9;
  private static final TrafficLight[] COLOURS = {
    TrafficLight.GREEN, TrafficLight.YELLOW, TrafficLight.RED
  };

  final int kind;
  final double sign;
  final double greenAt;
  final double yellowAt;
  final double absoluteWidth;
  final double relativeWidth;

  private LightEvaluator(
      int kind,
      double sign,
      double greenAt,
      double yellowAt,
      double absoluteWidth,
      double relativeWidth) {
    this.kind = kind;
    this.sign = sign;
    this.greenAt = greenAt;
    this.yellowAt = yellowAt;
    this.absoluteWidth = absoluteWidth;
    this.relativeWidth = relativeWidth;
  }

  /**
   * Compiles a policy for an indicator's direction.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#LIGHT_POLICY_INVALID} when a target or
   *     band policy is given a neutral direction, or when bands are not ordered in the direction
   *     (green must lie at or beyond yellow)
   */
  public static LightEvaluator compile(LightPolicy policy, Direction direction) {
    Checks.present(policy, "policy");
    Checks.present(direction, "direction");
    if (policy.kind() == LightPolicy.Kind.PASS_FAIL) {
      return new LightEvaluator(FIXED, 1, 1, 1, 0, 0);
    }
    if (direction == Direction.NEUTRAL) {
      throw InvalidValueException.violates(
          QmsErrorCode.LIGHT_POLICY_INVALID,
          "direction",
          direction,
          "must say which way is better for a " + policy.kind() + " policy");
    }
    double sign = direction.sign();
    if (policy.kind() == LightPolicy.Kind.BANDS) {
      double g = policy.greenFrom().getAsDouble() * sign;
      double y = policy.yellowFrom().getAsDouble() * sign;
      if (g < y) {
        throw InvalidValueException.violates(
            QmsErrorCode.LIGHT_POLICY_INVALID,
            "greenFrom",
            policy.greenFrom().getAsDouble(),
            "must lie at or beyond yellowFrom "
                + policy.yellowFrom().getAsDouble()
                + " in the direction "
                + direction);
      }
      return new LightEvaluator(FIXED, sign, g - slack(g), y - slack(y), 0, 0);
    }
    Target target = policy.target().orElseThrow();
    Tolerance tolerance = policy.tolerance().orElseThrow();
    double absolute = tolerance.isRelative() ? 0 : tolerance.amount();
    double relative = tolerance.isRelative() ? tolerance.amount() / 100 : 0;
    if (target.kind() != Target.Kind.ABSOLUTE) {
      return new LightEvaluator(RESOLVED, sign, 0, 0, absolute, relative);
    }
    double t = target.value().getAsDouble();
    double width = absolute + Math.abs(t) * relative;
    double slack = slack(t);
    return new LightEvaluator(FIXED, sign, t * sign - slack, t * sign - width - slack, 0, 0);
  }

  private static double slack(double boundary) {
    return SLACK * Math.max(1, Math.abs(boundary));
  }

  /** Whether the target must be resolved per observation (anything but a fixed value or bands). */
  public boolean needsResolvedTarget() {
    return kind == RESOLVED;
  }

  /** Judges a value against the policy's fixed target, bands or pass mark. */
  public TrafficLight evaluate(double value) {
    return evaluate(value, Double.NaN);
  }

  /**
   * Judges a value against a resolved target; fixed targets, bands and pass/fail ignore it.
   *
   * @param value the value, NaN for none
   * @param target the resolved target, NaN for none
   */
  public TrafficLight evaluate(double value, double target) {
    return judge(kind, sign, greenAt, yellowAt, absoluteWidth, relativeWidth, value, target);
  }

  /**
   * The one judging function, shared with {@link MeasureEngine}'s array path so both give the same
   * light by construction. For fixed thresholds the score is {@code value × sign}; against a
   * resolved target it is {@code (value − target) × sign}, with green from 0 and yellow from
   * minus the tolerance's width.
   */
  static TrafficLight judge(
      int kind,
      double sign,
      double greenAt,
      double yellowAt,
      double absoluteWidth,
      double relativeWidth,
      double value,
      double target) {
    if (value != value) {
      return TrafficLight.NO_DATA;
    }
    double score;
    double g;
    double y;
    if (kind == RESOLVED) {
      if (target != target) {
        return TrafficLight.NO_TARGET;
      }
      double magnitude = Math.abs(target);
      double slack = SLACK * Math.max(1, magnitude);
      score = (value - target) * sign;
      g = -slack;
      y = -absoluteWidth - magnitude * relativeWidth - slack;
    } else {
      score = value * sign;
      g = greenAt;
      y = yellowAt;
    }
    // g >= y always, so the number of boundaries missed is the colour's index; counting them
    // compiles without branches, which random values would mispredict
    return COLOURS[(score >= g ? 0 : 1) + (score >= y ? 0 : 1)];
  }
}
