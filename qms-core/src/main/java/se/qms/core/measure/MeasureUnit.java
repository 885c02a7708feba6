package se.qms.core.measure;

/** What an indicator's values count or measure. */
public enum MeasureUnit {
  /** A share in percent, 0–100 (andel). */
  PERCENT("procent", "percent", "%"),
  /** A number of things (antal). */
  COUNT("antal", "count", "st"),
  /** A duration in days (dagar). */
  DAYS("dagar", "days", "dagar"),
  /** An amount of money in Swedish kronor. */
  KRONOR("kronor", "kronor", "kr"),
  /** An index or score on some scale (e.g. SIQ core values 1–5, NKI 0–100). */
  INDEX("index", "index", "");

  private final String swedish;
  private final String english;
  private final String symbol;

  MeasureUnit(String swedish, String english, String symbol) {
    this.swedish = swedish;
    this.english = english;
    this.symbol = symbol;
  }

  /** The Swedish name. */
  public String swedish() {
    return swedish;
  }

  /** The English name. */
  public String english() {
    return english;
  }

  /** The symbol printed after a value in Swedish reports ("%", "dagar"); may be empty. */
  public String symbol() {
    return symbol;
  }
}
