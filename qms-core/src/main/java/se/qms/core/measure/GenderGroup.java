package se.qms.core.measure;

/** The groups Kolada splits values by: total, women, men (T, K, M). */
public enum GenderGroup {
  /** All persons (Kolada "T"). */
  TOTAL("T", "Totalt", "Total"),
  /** Women (Kolada "K"). */
  WOMEN("K", "Kvinnor", "Women"),
  /** Men (Kolada "M"). */
  MEN("M", "Män", "Men");

  private final String koladaCode;
  private final String swedish;
  private final String english;

  GenderGroup(String koladaCode, String swedish, String english) {
    this.koladaCode = koladaCode;
    this.swedish = swedish;
    this.english = english;
  }

  /** Kolada's code: "T", "K" or "M". */
  public String koladaCode() {
    return koladaCode;
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
