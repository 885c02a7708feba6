package se.qms.core.lexsarah;

/**
 * Where a report found not to be a missförhållande is referred instead (seed 000 §4.3.2.1: "till
 * exempel som en synpunkt eller ett klagomål").
 */
public enum LexSarahReferral {
  /** To the complaint process (klagomål och synpunkter, SOSFS 2011:9 5 kap. 3 §). */
  COMPLAINT("Klagomål eller synpunkt", "Complaint or comment"),
  /** To the deviation process (avvikelse). */
  DEVIATION("Avvikelse", "Deviation"),
  /** Elsewhere. */
  OTHER("Annan väg", "Other");

  private final String swedish;
  private final String english;

  LexSarahReferral(String swedish, String english) {
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
