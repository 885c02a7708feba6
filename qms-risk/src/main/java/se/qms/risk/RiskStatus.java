package se.qms.risk;

/** Where a risk stands in its handling, from identification to closure. */
public enum RiskStatus {
  /** Identified (identifierad): named, not yet assessed. Has no assessment. */
  IDENTIFIED("Identifierad", "Identified"),
  /** Assessed (bedömd): rated at least once; no action linked yet, or none needed. */
  ASSESSED("Bedömd", "Assessed"),
  /** Treated (under åtgärd): assessed, and one or more actions (åtgärder) are linked. */
  TREATED("Under åtgärd", "Treated"),
  /** Closed (avslutad): no longer followed — eliminated, or accepted by the responsible manager. */
  CLOSED("Avslutad", "Closed");

  private final String swedish;
  private final String english;

  RiskStatus(String swedish, String english) {
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
