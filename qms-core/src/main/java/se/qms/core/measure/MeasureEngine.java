package se.qms.core.measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * Judges observations with a municipality's traffic-light policies, compiled once.
 *
 * <p>{@link #of(Collection, Map)} checks the policies against their indicators and compiles each
 * into a {@link LightEvaluator}; after that, judging a value is an array access and a few
 * comparisons ({@link #evaluate(int, double, double)}), and {@link #evaluateAll(int[], double[],
 * double[], TrafficLight[])} judges whole arrays without allocating. An indicator without a policy
 * gets {@link TrafficLight#NO_TARGET} for every value. Immutable and thread-safe.
 */
public final class MeasureEngine {
  private static final int STRIDE = 5;

  private final Map<String, Integer> indexById;
  private final Indicator[] indicators;
  private final Target[] targets;
  /** Per indicator: 0 without policy, else {@link LightEvaluator#RESOLVED} or {@code FIXED}. */
  private final int[] kinds;
  /** Per indicator, {@value #STRIDE} numbers: sign, green, yellow, absolute and relative width. */
  private final double[] params;

  private MeasureEngine(
      Map<String, Integer> indexById,
      Indicator[] indicators,
      LightEvaluator[] evaluators,
      Target[] targets) {
    this.indexById = indexById;
    this.indicators = indicators;
    this.targets = targets;
    this.kinds = new int[evaluators.length];
    this.params = new double[evaluators.length * STRIDE];
    for (int i = 0; i < evaluators.length; i++) {
      LightEvaluator e = evaluators[i];
      if (e != null) {
        kinds[i] = e.kind;
        params[i * STRIDE] = e.sign;
        params[i * STRIDE + 1] = e.greenAt;
        params[i * STRIDE + 2] = e.yellowAt;
        params[i * STRIDE + 3] = e.absoluteWidth;
        params[i * STRIDE + 4] = e.relativeWidth;
      }
    }
  }

  /**
   * Compiles the policies.
   *
   * @param indicators the indicators, with unique ids
   * @param policies the policy per indicator id; indicators may lack one
   * @throws InvalidValueException with {@link QmsErrorCode#DUPLICATE_ID} for a repeated indicator,
   *     {@link QmsErrorCode#DANGLING_REFERENCE} for a policy of an unknown indicator, {@link
   *     QmsErrorCode#LIGHT_POLICY_INVALID} for a policy that does not fit its indicator
   */
  public static MeasureEngine of(
      Collection<Indicator> indicators, Map<String, LightPolicy> policies) {
    Checks.present(indicators, "indicators");
    Checks.present(policies, "policies");
    Indicator[] list = indicators.toArray(new Indicator[0]);
    Map<String, Integer> index = new HashMap<>(list.length * 2);
    for (int i = 0; i < list.length; i++) {
      Checks.present(list[i], "indicators[]");
      if (index.putIfAbsent(list[i].id(), i) != null) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "indicators[].id", list[i].id(), "must be unique");
      }
    }
    for (String id : policies.keySet()) {
      if (!index.containsKey(id)) {
        throw InvalidValueException.violates(
            QmsErrorCode.DANGLING_REFERENCE, "policies", id, "must name an indicator");
      }
    }
    LightEvaluator[] evaluators = new LightEvaluator[list.length];
    Target[] targets = new Target[list.length];
    for (int i = 0; i < list.length; i++) {
      LightPolicy policy = policies.get(list[i].id());
      if (policy != null) {
        evaluators[i] = LightEvaluator.compile(policy, list[i].direction());
        targets[i] = policy.target().orElse(null);
      }
    }
    return new MeasureEngine(Map.copyOf(index), list, evaluators, targets);
  }

  /** The number of indicators. */
  public int size() {
    return indicators.length;
  }

  /**
   * The position of an indicator in this engine, for the array-based methods.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#DANGLING_REFERENCE} for an unknown id
   */
  public int indexOf(String indicatorId) {
    Integer i = indexById.get(Checks.present(indicatorId, "indicatorId"));
    if (i == null) {
      throw InvalidValueException.violates(
          QmsErrorCode.DANGLING_REFERENCE, "indicatorId", indicatorId, "must name an indicator");
    }
    return i;
  }

  /** The indicator at a position. */
  public Indicator indicator(int index) {
    return indicators[index];
  }

  /**
   * Judges one value of the indicator at {@code index} against a resolved target.
   *
   * @param value NaN for none
   * @param target NaN for none; ignored by band and pass/fail policies and by fixed targets
   */
  public TrafficLight evaluate(int index, double value, double target) {
    int kind = kinds[index];
    if (kind == 0) {
      return value != value ? TrafficLight.NO_DATA : TrafficLight.NO_TARGET;
    }
    int p = index * STRIDE;
    return LightEvaluator.judge(
        kind, params[p], params[p + 1], params[p + 2], params[p + 3], params[p + 4], value, target);
  }

  /**
   * Judges arrays of values in place: {@code out[i]} is the light of {@code values[i]} for the
   * indicator at {@code indicators[i]} against {@code targets[i]}. Allocates nothing.
   *
   * @throws InvalidValueException when the arrays differ in length
   */
  public void evaluateAll(int[] indicators, double[] values, double[] targets, TrafficLight[] out) {
    int n = values.length;
    if (indicators.length != n || targets.length != n || out.length != n) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "arrays",
          indicators.length + "/" + n + "/" + targets.length + "/" + out.length,
          "must all have the same length");
    }
    for (int i = 0; i < n; i++) {
      out[i] = evaluate(indicators[i], values[i], targets[i]);
    }
  }

  /**
   * Judges one observation, resolving its target against {@code data}.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#DANGLING_REFERENCE} for an observation
   *     of an unknown indicator
   */
  public MeasureResult evaluate(Observation observation, MeasureData data) {
    Checks.present(observation, "observation");
    Checks.present(data, "data");
    int i = indexOf(observation.indicatorId());
    OptionalDouble target = resolveTarget(i, observation, data);
    double value = observation.total().isPresent() ? observation.total().getAsDouble() : Double.NaN;
    TrafficLight light =
        evaluate(i, value, target.isPresent() ? target.getAsDouble() : Double.NaN);
    return MeasureResult.of(observation, target, light);
  }

  /** Judges observations; the results are in the order of the input. */
  public List<MeasureResult> evaluateAll(List<Observation> observations, MeasureData data) {
    Checks.present(observations, "observations");
    List<MeasureResult> results = new ArrayList<>(observations.size());
    for (Observation o : observations) {
      results.add(evaluate(o, data));
    }
    return List.copyOf(results);
  }

  /** The target of the indicator's policy resolved for an observation; empty when there is none. */
  public OptionalDouble resolveTarget(int index, Observation observation, MeasureData data) {
    Target t = targets[index];
    return t == null
        ? OptionalDouble.empty()
        : t.resolve(observation.indicatorId(), observation.unitId(), observation.period(), data);
  }

  /** The policy's target of an indicator, if its policy has one. */
  public Optional<Target> target(int index) {
    return Optional.ofNullable(targets[index]);
  }
}
