package se.qms.core.unexecuted;

/** The gender of the person a decision concerns, as the reports split it (seed 001 Tabell 11–14). */
public enum Gender {
  /** Kvinna. */
  WOMAN("Kvinna", "Kvinnor", "Woman"),
  /** Man. */
  MAN("Man", "Män", "Man");

  private final String swedish;
  private final String swedishPlural;
  private final String english;

  Gender(String swedish, String swedishPlural, String english) {
    this.swedish = swedish;
    this.swedishPlural = swedishPlural;
    this.english = english;
  }

  /** The Swedish word, e.g. "Kvinna". */
  public String swedish() {
    return swedish;
  }

  /** The Swedish plural as a column heading, e.g. "Kvinnor". */
  public String swedishPlural() {
    return swedishPlural;
  }

  /** The English word. */
  public String english() {
    return english;
  }
}
