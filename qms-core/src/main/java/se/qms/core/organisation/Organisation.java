package se.qms.core.organisation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * The organisational units of one municipality or provider, as a forest of trees (a municipality
 * may have several nämnder, e.g. humanistiska nämnden and omsorgsnämnden).
 *
 * <p>Invariants, checked by {@link #of(Collection)}: unit ids are unique ({@link
 * QmsErrorCode#DUPLICATE_ID}); every parent id names a unit of the organisation ({@link
 * QmsErrorCode#DANGLING_REFERENCE}); parent links form no cycle ({@link
 * QmsErrorCode#ORGANISATION_CYCLE}); every unit sits below a unit of a higher kind ({@link
 * QmsErrorCode#ORGANISATION_LEVEL_ORDER}). Units keep the order they were given in. Immutable and
 * thread-safe.
 */
public final class Organisation {
  private static final Organisation EMPTY = new Organisation(List.of(), Map.of(), Map.of());

  private final List<OrganisationUnit> units;
  private final Map<String, OrganisationUnit> byId;
  private final Map<String, List<OrganisationUnit>> children;

  private Organisation(
      List<OrganisationUnit> units,
      Map<String, OrganisationUnit> byId,
      Map<String, List<OrganisationUnit>> children) {
    this.units = units;
    this.byId = byId;
    this.children = children;
  }

  /** An organisation without units. */
  public static Organisation empty() {
    return EMPTY;
  }

  /**
   * Checks and indexes the units.
   *
   * @param units the units in any order; not null, no null elements
   * @throws InvalidValueException when an invariant of this class is broken
   */
  public static Organisation of(Collection<OrganisationUnit> units) {
    requireNonNull(units, "units");
    Map<String, OrganisationUnit> byId = new LinkedHashMap<>();
    for (OrganisationUnit unit : units) {
      requireNonNull(unit, "units[]");
      if (byId.putIfAbsent(unit.id(), unit) != null) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "units[].id", unit.id(), "must be unique");
      }
    }
    Map<String, List<OrganisationUnit>> children = new HashMap<>();
    for (OrganisationUnit unit : byId.values()) {
      if (unit.parentId().isEmpty()) {
        continue;
      }
      OrganisationUnit parent = byId.get(unit.parentId().get());
      if (parent == null) {
        throw InvalidValueException.violates(
            QmsErrorCode.DANGLING_REFERENCE,
            "units[" + unit.id() + "].parentId",
            unit.parentId().get(),
            "must name a unit of the organisation");
      }
      children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(unit);
    }
    for (OrganisationUnit unit : byId.values()) {
      checkNoCycle(unit, byId);
    }
    for (OrganisationUnit unit : byId.values()) {
      unit.parentId()
          .map(byId::get)
          .filter(parent -> !parent.kind().mayContain(unit.kind()))
          .ifPresent(
              parent -> {
                throw InvalidValueException.violates(
                    QmsErrorCode.ORGANISATION_LEVEL_ORDER,
                    "units[" + unit.id() + "].kind",
                    unit.kind(),
                    "must be a lower level than its parent's kind " + parent.kind());
              });
    }
    Map<String, List<OrganisationUnit>> frozen = new HashMap<>();
    children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new Organisation(
        List.copyOf(byId.values()), Collections.unmodifiableMap(byId), Map.copyOf(frozen));
  }

  private static void checkNoCycle(OrganisationUnit unit, Map<String, OrganisationUnit> byId) {
    Set<String> seen = new HashSet<>();
    OrganisationUnit current = unit;
    while (current.parentId().isPresent()) {
      if (!seen.add(current.id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.ORGANISATION_CYCLE,
            "units[" + unit.id() + "].parentId",
            unit.parentId().get(),
            "must not lead back to the unit itself");
      }
      current = byId.get(current.parentId().get());
    }
  }

  /** All units, in the order given. */
  public List<OrganisationUnit> units() {
    return units;
  }

  /** The unit with this id. */
  public Optional<OrganisationUnit> unit(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /** The units without a parent, in the order given. */
  public List<OrganisationUnit> topUnits() {
    List<OrganisationUnit> tops = new ArrayList<>();
    for (OrganisationUnit u : units) {
      if (u.parentId().isEmpty()) {
        tops.add(u);
      }
    }
    return List.copyOf(tops);
  }

  /** The direct children of the unit {@code id}; empty for an unknown id or a leaf. */
  public List<OrganisationUnit> children(String id) {
    return children.getOrDefault(requireNonNull(id, "id"), List.of());
  }

  /**
   * The unit {@code id} and its ancestors, from the unit up to its top unit; empty for an unknown
   * id.
   */
  public List<OrganisationUnit> pathToTop(String id) {
    List<OrganisationUnit> path = new ArrayList<>();
    Optional<OrganisationUnit> current = unit(id);
    while (current.isPresent()) {
      path.add(current.get());
      current = current.get().parentId().map(byId::get);
    }
    return List.copyOf(path);
  }

  /** The unit {@code id} and all units below it, depth first; empty for an unknown id. */
  public List<OrganisationUnit> subtree(String id) {
    List<OrganisationUnit> out = new ArrayList<>();
    unit(id).ifPresent(u -> collect(u, out));
    return List.copyOf(out);
  }

  private void collect(OrganisationUnit unit, List<OrganisationUnit> out) {
    out.add(unit);
    for (OrganisationUnit child : children(unit.id())) {
      collect(child, out);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Organisation && ((Organisation) other).units.equals(units);
  }

  @Override
  public int hashCode() {
    return units.hashCode();
  }

  @Override
  public String toString() {
    return "Organisation{" + units.size() + " units}";
  }
}
