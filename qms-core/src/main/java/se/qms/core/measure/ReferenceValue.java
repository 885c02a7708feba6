package se.qms.core.measure;

import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A value to compare results with: a national or county average, a comparison group's value or
 * another unit's value, for one indicator and period.
 *
 * <p>Invariants: the value is finite; comparison groups and other units carry a name, averages do
 * not. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReferenceValue {
  ReferenceValue() {}

  /** The indicator. */
  public abstract String indicatorId();

  /** The period. */
  public abstract Period period();

  /** What kind of reference this is. */
  public abstract ReferenceKind kind();

  /** The group's name or the other unit's id; empty for national and county averages. */
  public abstract Optional<String> name();

  /** The value. */
  public abstract double value();

  /** A national or county average. */
  public static ReferenceValue average(
      String indicatorId, Period period, ReferenceKind kind, double value) {
    return builder().indicatorId(indicatorId).period(period).kind(kind).value(value).build();
  }

  /** A comparison group's or another unit's value. */
  public static ReferenceValue named(
      String indicatorId, Period period, ReferenceKind kind, String name, double value) {
    return builder().indicatorId(indicatorId).period(period).kind(kind).name(name).value(value).build();
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds reference values. */
  public static final class Builder extends ImmutableReferenceValue.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(indicatorId(), 100, "indicatorId");
    name().ifPresent(n -> Checks.text(n, 200, "name"));
    if (kind().isNamed() != name().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "name",
          name().orElse("absent"),
          kind().isNamed() ? "is required for " + kind() : "is not allowed for " + kind());
    }
    if (!Double.isFinite(value())) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_NOT_FINITE, "value", value(), "must be a finite number");
    }
  }
}
