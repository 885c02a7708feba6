package se.qms.core.organisation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who does what in each PDCA phase: the duties of each role (seed 002 §4.4, 5.3, 6.6 and 7; SOSFS
 * 2011:9 6 kap. on staff taking part).
 *
 * <p>Duties keep the order they were given in; the same text may appear for several roles. Queries
 * never return null. Immutable and thread-safe.
 */
public final class ResponsibilityMatrix {
  private static final ResponsibilityMatrix EMPTY = new ResponsibilityMatrix(List.of());

  private final List<Duty> duties;
  private final Map<PdcaPhase, List<Duty>> byPhase;

  private ResponsibilityMatrix(List<Duty> duties) {
    this.duties = duties;
    Map<PdcaPhase, List<Duty>> index = new EnumMap<>(PdcaPhase.class);
    for (PdcaPhase phase : PdcaPhase.values()) {
      List<Duty> inPhase = new ArrayList<>();
      for (Duty d : duties) {
        if (d.phase() == phase) {
          inPhase.add(d);
        }
      }
      index.put(phase, List.copyOf(inPhase));
    }
    this.byPhase = index;
  }

  /** A matrix without duties. */
  public static ResponsibilityMatrix empty() {
    return EMPTY;
  }

  /**
   * A matrix of these duties.
   *
   * @param duties in the organisation's order; not null, no null elements
   */
  public static ResponsibilityMatrix of(Collection<Duty> duties) {
    return new ResponsibilityMatrix(List.copyOf(requireNonNull(duties, "duties")));
  }

  /** All duties, in the order given. */
  public List<Duty> duties() {
    return duties;
  }

  /** The duties of one phase, in the order given. */
  public List<Duty> duties(PdcaPhase phase) {
    return byPhase.get(requireNonNull(phase, "phase"));
  }

  /** The duties of one role in one phase, in the order given. */
  public List<Duty> duties(PdcaPhase phase, Role role) {
    requireNonNull(role, "role");
    List<Duty> out = new ArrayList<>();
    for (Duty d : duties(phase)) {
      if (d.role().equals(role)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** The roles with at least one duty in the phase, in order of first appearance. */
  public Set<Role> roles(PdcaPhase phase) {
    Set<Role> roles = new LinkedHashSet<>();
    for (Duty d : duties(phase)) {
      roles.add(d.role());
    }
    return java.util.Collections.unmodifiableSet(roles);
  }

  /** The phases in which {@code role} has no duty: gaps a quality officer should look at. */
  public Set<PdcaPhase> phasesWithoutDuty(Role role) {
    requireNonNull(role, "role");
    Set<PdcaPhase> gaps = new LinkedHashSet<>();
    for (PdcaPhase phase : PdcaPhase.values()) {
      if (duties(phase, role).isEmpty()) {
        gaps.add(phase);
      }
    }
    return java.util.Collections.unmodifiableSet(gaps);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ResponsibilityMatrix
        && ((ResponsibilityMatrix) other).duties.equals(duties);
  }

  @Override
  public int hashCode() {
    return duties.hashCode();
  }

  @Override
  public String toString() {
    return "ResponsibilityMatrix{" + duties.size() + " duties}";
  }
}
