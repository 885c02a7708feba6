package se.qms.core.improvement;

/** What kind of pattern the compilation found (SOSFS 2011:9 5 kap. 6 §: mönster och trender). */
public enum PatternKind {
  /** The count rose in each of several consecutive periods. */
  RISING("Ökar flera perioder i följd", "Rising over consecutive periods"),
  /** The share of all cases in a period exceeded the configured threshold. */
  SHARE_ABOVE_THRESHOLD("Andel över tröskelvärdet", "Share above the threshold");

  private final String swedish;
  private final String english;

  PatternKind(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish description. */
  public String swedish() {
    return swedish;
  }

  /** The English description. */
  public String english() {
    return english;
  }
}
