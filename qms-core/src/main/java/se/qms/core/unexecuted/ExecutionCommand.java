package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * A command to a {@link FavourableDecision}'s execution: what happens, on which day, optionally
 * with a note.
 *
 * <p>Invariants: the note, when present, is non-blank, at most 2 000 characters and holds nothing
 * shaped like a personal identity number. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExecutionCommand {
  ExecutionCommand() {}

  /** What happens. */
  @Value.Parameter
  public abstract ExecutionCommandType type();

  /** The day it happens. */
  @Value.Parameter
  public abstract LocalDate date();

  /** A remark for the history. */
  public abstract Optional<String> note();

  /** Copy with a note. */
  public abstract ExecutionCommand withNote(String note);

  /**
   * A command without note.
   *
   * @param type not null
   * @param date not null
   */
  public static ExecutionCommand of(ExecutionCommandType type, LocalDate date) {
    return ImmutableExecutionCommand.of(type, date);
  }

  /** An offer is made. */
  public static ExecutionCommand offer(LocalDate date) {
    return of(ExecutionCommandType.OFFER, date);
  }

  /** The offer is declined. */
  public static ExecutionCommand decline(LocalDate date) {
    return of(ExecutionCommandType.DECLINE, date);
  }

  /** The decision is executed. */
  public static ExecutionCommand execute(LocalDate date) {
    return of(ExecutionCommandType.EXECUTE, date);
  }

  /** The execution is interrupted. */
  public static ExecutionCommand interrupt(LocalDate date) {
    return of(ExecutionCommandType.INTERRUPT, date);
  }

  /** The execution is resumed. */
  public static ExecutionCommand resume(LocalDate date) {
    return of(ExecutionCommandType.RESUME, date);
  }

  /** The decision ends. */
  public static ExecutionCommand end(LocalDate date) {
    return of(ExecutionCommandType.END, date);
  }

  @Value.Check
  final void check() {
    note().ifPresent(n -> Checks.noPersonalIdentityNumber(Checks.text(n, 2_000, "note"), "note"));
  }
}
