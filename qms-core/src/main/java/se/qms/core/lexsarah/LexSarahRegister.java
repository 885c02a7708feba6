package se.qms.core.lexsarah;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.QualitySystemPart;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.UnitKind;

/**
 * The lex Sarah cases of one organisation, as a part of its quality system ({@code
 * system.part(LexSarahRegister.class)}).
 *
 * <p>A part rather than a field of {@link se.qms.core.compliance.QualitySystem}: timeliness
 * findings are {@link se.qms.core.compliance.Finding}s of the compliance package, which therefore
 * cannot know this package without a cycle. Invariant: case ids are unique ({@link
 * QmsErrorCode#DUPLICATE_ID}); cases keep the order given. Whether their committees and units exist
 * in an organisation is checked by {@link #checkReferences(Organisation)} (the JSON reader reports
 * each at its pointer). Immutable and thread-safe.
 */
public final class LexSarahRegister implements QualitySystemPart {
  private static final LexSarahRegister EMPTY = new LexSarahRegister(List.of());

  private final List<LexSarahCase> cases;

  private LexSarahRegister(List<LexSarahCase> cases) {
    this.cases = cases;
  }

  /** A register without cases. */
  public static LexSarahRegister empty() {
    return EMPTY;
  }

  /**
   * A register of these cases.
   *
   * @param cases with unique ids; not null, no null elements
   */
  public static LexSarahRegister of(List<LexSarahCase> cases) {
    Checks.present(cases, "cases");
    for (int i = 0; i < cases.size(); i++) {
      Checks.present(cases.get(i), "cases[" + i + "]");
    }
    List<LexSarahCase> copy = List.copyOf(cases);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      if (!ids.add(copy.get(i).id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "cases[" + i + "].id", copy.get(i).id(), "must be unique");
      }
    }
    return new LexSarahRegister(copy);
  }

  /** The cases, in the order given. */
  public List<LexSarahCase> cases() {
    return cases;
  }

  /** The case with this id. */
  public Optional<LexSarahCase> find(String id) {
    Checks.present(id, "id");
    return cases.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Checks that every case's committee is a nämnd of {@code organisation} and its unit, when given,
   * a unit of it.
   *
   * @param organisation not null
   * @return this register
   * @throws InvalidValueException with {@link QmsErrorCode#DANGLING_REFERENCE} for an unknown
   *     committee or unit, {@link QmsErrorCode#LEX_SARAH_COMMITTEE_NOT_A_NAMND} for a committee of
   *     another kind
   */
  public LexSarahRegister checkReferences(Organisation organisation) {
    Checks.present(organisation, "organisation");
    for (int i = 0; i < cases.size(); i++) {
      LexSarahCase c = cases.get(i);
      Optional<OrganisationUnit> committee = organisation.unit(c.committeeId());
      if (committee.isEmpty()) {
        throw InvalidValueException.violates(
            QmsErrorCode.DANGLING_REFERENCE,
            "cases[" + i + "].committeeId",
            c.committeeId(),
            "must name a unit of the organisation");
      }
      if (committee.get().kind() != UnitKind.NAMND) {
        throw InvalidValueException.violates(
            QmsErrorCode.LEX_SARAH_COMMITTEE_NOT_A_NAMND,
            "cases[" + i + "].committeeId",
            c.committeeId(),
            "must name a nämnd, not a unit of kind " + committee.get().kind());
      }
      if (c.unitId().isPresent() && organisation.unit(c.unitId().get()).isEmpty()) {
        throw InvalidValueException.violates(
            QmsErrorCode.DANGLING_REFERENCE,
            "cases[" + i + "].unitId",
            c.unitId().get(),
            "must name a unit of the organisation");
      }
    }
    return this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LexSarahRegister && ((LexSarahRegister) other).cases.equals(cases);
  }

  @Override
  public int hashCode() {
    return cases.hashCode();
  }

  @Override
  public String toString() {
    return "LexSarahRegister{" + cases.size() + " cases}";
  }
}
