package se.qms.core.lexsarah;

import java.util.Optional;
import se.qms.core.measure.PeriodKind;

/**
 * What the yearly compilation of lex Sarah reports groups them by (SOSFS 2011:9 5 kap. 6 §; seed
 * 000 §4.3.2.1 prints reports per year and nämnd, per tertial and unit, and categories per nämnd).
 * A period dimension places a report by the day it was reported.
 */
public enum LexSarahDimension {
  /** The year of reporting. */
  YEAR("År", "Year", PeriodKind.YEAR),
  /** The half-year of reporting. */
  HALF_YEAR("Halvår", "Half-year", PeriodKind.HALF_YEAR),
  /** The tertial of reporting (T1 January–April, T2 May–August, T3 September–December). */
  TERTIAL("Tertial", "Tertial", PeriodKind.TERTIAL),
  /** The quarter of reporting. */
  QUARTER("Kvartal", "Quarter", PeriodKind.QUARTER),
  /** The month of reporting. */
  MONTH("Månad", "Month", PeriodKind.MONTH),
  /** The nämnd (committee) responsible. */
  COMMITTEE("Nämnd", "Committee", null),
  /** The unit concerned. */
  UNIT("Enhet", "Unit", null),
  /** Egen regi or enskild verksamhet. */
  PROVIDER("Regi", "Provider", null),
  /** The category; a report counts once in each of its categories. */
  CATEGORY("Kategori", "Category", null),
  /** The latest assessment. */
  ASSESSMENT("Bedömning", "Assessment", null);

  private final String swedish;
  private final String english;
  private final PeriodKind periodKind;

  LexSarahDimension(String swedish, String english, PeriodKind periodKind) {
    this.swedish = swedish;
    this.english = english;
    this.periodKind = periodKind;
  }

  /** The Swedish column heading. */
  public String swedish() {
    return swedish;
  }

  /** The English column heading. */
  public String english() {
    return english;
  }

  /** For a period dimension, its kind of period. */
  public Optional<PeriodKind> periodKind() {
    return Optional.ofNullable(periodKind);
  }
}
