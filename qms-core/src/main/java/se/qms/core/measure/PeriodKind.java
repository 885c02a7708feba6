package se.qms.core.measure;

/** The lengths of reporting periods, each a whole number of months that divides a year. */
public enum PeriodKind {
  /** A calendar year. */
  YEAR(12, "år", "year"),
  /** A half-year: H1 January–June, H2 July–December. */
  HALF_YEAR(6, "halvår", "half-year"),
  /** A tertial: T1 January–April, T2 May–August, T3 September–December. */
  TERTIAL(4, "tertial", "tertial"),
  /** A quarter: Q1 January–March … Q4 October–December. */
  QUARTER(3, "kvartal", "quarter"),
  /** A calendar month. */
  MONTH(1, "månad", "month");

  private final int months;
  private final String swedish;
  private final String english;

  PeriodKind(int months, String swedish, String english) {
    this.months = months;
    this.swedish = swedish;
    this.english = english;
  }

  /** The number of months in one period. */
  public int months() {
    return months;
  }

  /** How many periods of this kind a year has. */
  public int perYear() {
    return 12 / months;
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
