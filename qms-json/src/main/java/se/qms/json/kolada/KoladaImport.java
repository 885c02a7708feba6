package se.qms.json.kolada;

import java.util.List;
import java.util.Objects;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ReferenceValue;

/**
 * What one Kolada import yields: the own municipality's observations, the reference values of
 * groups, the country and other municipalities, and notes on what was left out or not understood.
 *
 * <p>Invariants: no two observations share indicator, unit and period, and no two references share
 * indicator, period, kind and name, so {@link #measureData()} never fails; observations are sorted
 * by indicator, unit and period, references by indicator, period, kind and name — the order of the
 * data objects in the response does not matter. Every observation has source {@code KOLADA}. Lists
 * are unmodifiable and never null. Immutable and thread-safe.
 */
public final class KoladaImport {
  private final List<Observation> observations;
  private final List<ReferenceValue> references;
  private final List<KoladaNote> notes;

  KoladaImport(
      List<Observation> observations, List<ReferenceValue> references, List<KoladaNote> notes) {
    this.observations = List.copyOf(observations);
    this.references = List.copyOf(references);
    this.notes = List.copyOf(notes);
  }

  /** The own municipality's values, one observation per KPI and year. */
  public List<Observation> observations() {
    return observations;
  }

  /** The values to compare with: comparison groups, the country, other municipalities. */
  public List<ReferenceValue> references() {
    return references;
  }

  /** What did not stop the import but was left out or not interpreted, in response order. */
  public List<KoladaNote> notes() {
    return notes;
  }

  /** The observations and references, indexed for targets and traffic lights. */
  public MeasureData measureData() {
    return MeasureData.of(observations, references);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof KoladaImport)) {
      return false;
    }
    KoladaImport o = (KoladaImport) other;
    return observations.equals(o.observations)
        && references.equals(o.references)
        && notes.equals(o.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(observations, references, notes);
  }

  @Override
  public String toString() {
    return "KoladaImport{"
        + observations.size()
        + " observations, "
        + references.size()
        + " references, "
        + notes.size()
        + " notes}";
  }
}
