package se.qms.core.organisation;

/**
 * The level of an organisational unit, from the political committee down to a team.
 *
 * <p>Declared from the top down: a unit may only sit below a unit of an earlier (higher) kind;
 * levels may be skipped (an enhet directly under a förvaltning).
 */
public enum UnitKind {
  /** The political committee responsible for the services (e.g. socialnämnden). */
  NAMND("Nämnd", "Committee"),
  /** The administration serving a committee (e.g. socialförvaltningen). */
  FORVALTNING("Förvaltning", "Administration"),
  /** A department of an administration. */
  AVDELNING("Avdelning", "Department"),
  /** An operational unit led by an enhetschef. */
  ENHET("Enhet", "Unit"),
  /** A team within a unit. */
  GRUPP("Grupp", "Team");

  private final String swedish;
  private final String english;

  UnitKind(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish name, e.g. "Förvaltning". */
  public String swedish() {
    return swedish;
  }

  /** The English name, e.g. "Administration". */
  public String english() {
    return english;
  }

  /** Whether a unit of this kind may have a child of kind {@code child}. */
  public boolean mayContain(UnitKind child) {
    return child.ordinal() > ordinal();
  }
}
