package se.qms.core.measure;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The judgement of one observation: its value, the target it was judged against, and the light.
 *
 * <p>Invariants: a light that is a colour comes with a value; {@link TrafficLight#NO_DATA} comes
 * without one. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class MeasureResult {
  MeasureResult() {}

  /** The indicator. */
  public abstract String indicatorId();

  /** The unit observed; empty for the whole organisation. */
  public abstract Optional<String> unitId();

  /** The period. */
  public abstract Period period();

  /** The observed total; empty when the observation has none. */
  public abstract OptionalDouble value();

  /** The resolved target; empty for band and pass/fail policies or when unresolvable. */
  public abstract OptionalDouble target();

  /** The light. */
  public abstract TrafficLight light();

  static MeasureResult of(Observation o, OptionalDouble target, TrafficLight light) {
    return ImmutableMeasureResult.builder()
        .indicatorId(o.indicatorId())
        .unitId(o.unitId())
        .period(o.period())
        .value(o.total())
        .target(target)
        .light(light)
        .build();
  }
}
