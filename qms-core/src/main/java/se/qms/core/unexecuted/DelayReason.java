package se.qms.core.unexecuted;

/**
 * Why a decision has not been executed: the three reasons the reports count (seed 001 Tabell 11
 * and 13), with free text on the decision for details.
 */
public enum DelayReason {
  /** Resursbrist: no place, no staff or no suitable contact person available. */
  RESOURCE_SHORTAGE("Resursbrist", "Resource shortage"),
  /** Tackat nej: the person declined what was offered. */
  DECLINED_OFFER("Tackat nej", "Offer declined"),
  /** Annan orsak: any other reason. */
  OTHER("Annan orsak", "Other reason");

  private final String swedish;
  private final String english;

  DelayReason(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish term as printed. */
  public String swedish() {
    return swedish;
  }

  /** The English term. */
  public String english() {
    return english;
  }
}
