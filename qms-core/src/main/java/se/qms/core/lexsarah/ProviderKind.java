package se.qms.core.lexsarah;

/**
 * Who runs the activity a lex Sarah report concerns: the municipality itself (egen regi) or a
 * private provider (enskild verksamhet). Seed 000 §4.3.2.1 prints a report concerning an enskild
 * verksamhet in a column of its own, outside the förvaltning's total of 108.
 */
public enum ProviderKind {
  /** Egen regi: the municipality's own activity. */
  MUNICIPAL("Egen regi", "Municipal"),
  /** Enskild verksamhet: a private provider. */
  PRIVATE("Enskild verksamhet", "Private provider");

  private final String swedish;
  private final String english;

  ProviderKind(String swedish, String english) {
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
