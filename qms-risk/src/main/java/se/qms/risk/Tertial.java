package se.qms.risk;

import java.time.LocalDate;
import java.time.YearMonth;
import se.qms.risk.internal.Require;

/**
 * A third of a year (tertial), the period in which municipal internal control and goals are
 * followed up: T1 January–April, T2 May–August, T3 September–December (seed 000 §4.3.2.1, seed
 * 004 §6.7 and §11).
 */
public enum Tertial {
  /** January–April (tertial 1). */
  T1(1, "januari–april", "January–April"),
  /** May–August (tertial 2). */
  T2(5, "maj–augusti", "May–August"),
  /** September–December (tertial 3). */
  T3(9, "september–december", "September–December");

  private final int firstMonth;
  private final String monthsSv;
  private final String monthsEn;

  Tertial(int firstMonth, String monthsSv, String monthsEn) {
    this.firstMonth = firstMonth;
    this.monthsSv = monthsSv;
    this.monthsEn = monthsEn;
  }

  /** The tertial a day lies in. */
  public static Tertial of(LocalDate date) {
    return values()[(Require.present(date, "date").getMonthValue() - 1) / 4];
  }

  /** The first day of the tertial in a year, e.g. 1 May for T2. */
  public LocalDate firstDay(int year) {
    return LocalDate.of(year, firstMonth, 1);
  }

  /** The last day of the tertial in a year, e.g. 31 August for T2. */
  public LocalDate lastDay(int year) {
    return YearMonth.of(year, firstMonth + 3).atEndOfMonth();
  }

  /** The months in Swedish, e.g. "maj–augusti". */
  public String monthsSv() {
    return monthsSv;
  }

  /** The months in English, e.g. "May–August". */
  public String monthsEn() {
    return monthsEn;
  }
}
