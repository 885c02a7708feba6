package se.qms.core.unexecuted;

/** What a waiting period waits for (SoL 16 kap. 6 f § first and second paragraph). */
public enum WaitingKind {
  /** The first execution, counted from the day of the decision. */
  EXECUTION("Ej verkställt", "Not executed"),
  /** Resumption after an interruption, counted from the day of the interruption. */
  RESUMPTION("Avbrott i verkställigheten", "Interrupted");

  private final String swedish;
  private final String english;

  WaitingKind(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish term. */
  public String swedish() {
    return swedish;
  }

  /** The English term. */
  public String english() {
    return english;
  }
}
