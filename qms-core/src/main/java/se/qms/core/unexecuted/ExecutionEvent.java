package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * One entry of a decision's execution history: a command carried out, named in the past tense,
 * with the status before and after, the day and optionally a note.
 *
 * <p>Histories are append-only: a transition returns a new decision whose history is the old one
 * plus one event. Invariants: the note, when present, is non-blank (at most 2 000 characters) and
 * holds nothing shaped like a personal identity number. Whether {@code from → to} is allowed is
 * checked by the decision holding the history. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExecutionEvent {
  ExecutionEvent() {}

  /** The command carried out. */
  @Value.Parameter
  public abstract ExecutionCommandType command();

  /** The status before. */
  @Value.Parameter
  public abstract ExecutionStatus from();

  /** The status after. */
  @Value.Parameter
  public abstract ExecutionStatus to();

  /** The day. */
  @Value.Parameter
  public abstract LocalDate date();

  /** A remark, if any. */
  public abstract Optional<String> note();

  /** Copy with a note. */
  public abstract ExecutionEvent withNote(String note);

  /**
   * An event without a note.
   *
   * @param command not null
   * @param from not null
   * @param to not null
   * @param date not null
   */
  public static ExecutionEvent of(
      ExecutionCommandType command, ExecutionStatus from, ExecutionStatus to, LocalDate date) {
    return ImmutableExecutionEvent.of(command, from, to, date);
  }

  /** The event's English name in the past tense, e.g. "Executed". */
  public String name() {
    return command().eventName();
  }

  /** The event's Swedish name, e.g. "Verkställt". */
  public String swedishName() {
    return command().swedishEventName();
  }

  @Value.Check
  final void check() {
    note().ifPresent(n -> Checks.noPersonalIdentityNumber(Checks.text(n, 2_000, "note"), "note"));
  }

  @Override
  public String toString() {
    return date() + " " + name() + " (" + from() + " → " + to() + ")";
  }
}
