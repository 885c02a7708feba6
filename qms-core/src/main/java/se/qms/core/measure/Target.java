package se.qms.core.measure;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A target value (måltal) and how it is found: an absolute bound ("minst 92 %", "högst 14
 * dagar"), the national or county average, a comparison group, the previous period's result plus
 * or minus a delta ("minska med 25 %"), or another unit's result.
 *
 * <p>Whether the target is a minimum or a maximum follows from the indicator's {@link Direction}.
 * A delta in {@link DeltaUnit#POINTS} is added; in {@link DeltaUnit#PERCENT} it scales the base
 * ({@code base × (1 + delta/100)}). Invariants: an absolute target has a finite value and no
 * delta; comparison-group and other-unit targets name their reference; all numbers are finite.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {
  Target() {}

  /** Where the target value comes from. */
  public enum Kind {
    /** A fixed value. */
    ABSOLUTE,
    /** The national average of the same indicator and period. */
    NATIONAL_AVERAGE,
    /** The county average of the same indicator and period. */
    COUNTY_AVERAGE,
    /** A named comparison group's value for the same indicator and period. */
    COMPARISON_GROUP,
    /** The same unit's result in the previous period. */
    PREVIOUS_PERIOD,
    /** Another unit's result for the same indicator and period. */
    OTHER_UNIT
  }

  /** How a delta is applied to the base value. */
  public enum DeltaUnit {
    /** Added to the base: percentage points for percent indicators. */
    POINTS,
    /** A relative change of the base, in percent. */
    PERCENT
  }

  /** Where the target value comes from. */
  public abstract Kind kind();

  /** The fixed value of an absolute target. */
  public abstract OptionalDouble value();

  /** The comparison group's name or the other unit's id. */
  public abstract Optional<String> reference();

  /** The change applied to the base value; 0 by default. */
  @Value.Default
  public double delta() {
    return 0;
  }

  /** How the delta is applied; points by default. */
  @Value.Default
  public DeltaUnit deltaUnit() {
    return DeltaUnit.POINTS;
  }

  /** A fixed target value. */
  public static Target absolute(double value) {
    return ImmutableTarget.builder().kind(Kind.ABSOLUTE).value(value).build();
  }

  /** The national average (rikssnitt). */
  public static Target nationalAverage() {
    return ImmutableTarget.builder().kind(Kind.NATIONAL_AVERAGE).build();
  }

  /** The county average (länssnitt). */
  public static Target countyAverage() {
    return ImmutableTarget.builder().kind(Kind.COUNTY_AVERAGE).build();
  }

  /** A named comparison group's value, e.g. "Liknande kommuner IFO". */
  public static Target comparisonGroup(String name) {
    return ImmutableTarget.builder().kind(Kind.COMPARISON_GROUP).reference(name).build();
  }

  /** Another unit's result. */
  public static Target otherUnit(String unitId) {
    return ImmutableTarget.builder().kind(Kind.OTHER_UNIT).reference(unitId).build();
  }

  /** The previous period's result changed by {@code delta} (e.g. −25 percent: "minska med 25 %"). */
  public static Target previousPeriod(double delta, DeltaUnit unit) {
    return ImmutableTarget.builder()
        .kind(Kind.PREVIOUS_PERIOD)
        .delta(delta)
        .deltaUnit(unit)
        .build();
  }

  /** This target with a delta applied to its base value. */
  public Target adjustedBy(double delta, DeltaUnit unit) {
    return ImmutableTarget.builder()
        .kind(kind())
        .value(value())
        .reference(reference())
        .delta(delta)
        .deltaUnit(unit)
        .build();
  }

  /**
   * The target value for one observation, or empty when its base is missing (no reference value,
   * no previous result): the outcome is then {@link TrafficLight#NO_TARGET}, not an error.
   *
   * @param indicatorId the indicator observed
   * @param unitId the unit observed; empty for the whole organisation
   * @param period the period observed
   * @param data the observations and reference values to resolve against
   */
  public OptionalDouble resolve(
      String indicatorId, Optional<String> unitId, Period period, MeasureData data) {
    OptionalDouble base;
    switch (kind()) {
      case ABSOLUTE:
        return value();
      case NATIONAL_AVERAGE:
        base = data.reference(indicatorId, period, ReferenceKind.NATIONAL_AVERAGE, Optional.empty());
        break;
      case COUNTY_AVERAGE:
        base = data.reference(indicatorId, period, ReferenceKind.COUNTY_AVERAGE, Optional.empty());
        break;
      case COMPARISON_GROUP:
        base = data.reference(indicatorId, period, ReferenceKind.COMPARISON_GROUP, reference());
        break;
      case OTHER_UNIT:
        base = otherUnit(indicatorId, period, data);
        break;
      default:
        base =
            data.observation(indicatorId, unitId, period.previous())
                .map(Observation::total)
                .orElse(OptionalDouble.empty());
    }
    return base.isPresent() ? OptionalDouble.of(adjust(base.getAsDouble())) : base;
  }

  private OptionalDouble otherUnit(String indicatorId, Period period, MeasureData data) {
    OptionalDouble own =
        data.observation(indicatorId, reference(), period)
            .map(Observation::total)
            .orElse(OptionalDouble.empty());
    return own.isPresent()
        ? own
        : data.reference(indicatorId, period, ReferenceKind.OTHER_UNIT, reference());
  }

  /** The base value with the delta applied. */
  double adjust(double base) {
    return deltaUnit() == DeltaUnit.POINTS ? base + delta() : base * (1 + delta() / 100);
  }

  @Value.Check
  final void check() {
    Observation.finite(value(), "value");
    if (!Double.isFinite(delta())) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_NOT_FINITE, "delta", delta(), "must be a finite number");
    }
    boolean absolute = kind() == Kind.ABSOLUTE;
    if (absolute != value().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "value",
          value().isPresent() ? value().getAsDouble() : "absent",
          absolute ? "is required for an absolute target" : "is only allowed on an absolute target");
    }
    if (absolute && delta() != 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "delta", delta(), "must be 0 on an absolute target");
    }
    boolean named = kind() == Kind.COMPARISON_GROUP || kind() == Kind.OTHER_UNIT;
    if (named != reference().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "reference",
          reference().orElse("absent"),
          named ? "is required for " + kind() : "is not allowed for " + kind());
    }
    reference().ifPresent(r -> Checks.text(r, 200, "reference"));
  }
}
