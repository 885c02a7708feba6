package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.organisation.PersonRef;

/**
 * A command to an {@link ImprovementAction}: what to do, on which day, optionally by whom and with
 * a note, and the data its type needs.
 *
 * <p>Invariants: {@link ActionCommandType#RESCHEDULE} carries the new due date and {@link
 * ActionCommandType#EVALUATE} the evaluation, whose date is the command's date; no other type
 * carries either ({@link se.qms.core.QmsErrorCode#COMMAND_INCOMPLETE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActionCommand {
  ActionCommand() {}

  /** What to do. */
  public abstract ActionCommandType type();

  /** The day it is done. */
  public abstract LocalDate date();

  /** Who does it. */
  public abstract Optional<PersonRef> actor();

  /** A remark for the history. */
  public abstract Optional<String> note();

  /** With RESCHEDULE: the new due date. */
  public abstract Optional<LocalDate> newDueDate();

  /** With EVALUATE: the evaluation of the effect. */
  public abstract Optional<EffectEvaluation> evaluation();

  /** Copy with an actor. */
  public abstract ActionCommand withActor(PersonRef actor);

  /** Copy with a note. */
  public abstract ActionCommand withNote(String note);

  /** Start the work. */
  public static ActionCommand start(LocalDate date) {
    return of(ActionCommandType.START, date);
  }

  /** Report the action carried out. */
  public static ActionCommand complete(LocalDate date) {
    return of(ActionCommandType.COMPLETE, date);
  }

  /** Stop the action. */
  public static ActionCommand cancel(LocalDate date) {
    return of(ActionCommandType.CANCEL, date);
  }

  /** Take the action up again. */
  public static ActionCommand reopen(LocalDate date) {
    return of(ActionCommandType.REOPEN, date);
  }

  /** Set a new due date. */
  public static ActionCommand reschedule(LocalDate date, LocalDate newDueDate) {
    return builder().type(ActionCommandType.RESCHEDULE).date(date).newDueDate(newDueDate).build();
  }

  /** Record the evaluation of the effect, on the evaluation's date. */
  public static ActionCommand evaluate(EffectEvaluation evaluation) {
    return builder()
        .type(ActionCommandType.EVALUATE)
        .date(evaluation.date())
        .evaluation(evaluation)
        .build();
  }

  /** A command without payload. */
  public static ActionCommand of(ActionCommandType type, LocalDate date) {
    return builder().type(type).date(date).build();
  }

  /** A strict builder; type and date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds action commands. */
  public static final class Builder extends ImmutableActionCommand.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    CommandChecks.note(note());
    CommandChecks.payload(
        newDueDate(), type() == ActionCommandType.RESCHEDULE, "newDueDate", type());
    CommandChecks.payload(evaluation(), type() == ActionCommandType.EVALUATE, "evaluation", type());
    evaluation()
        .filter(e -> !e.date().equals(date()))
        .ifPresent(
            e -> {
              throw se.qms.core.InvalidValueException.violates(
                  se.qms.core.QmsErrorCode.INCONSISTENT_VALUE,
                  "evaluation.date",
                  e.date(),
                  "must be the command's date " + date());
            });
  }
}
