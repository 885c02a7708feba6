package se.qms.core.compliance;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.ResponsibilityMatrix;
import se.qms.core.process.ProcessMap;

/**
 * One organisation's management system for systematic quality work (ledningssystem, SOSFS
 * 2011:9): its organisation and responsibility matrix, process map, indicators and measured
 * results.
 *
 * <p>Invariants: indicator ids are unique; every observation and reference value names an
 * indicator of the system; every indicator's process, when given, is in the process map, and its
 * unit in the organisation ({@link QmsErrorCode#DANGLING_REFERENCE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class QualitySystem {
  QualitySystem() {}

  /** The organisation's name, e.g. "Örnsköldsviks kommun, Humanistiska nämnden". */
  public abstract String name();

  /** The organisational units. */
  @Value.Default
  public Organisation organisation() {
    return Organisation.empty();
  }

  /** Who does what in each PDCA phase. */
  @Value.Default
  public ResponsibilityMatrix responsibilities() {
    return ResponsibilityMatrix.empty();
  }

  /** The process map. */
  @Value.Default
  public ProcessMap processMap() {
    return ProcessMap.empty();
  }

  /** The indicators followed up. */
  public abstract List<Indicator> indicators();

  /** The measured results and reference values. */
  @Value.Default
  public MeasureData measureData() {
    return MeasureData.empty();
  }

  /** The indicator with this id. */
  public Optional<Indicator> indicator(String id) {
    return indicators().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Parts contributed by other modules, at most one of each class, in the order given. */
  public abstract java.util.List<QualitySystemPart> parts();

  /** The part of the given class, if the system has one. */
  public <T extends QualitySystemPart> java.util.Optional<T> part(Class<T> type) {
    return se.qms.core.internal.Parts.find(parts(), type);
  }

  /** A strict builder; the name is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds quality systems. */
  public static final class Builder extends ImmutableQualitySystem.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    se.qms.core.internal.Parts.requireOnePerClass(parts());
    Checks.text(name(), 500, "name");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < indicators().size(); i++) {
      Indicator indicator = indicators().get(i);
      if (!ids.add(indicator.id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "indicators[" + i + "].id", indicator.id(), "must be unique");
      }
      if (indicator.process().isPresent() && processMap().find(indicator.process().get()).isEmpty()) {
        throw dangling("indicators[" + i + "].process", indicator.process().get(), "a process of the map");
      }
      if (indicator.unitId().isPresent() && organisation().unit(indicator.unitId().get()).isEmpty()) {
        throw dangling("indicators[" + i + "].unitId", indicator.unitId().get(), "a unit of the organisation");
      }
    }
    List<Observation> observations = measureData().observations();
    for (int i = 0; i < observations.size(); i++) {
      if (!ids.contains(observations.get(i).indicatorId())) {
        throw dangling("observations[" + i + "].indicatorId", observations.get(i).indicatorId(), "an indicator");
      }
    }
    List<ReferenceValue> references = measureData().references();
    for (int i = 0; i < references.size(); i++) {
      if (!ids.contains(references.get(i).indicatorId())) {
        throw dangling("references[" + i + "].indicatorId", references.get(i).indicatorId(), "an indicator");
      }
    }
  }

  private static InvalidValueException dangling(String field, Object value, String what) {
    return InvalidValueException.violates(
        QmsErrorCode.DANGLING_REFERENCE, field, value, "must name " + what);
  }
}
