package se.qms.core.compliance;

/** What became of one rule in an evaluation. */
public enum RuleStatus {
  /** The rule ran and found nothing. */
  PASSED("Godkänd", "Passed"),
  /** The rule ran and found something. */
  FAILED("Brister", "Failed"),
  /** The system has nothing the rule checks (e.g. no complaints at all). */
  NOT_APPLICABLE("Ej tillämplig", "Not applicable"),
  /** The rule did not run: switched off, or an incremental evaluation of an object it does not check. */
  NOT_EVALUATED("Ej utvärderad", "Not evaluated");

  private final String swedish;
  private final String english;

  RuleStatus(String swedish, String english) {
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
