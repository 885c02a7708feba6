package se.qms.core.measure;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * One indicator's value for one unit and period, in total and optionally for women and men.
 *
 * <p>"No value" is a state of its own, not zero: an observation either has a total or a reason why
 * it has none ("redovisas från och med 2017", seed 000), never both and never neither. Values are
 * finite. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {
  Observation() {}

  /** The indicator observed. */
  public abstract String indicatorId();

  /**
   * What the value is for: an organisational unit id or a municipality code such as {@code 2284};
   * empty for the whole organisation.
   */
  public abstract Optional<String> unitId();

  /** The period observed. */
  public abstract Period period();

  /** The value for everyone (Kolada "T"); empty when there is none. */
  public abstract OptionalDouble total();

  /** The value for women (Kolada "K"). */
  public abstract OptionalDouble women();

  /** The value for men (Kolada "M"). */
  public abstract OptionalDouble men();

  /** Where the value comes from; default own measurement. */
  @Value.Default
  public ObservationSource source() {
    return ObservationSource.OWN_MEASUREMENT;
  }

  /** Why there is no value, when there is none. */
  public abstract Optional<String> missingReason();

  /** The value for one gender group. */
  public OptionalDouble value(GenderGroup group) {
    switch (group) {
      case WOMEN:
        return women();
      case MEN:
        return men();
      default:
        return total();
    }
  }

  /** Whether the observation carries a total value. */
  public boolean hasValue() {
    return total().isPresent();
  }

  /** An observation with a total value. */
  public static Observation of(String indicatorId, Period period, double total) {
    return builder().indicatorId(indicatorId).period(period).total(total).build();
  }

  /** An observation without a value, and why. */
  public static Observation missing(String indicatorId, Period period, String reason) {
    return builder().indicatorId(indicatorId).period(period).missingReason(reason).build();
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds observations; indicator id, period and either a total or a missing reason are required. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(indicatorId(), 100, "indicatorId");
    unitId().ifPresent(u -> Checks.text(u, 200, "unitId"));
    finite(total(), "total");
    finite(women(), "women");
    finite(men(), "men");
    missingReason().ifPresent(r -> Checks.noPersonalIdentityNumber(Checks.text(r, 500, "missingReason"), "missingReason"));
    if (total().isPresent() == missingReason().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "missingReason",
          missingReason().orElse("absent"),
          total().isPresent()
              ? "must be absent when there is a total"
              : "is required when there is no total");
    }
  }

  static void finite(OptionalDouble value, String field) {
    if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_NOT_FINITE, field, value.getAsDouble(), "must be a finite number");
    }
  }
}
