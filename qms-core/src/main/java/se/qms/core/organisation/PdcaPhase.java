package se.qms.core.organisation;

/**
 * The four phases of the management system's improvement cycle (seed 002 §4–7), in order.
 */
public enum PdcaPhase {
  /** Plan: goals, requirements, risks and the work to be done (planeringsfasen). */
  PLANERING("Planering", "Plan"),
  /** Do: working by the processes and routines (genomförandefasen). */
  GENOMFORANDE("Genomförande", "Do"),
  /** Check: egenkontroll, internal control and evaluation (utvärderingsfasen). */
  UTVARDERING("Utvärdering", "Check"),
  /** Act: continuous improvement (ständiga förbättringar). */
  STANDIGA_FORBATTRINGAR("Ständiga förbättringar", "Act");

  private final String swedish;
  private final String english;

  PdcaPhase(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish name, e.g. "Utvärdering". */
  public String swedish() {
    return swedish;
  }

  /** The English name, e.g. "Check". */
  public String english() {
    return english;
  }
}
