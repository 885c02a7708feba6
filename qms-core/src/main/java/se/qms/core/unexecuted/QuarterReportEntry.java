package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One decision in a quarter's report on decisions not carried out, with the fields the report to
 * IVO needs: the kind of insats and law, the person's gender, the day of the decision (or of the
 * interruption), the offers made and declined, the reason for the delay, and whether and when the
 * decision was executed, resumed or ended during the quarter (SoL 16 kap. 6 f §, LSS 28 f §).
 *
 * <p>Invariants: a closing day lies in the quarter and comes with the command that closed the
 * wait. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class QuarterReportEntry {
  QuarterReportEntry() {}

  /** The decision's id. */
  public abstract String decisionId();

  /** The kind of insats. */
  public abstract Insats insats();

  /** The law. */
  public Law law() {
    return insats().law();
  }

  /** The person's gender. */
  public abstract Gender gender();

  /** The day of the decision. */
  public abstract LocalDate decided();

  /** Whether the decision awaits its first execution or resumption after an interruption. */
  public abstract WaitingKind kind();

  /** The day the wait began: the decision's or the interruption's. */
  public abstract LocalDate waitingSince();

  /** The first day the decision was reportable in this wait. */
  public abstract LocalDate reportableFrom();

  /** Whether it became reportable during the quarter (and so was not in an earlier report). */
  public abstract boolean newlyReportable();

  /** The offers made in this wait up to the quarter's end. */
  public abstract List<LocalDate> offers();

  /** The offers declined in this wait up to the quarter's end. */
  public abstract List<LocalDate> declines();

  /** The reason for the delay, if given. */
  public abstract Optional<DelayReason> delayReason();

  /** The reason in words, if given. */
  public abstract Optional<String> delayReasonText();

  /** The day in the quarter the wait ended, if it did. */
  public abstract Optional<LocalDate> closedOn();

  /** What ended the wait in the quarter: EXECUTE, RESUME or END. */
  public abstract Optional<ExecutionCommandType> closedBy();

  /** Complete months waited up to the closing day or else the quarter's last day. */
  public abstract long monthsWaited();

  /** Whether the decision still waited at the quarter's end. */
  public boolean openAtQuarterEnd() {
    return closedOn().isEmpty();
  }

  static ImmutableQuarterReportEntry.Builder builder() {
    return ImmutableQuarterReportEntry.builder();
  }
}
