package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.PersonRef;

/**
 * One entry of a case's history: a command that was carried out, named in the past tense, with the
 * status before and after, the day, and optionally who did it and a note.
 *
 * <p>Histories are append-only: a transition returns a new case whose history is the old one plus
 * one event. Invariants: the note, when present, is non-blank (at most 2 000 characters) and holds
 * nothing shaped like a personal identity number. Immutable and thread-safe.
 *
 * @param <S> the status type, e.g. {@link ComplaintStatus}
 * @param <C> the command type, e.g. {@link ComplaintCommandType}
 */
public final class CaseEvent<S extends Enum<S>, C extends Enum<C> & CaseCommandType> {
  private final C command;
  private final S from;
  private final S to;
  private final LocalDate date;
  private final PersonRef actor;
  private final String note;

  private CaseEvent(C command, S from, S to, LocalDate date, PersonRef actor, String note) {
    this.command = Checks.present(command, "command");
    this.from = Checks.present(from, "from");
    this.to = Checks.present(to, "to");
    this.date = Checks.present(date, "date");
    this.actor = actor;
    if (note != null) {
      Checks.noPersonalIdentityNumber(Checks.text(note, 2_000, "note"), "note");
    }
    this.note = note;
  }

  /**
   * An event without actor or note. Whether {@code from → to} is allowed for {@code command} is
   * checked by the case that holds the history.
   *
   * @param command not null
   * @param from the status before; not null
   * @param to the status after; not null
   * @param date the day it happened; not null
   */
  public static <S extends Enum<S>, C extends Enum<C> & CaseCommandType> CaseEvent<S, C> of(
      C command, S from, S to, LocalDate date) {
    return new CaseEvent<>(command, from, to, date, null, null);
  }

  /**
   * An event.
   *
   * @param actor who carried the command out; not null, may be empty
   * @param note a remark; not null, may be empty
   */
  public static <S extends Enum<S>, C extends Enum<C> & CaseCommandType> CaseEvent<S, C> of(
      C command, S from, S to, LocalDate date, Optional<PersonRef> actor, Optional<String> note) {
    return new CaseEvent<>(
        command,
        from,
        to,
        date,
        Checks.present(actor, "actor").orElse(null),
        Checks.present(note, "note").orElse(null));
  }

  /** The command that was carried out. */
  public C command() {
    return command;
  }

  /** The event's English name in the past tense, e.g. "Answered". */
  public String name() {
    return command.eventName();
  }

  /** The event's Swedish name, e.g. "Besvarad". */
  public String swedishName() {
    return command.swedishEventName();
  }

  /** The status before. */
  public S from() {
    return from;
  }

  /** The status after. */
  public S to() {
    return to;
  }

  /** The day. */
  public LocalDate date() {
    return date;
  }

  /** Who carried the command out, if recorded. */
  public Optional<PersonRef> actor() {
    return Optional.ofNullable(actor);
  }

  /** A remark, if any. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CaseEvent)) {
      return false;
    }
    CaseEvent<?, ?> o = (CaseEvent<?, ?>) other;
    return command == o.command
        && from == o.from
        && to == o.to
        && date.equals(o.date)
        && Objects.equals(actor, o.actor)
        && Objects.equals(note, o.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(command, from, to, date, actor, note);
  }

  @Override
  public String toString() {
    return date + " " + name() + " (" + from + " → " + to + ")";
  }
}
