package se.qms.examples.bench;

import se.qms.core.measure.TrafficLight;

/**
 * One value to judge, as a fact for both engines of {@link DroolsBenchmark}: the indicator's
 * policy flattened into the fact (Drools matches one pattern without a join, its best case), the
 * value and the resolved target, and the light either engine writes. Mutable, not thread-safe:
 * a benchmark fixture only.
 */
public final class LightFact {
  /** The policy is a target with a tolerance. */
  public static final int TARGET = 0;
  /** The policy is fixed bands. */
  public static final int BANDS = 1;

  private final int indicator;
  private final int policy;
  private final double sign;
  private final double target;
  private final double points;
  private final double percent;
  private final double greenFrom;
  private final double yellowFrom;
  private final double value;
  private static final TrafficLight[] LIGHTS = TrafficLight.values();

  /**
   * The light as its ordinal plus one, 0 for none: a primitive, so writing it costs either engine
   * no garbage-collector write barrier (a reference stored into an object in the old generation
   * costs G1 a card mark, about 15 ns, which would dwarf the rule itself on the qms side).
   */
  private byte light;

  LightFact(
      int indicator,
      int policy,
      double sign,
      double target,
      double points,
      double percent,
      double greenFrom,
      double yellowFrom,
      double value) {
    this.indicator = indicator;
    this.policy = policy;
    this.sign = sign;
    this.target = target;
    this.points = points;
    this.percent = percent;
    this.greenFrom = greenFrom;
    this.yellowFrom = yellowFrom;
    this.value = value;
  }

  /** The indicator's index in the qms engine. */
  public int getIndicator() {
    return indicator;
  }

  /** {@link #TARGET} or {@link #BANDS}. */
  public int getPolicy() {
    return policy;
  }

  /** 1 when higher is better, -1 when lower is. */
  public double getSign() {
    return sign;
  }

  /** The target, fixed or resolved; NaN for bands. */
  public double getTarget() {
    return target;
  }

  /** The tolerance in points; 0 when it is relative. */
  public double getPoints() {
    return points;
  }

  /** The tolerance in per cent of the target; 0 when it is in points. */
  public double getPercent() {
    return percent;
  }

  /** Where green starts, for bands. */
  public double getGreenFrom() {
    return greenFrom;
  }

  /** Where yellow starts, for bands. */
  public double getYellowFrom() {
    return yellowFrom;
  }

  /** The value judged; NaN for none. */
  public double getValue() {
    return value;
  }

  /** The light written by the engine that ran last; null before. */
  public TrafficLight getLight() {
    return light == 0 ? null : LIGHTS[light - 1];
  }

  /** Sets the light. */
  public void setLight(TrafficLight light) {
    this.light = light == null ? 0 : (byte) (light.ordinal() + 1);
  }
}
