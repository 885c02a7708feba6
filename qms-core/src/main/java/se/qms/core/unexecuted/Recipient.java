package se.qms.core.unexecuted;

/** Who receives the quarterly report (seed 004 §6.4.5; SoL 16 kap. 6 f–h §, LSS 28 f–h §). */
public enum Recipient {
  /** Inspektionen för vård och omsorg. */
  IVO("IVO", "the Health and Social Care Inspectorate (IVO)"),
  /** Kommunens revisorer. */
  AUDITORS("kommunens revisorer", "the municipal auditors"),
  /** Kommunfullmäktige. */
  COUNCIL("kommunfullmäktige", "the municipal council");

  private final String swedish;
  private final String english;

  Recipient(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The recipient in Swedish. */
  public String swedish() {
    return swedish;
  }

  /** The recipient in English. */
  public String english() {
    return english;
  }
}
