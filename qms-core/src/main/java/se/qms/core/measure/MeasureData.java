package se.qms.core.measure;

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
 * The observations and reference values targets are resolved against, indexed once.
 *
 * <p>Invariants: at most one observation per indicator, unit and period, and at most one reference
 * value per indicator, period, kind and name ({@link QmsErrorCode#DUPLICATE_ID}). Immutable and
 * thread-safe.
 */
public final class MeasureData {
  private static final MeasureData EMPTY = new MeasureData(List.of(), List.of(), Map.of(), Map.of());

  private record ObservationKey(String indicatorId, String unitId, Period period) {}

  private record ReferenceKey(String indicatorId, Period period, ReferenceKind kind, String name) {}

  private final List<Observation> observations;
  private final List<ReferenceValue> references;
  private final Map<ObservationKey, Observation> observationIndex;
  private final Map<ReferenceKey, ReferenceValue> referenceIndex;

  private MeasureData(
      List<Observation> observations,
      List<ReferenceValue> references,
      Map<ObservationKey, Observation> observationIndex,
      Map<ReferenceKey, ReferenceValue> referenceIndex) {
    this.observations = observations;
    this.references = references;
    this.observationIndex = observationIndex;
    this.referenceIndex = referenceIndex;
  }

  /** No observations and no reference values. */
  public static MeasureData empty() {
    return EMPTY;
  }

  /**
   * Indexes observations and reference values.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#DUPLICATE_ID} for two observations of the
   *     same indicator, unit and period, or two reference values with the same key
   */
  public static MeasureData of(
      Collection<Observation> observations, Collection<ReferenceValue> references) {
    Checks.present(observations, "observations");
    Checks.present(references, "references");
    Map<ObservationKey, Observation> obs = new HashMap<>(observations.size() * 2);
    for (Observation o : observations) {
      Checks.present(o, "observations[]");
      ObservationKey key = new ObservationKey(o.indicatorId(), o.unitId().orElse(""), o.period());
      if (obs.putIfAbsent(key, o) != null) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "observations[]",
            o.indicatorId() + "/" + o.unitId().orElse("") + "/" + o.period(),
            "must be the only observation of its indicator, unit and period");
      }
    }
    Map<ReferenceKey, ReferenceValue> refs = new HashMap<>(references.size() * 2);
    for (ReferenceValue r : references) {
      Checks.present(r, "references[]");
      ReferenceKey key = new ReferenceKey(r.indicatorId(), r.period(), r.kind(), r.name().orElse(""));
      if (refs.putIfAbsent(key, r) != null) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "references[]",
            r.indicatorId() + "/" + r.period() + "/" + r.kind() + "/" + r.name().orElse(""),
            "must be the only reference value of its indicator, period, kind and name");
      }
    }
    return new MeasureData(
        List.copyOf(observations), List.copyOf(references), Map.copyOf(obs), Map.copyOf(refs));
  }

  /** All observations, in the order given. */
  public List<Observation> observations() {
    return observations;
  }

  /** All reference values, in the order given. */
  public List<ReferenceValue> references() {
    return references;
  }

  /** The observation of an indicator for a unit (empty for the whole organisation) and period. */
  public Optional<Observation> observation(
      String indicatorId, Optional<String> unitId, Period period) {
    return Optional.ofNullable(
        observationIndex.get(new ObservationKey(indicatorId, unitId.orElse(""), period)));
  }

  /**
   * A reference value.
   *
   * @param name the group name or unit id; empty for national and county averages
   */
  public OptionalDouble reference(
      String indicatorId, Period period, ReferenceKind kind, Optional<String> name) {
    ReferenceValue r =
        referenceIndex.get(new ReferenceKey(indicatorId, period, kind, name.orElse("")));
    return r == null ? OptionalDouble.empty() : OptionalDouble.of(r.value());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MeasureData
        && ((MeasureData) other).observations.equals(observations)
        && ((MeasureData) other).references.equals(references);
  }

  @Override
  public int hashCode() {
    return observations.hashCode() * 31 + references.hashCode();
  }

  @Override
  public String toString() {
    return "MeasureData{" + observations.size() + " observations, " + references.size() + " references}";
  }
}
