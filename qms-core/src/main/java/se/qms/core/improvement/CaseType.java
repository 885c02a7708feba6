package se.qms.core.improvement;

/** The kinds of case the yearly compilation of SOSFS 2011:9 5 kap. 6 § counts. */
public enum CaseType {
  /** An avvikelse (deviation). */
  DEVIATION("Avvikelse", "Deviation"),
  /** A klagomål or synpunkt (complaint or comment, of any {@link ComplaintKind}). */
  COMPLAINT("Klagomål och synpunkter", "Complaint or comment");

  private final String swedish;
  private final String english;

  CaseType(String swedish, String english) {
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
