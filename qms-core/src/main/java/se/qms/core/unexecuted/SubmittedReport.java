package se.qms.core.unexecuted;

import java.time.LocalDate;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;

/**
 * The record that a quarter's report on decisions not carried out under one law was submitted to
 * one recipient on a day (SoL 16 kap. 6 f–h §, LSS 28 f–h §).
 *
 * <p>Invariants: the period is a quarter ({@link QmsErrorCode#REPORT_PERIOD_NOT_QUARTER}); it was
 * submitted on or after the quarter's last day ({@link QmsErrorCode#REPORT_BEFORE_QUARTER_END}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SubmittedReport {
  SubmittedReport() {}

  /** The quarter reported on, e.g. 2019-Q3. */
  @Value.Parameter
  public abstract Period quarter();

  /** The law whose decisions are reported. */
  @Value.Parameter
  public abstract Law law();

  /** Who received it. */
  @Value.Parameter
  public abstract Recipient recipient();

  /** The day it was submitted. */
  @Value.Parameter
  public abstract LocalDate submitted();

  /**
   * A submitted report.
   *
   * @param quarter a quarter; not null
   * @param law not null
   * @param recipient not null
   * @param submitted not before the quarter's last day
   */
  public static SubmittedReport of(
      Period quarter, Law law, Recipient recipient, LocalDate submitted) {
    return ImmutableSubmittedReport.of(quarter, law, recipient, submitted);
  }

  @Value.Check
  final void check() {
    Checks.present(quarter(), "quarter");
    if (quarter().kind() != PeriodKind.QUARTER) {
      throw InvalidValueException.violates(
          QmsErrorCode.REPORT_PERIOD_NOT_QUARTER, "quarter", quarter(), "must be a quarter");
    }
    if (submitted().isBefore(quarter().end())) {
      throw InvalidValueException.violates(
          QmsErrorCode.REPORT_BEFORE_QUARTER_END,
          "submitted",
          submitted(),
          "must not be before the quarter's last day " + quarter().end());
    }
  }
}
