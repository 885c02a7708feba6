package se.qms.core.improvement;

/** The result of evaluating an action's effect (SOSFS 2011:9 5 kap. 7 §). */
public enum Effect {
  /** The intended effect was achieved. */
  ACHIEVED("Avsedd effekt uppnådd", "Achieved"),
  /** The intended effect was partly achieved. */
  PARTLY_ACHIEVED("Delvis uppnådd", "Partly achieved"),
  /** The intended effect was not achieved. */
  NOT_ACHIEVED("Ej uppnådd", "Not achieved");

  private final String swedish;
  private final String english;

  Effect(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish term, as reports print it. */
  public String swedish() {
    return swedish;
  }

  /** The English term. */
  public String english() {
    return english;
  }
}
