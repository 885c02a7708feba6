package se.qms.core.improvement;

/**
 * Whether the person who complained is content with the answer (seed 002 §5.2: one who is not may
 * ask that the nämnd's complaint delegation handle the complaint).
 */
public enum Satisfaction {
  /** Nöjd. */
  SATISFIED("Nöjd", "Satisfied"),
  /** Delvis nöjd. */
  PARTLY_SATISFIED("Delvis nöjd", "Partly satisfied"),
  /** Inte nöjd. */
  NOT_SATISFIED("Inte nöjd", "Not satisfied");

  private final String swedish;
  private final String english;

  Satisfaction(String swedish, String english) {
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
