package se.qms.core.measure;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
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
  private static final MeasureData EMPTY = of(List.of(), List.of());

  private final List<Observation> observations;
  private final List<ReferenceValue> references;
  /**
   * Open-addressing indexes: each slot holds a position in the list plus one, 0 when empty. Two int
   * arrays instead of a map entry and a key object per value keep a large data set's index small
   * and its construction free of per-value allocation. Null until the first lookup when the
   * values' order alone proved them unique ({@link #provedUnique}); built once either way (a race
   * builds equal arrays, and a volatile write publishes them whole).
   */
  private volatile int[] observationSlots;
  private volatile int[] referenceSlots;

  private MeasureData(
      List<Observation> observations,
      List<ReferenceValue> references,
      int[] observationSlots,
      int[] referenceSlots) {
    this.observations = observations;
    this.references = references;
    this.observationSlots = observationSlots;
    this.referenceSlots = referenceSlots;
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
    observations.forEach(o -> Checks.present(o, "observations[]"));
    references.forEach(r -> Checks.present(r, "references[]"));
    List<Observation> obs = List.copyOf(observations);
    List<ReferenceValue> refs = List.copyOf(references);
    return new MeasureData(
        obs,
        refs,
        provedUnique(obs) ? null : observationIndex(obs),
        provedUniqueReferences(refs) ? null : referenceIndex(refs));
  }

  /**
   * Whether the observations' order alone shows each key is unique: runs of one indicator and unit
   * with periods of one kind strictly rising, no indicator and unit starting two runs — as
   * documents and exports list them. Linear, with one set entry per run; false (then the full
   * index decides) at the first observation that does not fit.
   */
  private static boolean provedUnique(List<Observation> obs) {
    Set<List<String>> started = new HashSet<>();
    Observation previous = null;
    for (Observation o : obs) {
      String unit = o.unitId().orElse("");
      boolean sameRun =
          previous != null
              && previous.indicatorId().equals(o.indicatorId())
              && previous.unitId().orElse("").equals(unit);
      if (sameRun ? !rises(previous.period(), o.period()) : !started.add(List.of(o.indicatorId(), unit))) {
        return false;
      }
      previous = o;
    }
    return true;
  }

  /** The same proof for reference values, runs of one indicator, kind and name. */
  private static boolean provedUniqueReferences(List<ReferenceValue> refs) {
    Set<List<Object>> started = new HashSet<>();
    ReferenceValue previous = null;
    for (ReferenceValue r : refs) {
      String name = r.name().orElse("");
      boolean sameRun =
          previous != null
              && previous.kind() == r.kind()
              && previous.indicatorId().equals(r.indicatorId())
              && previous.name().orElse("").equals(name);
      if (sameRun ? !rises(previous.period(), r.period()) : !started.add(List.of(r.indicatorId(), r.kind(), name))) {
        return false;
      }
      previous = r;
    }
    return true;
  }

  /** Whether {@code b} comes after {@code a} and is of the same kind. */
  private static boolean rises(Period a, Period b) {
    return a.kind() == b.kind() && (a.year() < b.year() || (a.year() == b.year() && a.index() < b.index()));
  }

  private static int[] observationIndex(List<Observation> obs) {
    int[] slots = new int[capacity(obs.size())];
    for (int i = 0; i < obs.size(); i++) {
      Observation o = obs.get(i);
      String unit = o.unitId().orElse("");
      if (insert(slots, hash(o.indicatorId(), unit, o.period()), i, obs, o.indicatorId(), unit, o.period())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "observations[]",
            o.indicatorId() + "/" + unit + "/" + o.period(),
            "must be the only observation of its indicator, unit and period");
      }
    }
    return slots;
  }

  private static int[] referenceIndex(List<ReferenceValue> refs) {
    int[] slots = new int[capacity(refs.size())];
    for (int i = 0; i < refs.size(); i++) {
      ReferenceValue r = refs.get(i);
      String name = r.name().orElse("");
      if (insert(slots, hash(r.indicatorId(), r.period(), r.kind(), name), i, refs, r.indicatorId(), r.period(), r.kind(), name)) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "references[]",
            r.indicatorId() + "/" + r.period() + "/" + r.kind() + "/" + name,
            "must be the only reference value of its indicator, period, kind and name");
      }
    }
    return slots;
  }

  private int[] observationSlots() {
    int[] slots = observationSlots;
    if (slots == null) {
      slots = observationIndex(observations);
      observationSlots = slots;
    }
    return slots;
  }

  private int[] referenceSlots() {
    int[] slots = referenceSlots;
    if (slots == null) {
      slots = referenceIndex(references);
      referenceSlots = slots;
    }
    return slots;
  }

  /** A power of two with room for {@code size} values at most half full. */
  private static int capacity(int size) {
    return Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1;
  }

  /** Places position {@code i}; true, placing nothing, when an equal observation is there already. */
  private static boolean insert(
      int[] slots, int hash, int i, List<Observation> obs, String indicatorId, String unit, Period period) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int at = slots[slot] - 1;
      if (at < 0) {
        slots[slot] = i + 1;
        return false;
      }
      if (same(obs.get(at), indicatorId, unit, period)) {
        return true;
      }
    }
  }

  private static boolean insert(
      int[] slots, int hash, int i, List<ReferenceValue> refs, String indicatorId, Period period, ReferenceKind kind, String name) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int at = slots[slot] - 1;
      if (at < 0) {
        slots[slot] = i + 1;
        return false;
      }
      if (same(refs.get(at), indicatorId, period, kind, name)) {
        return true;
      }
    }
  }

  private static boolean same(Observation o, String indicatorId, String unit, Period period) {
    return o.indicatorId().equals(indicatorId)
        && o.period().equals(period)
        && o.unitId().orElse("").equals(unit);
  }

  private static boolean same(ReferenceValue r, String indicatorId, Period period, ReferenceKind kind, String name) {
    return r.kind() == kind
        && r.indicatorId().equals(indicatorId)
        && r.period().equals(period)
        && r.name().orElse("").equals(name);
  }

  private static int hash(String indicatorId, String unit, Period period) {
    return mix(mix(mix(0, indicatorId.hashCode()), unit.hashCode()), period.hashCode());
  }

  private static int hash(String indicatorId, Period period, ReferenceKind kind, String name) {
    return mix(mix(mix(mix(0, indicatorId.hashCode()), period.hashCode()), kind.ordinal()), name.hashCode());
  }

  /**
   * Folds one more field into a key's hash. Ids of one document differ in their last characters and
   * periods by a year, so {@code 31 * h + x} would give runs of neighbouring hashes that crowd one
   * stretch of the table; a multiplicative step spreads them.
   */
  private static int mix(int hash, int field) {
    int h = (hash + field) * 0x9E3779B1;
    return h ^ (h >>> 16);
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
    String unit = unitId.orElse("");
    int[] slots = observationSlots();
    int mask = slots.length - 1;
    for (int slot = hash(indicatorId, unit, period) & mask; ; slot = (slot + 1) & mask) {
      int at = slots[slot] - 1;
      if (at < 0) {
        return Optional.empty();
      }
      Observation o = observations.get(at);
      if (same(o, indicatorId, unit, period)) {
        return Optional.of(o);
      }
    }
  }

  /**
   * A reference value.
   *
   * @param name the group name or unit id; empty for national and county averages
   */
  public OptionalDouble reference(
      String indicatorId, Period period, ReferenceKind kind, Optional<String> name) {
    String n = name.orElse("");
    int[] slots = referenceSlots();
    int mask = slots.length - 1;
    for (int slot = hash(indicatorId, period, kind, n) & mask; ; slot = (slot + 1) & mask) {
      int at = slots[slot] - 1;
      if (at < 0) {
        return OptionalDouble.empty();
      }
      ReferenceValue r = references.get(at);
      if (same(r, indicatorId, period, kind, n)) {
        return OptionalDouble.of(r.value());
      }
    }
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
