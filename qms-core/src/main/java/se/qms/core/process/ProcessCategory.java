package se.qms.core.process;

/** The three categories of processes in a management system (seed 000 §2, seed 002 §5.1). */
public enum ProcessCategory {
  /** Ledningsprocesser: steering and developing the business. */
  LEDNING("Ledningsprocesser", "Management processes"),
  /**
   * Huvudprocesser, also called kärnprocesser: the processes that create value for the client.
   */
  HUVUD("Huvudprocesser", "Core processes"),
  /** Stödprocesser: supporting the other processes. */
  STOD("Stödprocesser", "Support processes");

  private final String swedish;
  private final String english;

  ProcessCategory(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish name, e.g. "Huvudprocesser". */
  public String swedish() {
    return swedish;
  }

  /** The English name, e.g. "Core processes". */
  public String english() {
    return english;
  }
}
