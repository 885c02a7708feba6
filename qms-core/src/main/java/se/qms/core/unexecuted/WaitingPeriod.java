package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * A time in which a decision waits: for its first execution from the day of the decision, or for
 * resumption from the day of an interruption, until the day it is executed, resumed or ends
 * (exclusive), or open.
 *
 * <p>Derived from a decision's history by {@link FavourableDecision#waitingPeriods()}. Invariants:
 * a closed period names the command that closed it and is not closed before it started ({@link
 * QmsErrorCode#DATES_OUT_OF_ORDER}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WaitingPeriod {
  WaitingPeriod() {}

  /** What the decision waits for. */
  public abstract WaitingKind kind();

  /** The day counting starts: the decision's or the interruption's. */
  public abstract LocalDate start();

  /** The day the wait ended, if it has: the decision was executed, resumed or ended that day. */
  public abstract Optional<LocalDate> closedOn();

  /** The command that ended the wait: EXECUTE, RESUME or END. */
  public abstract Optional<ExecutionCommandType> closedBy();

  static WaitingPeriod open(WaitingKind kind, LocalDate start) {
    return ImmutableWaitingPeriod.builder().kind(kind).start(start).build();
  }

  WaitingPeriod close(LocalDate day, ExecutionCommandType command) {
    return ImmutableWaitingPeriod.builder()
        .kind(kind())
        .start(start())
        .closedOn(day)
        .closedBy(command)
        .build();
  }

  /** Whether the decision still waited on {@code day}: started on or before it and not closed. */
  public boolean waitsOn(LocalDate day) {
    return !day.isBefore(start()) && closedOn().map(day::isBefore).orElse(true);
  }

  /**
   * The complete calendar months from the start to {@code day}, or to the day the wait ended if
   * that is earlier: the largest {@code m} with {@code start.plusMonths(m)} on or before that day
   * (month ends clamp as in {@link se.qms.core.deadline.Elapsed#months()}); 0 before the start.
   */
  public long monthsWaitedOn(LocalDate day) {
    LocalDate to = closedOn().filter(c -> c.isBefore(day)).orElse(day);
    return Months.between(start(), to);
  }

  @Value.Check
  final void check() {
    if (closedOn().isPresent() != closedBy().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "closedBy",
          closedBy().map(Enum::name).orElse("absent"),
          "must be present exactly when closedOn is");
    }
    closedOn()
        .filter(c -> c.isBefore(start()))
        .ifPresent(
            c -> {
              throw InvalidValueException.violates(
                  QmsErrorCode.DATES_OUT_OF_ORDER, "closedOn", c, "must not be before " + start());
            });
  }
}
