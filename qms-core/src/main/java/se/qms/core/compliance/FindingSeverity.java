package se.qms.core.compliance;

/** How serious a finding is, from the most to the least serious. */
public enum FindingSeverity {
  /** A requirement of law, regulation or the municipality's policy is not met. */
  ERROR("Fel", "Error"),
  /** Something is about to go wrong or is weaker than the policy asks for. */
  WARNING("Varning", "Warning"),
  /** Worth knowing; nothing is wrong. */
  INFO("Information", "Information");

  private final String swedish;
  private final String english;

  FindingSeverity(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish name. */
  public String swedish() {
    return swedish;
  }

  /** The English name. */
  public String english() {
    return english;
  }
}
