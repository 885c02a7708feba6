package se.qms.core.deadline;

import java.time.LocalDate;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;

/**
 * The reporting periods a date falls in: its month, quarter (ej verkställda beslut are reported to
 * IVO per quarter, SoL 16 kap. 6 f §), tertial (the follow-ups of April, August and December, seed
 * 004 §11), half-year and year.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportingPeriods {
  private final LocalDate date;

  private ReportingPeriods(LocalDate date) {
    this.date = date;
  }

  /**
   * The periods of a date.
   *
   * @param date not null, in the years {@link Period} covers
   */
  public static ReportingPeriods of(LocalDate date) {
    return new ReportingPeriods(Checks.present(date, "date"));
  }

  /** The date. */
  public LocalDate date() {
    return date;
  }

  /** The period of {@code kind} containing the date. */
  public Period period(PeriodKind kind) {
    return Period.containing(kind, date);
  }

  /** The month, e.g. {@code 2019-05}. */
  public Period month() {
    return period(PeriodKind.MONTH);
  }

  /** The quarter, e.g. {@code 2019-Q2}. */
  public Period quarter() {
    return period(PeriodKind.QUARTER);
  }

  /** The tertial, e.g. {@code 2019-T2}. */
  public Period tertial() {
    return period(PeriodKind.TERTIAL);
  }

  /** The half-year, e.g. {@code 2019-H1}. */
  public Period halfYear() {
    return period(PeriodKind.HALF_YEAR);
  }

  /** The year. */
  public Period year() {
    return period(PeriodKind.YEAR);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportingPeriods && ((ReportingPeriods) other).date.equals(date);
  }

  @Override
  public int hashCode() {
    return date.hashCode();
  }

  @Override
  public String toString() {
    return "ReportingPeriods{" + date + ": " + quarter() + ", " + tertial() + "}";
  }
}
