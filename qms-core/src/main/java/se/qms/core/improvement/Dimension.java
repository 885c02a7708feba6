package se.qms.core.improvement;

import java.util.Optional;
import se.qms.core.measure.PeriodKind;

/**
 * What the yearly compilation groups cases by (SOSFS 2011:9 5 kap. 6 §).
 *
 * <p>A period dimension places a record by its {@link CaseRecord#period()} when that period lies
 * within one period of the dimension's kind (a month within a tertial, a tertial within a year);
 * otherwise (no period, or a quarter that straddles two tertials) the record counts as unknown.
 */
public enum Dimension {
  /** The organisation, e.g. a municipality. */
  ORGANISATION("Organisation", "Organisation", null),
  /** The unit. */
  UNIT("Enhet", "Unit", null),
  /** A deviation's category. */
  CATEGORY("Kategori", "Category", null),
  /** A complaint's kind. */
  KIND("Ärendetyp", "Kind", null),
  /** A complaint's subject. */
  SUBJECT("Ämne", "Subject", null),
  /** A complaint's source. */
  SOURCE("Avsändare", "Source", null),
  /** The year. */
  YEAR("År", "Year", PeriodKind.YEAR),
  /** The half-year. */
  HALF_YEAR("Halvår", "Half-year", PeriodKind.HALF_YEAR),
  /** The tertial. */
  TERTIAL("Tertial", "Tertial", PeriodKind.TERTIAL),
  /** The quarter. */
  QUARTER("Kvartal", "Quarter", PeriodKind.QUARTER),
  /** The month. */
  MONTH("Månad", "Month", PeriodKind.MONTH);

  /** The label of an unknown value in a tally. */
  public static final String UNKNOWN_LABEL = "Uppgift saknas";

  private final String swedish;
  private final String english;
  private final PeriodKind periodKind;

  Dimension(String swedish, String english, PeriodKind periodKind) {
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

  /** The period dimension of a kind of period. */
  public static Dimension of(PeriodKind kind) {
    for (Dimension d : values()) {
      if (d.periodKind == kind) {
        return d;
      }
    }
    throw new se.qms.core.MissingValueException("kind");
  }
}
