package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.organisation.PersonRef;

/**
 * A command to a {@link Complaint}: what to do, on which day, optionally by whom and with a note.
 *
 * <p>Invariants: a satisfaction only with {@link ComplaintCommandType#CLOSE}; a note, when present,
 * is non-blank (at most 2 000 characters) without personal identity numbers. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class ComplaintCommand {
  ComplaintCommand() {}

  /** What to do. */
  public abstract ComplaintCommandType type();

  /** The day it is done. */
  public abstract LocalDate date();

  /** Who does it. */
  public abstract Optional<PersonRef> actor();

  /** A remark for the history. */
  public abstract Optional<String> note();

  /** With {@link ComplaintCommandType#CLOSE}: whether the sender is content with the answer. */
  public abstract Optional<Satisfaction> satisfaction();

  /** Copy with an actor. */
  public abstract ComplaintCommand withActor(PersonRef actor);

  /** Copy with a note. */
  public abstract ComplaintCommand withNote(String note);

  /** Confirm receipt and start handling. */
  public static ComplaintCommand acknowledge(LocalDate date) {
    return of(ComplaintCommandType.ACKNOWLEDGE, date);
  }

  /** Start handling without a confirmation. */
  public static ComplaintCommand startHandling(LocalDate date) {
    return of(ComplaintCommandType.START_HANDLING, date);
  }

  /** Answer the sender. */
  public static ComplaintCommand answer(LocalDate date) {
    return of(ComplaintCommandType.ANSWER, date);
  }

  /** Close the case. */
  public static ComplaintCommand close(LocalDate date) {
    return of(ComplaintCommandType.CLOSE, date);
  }

  /** Close the case, recording whether the sender is content. */
  public static ComplaintCommand close(LocalDate date, Satisfaction satisfaction) {
    return builder().type(ComplaintCommandType.CLOSE).date(date).satisfaction(satisfaction).build();
  }

  /** Take the case up again. */
  public static ComplaintCommand reopen(LocalDate date) {
    return of(ComplaintCommandType.REOPEN, date);
  }

  /** The sender, not satisfied, asks for the nämnd's complaint delegation. */
  public static ComplaintCommand requestDelegation(LocalDate date) {
    return of(ComplaintCommandType.REQUEST_DELEGATION, date);
  }

  /** A command without payload. */
  public static ComplaintCommand of(ComplaintCommandType type, LocalDate date) {
    return builder().type(type).date(date).build();
  }

  /** A strict builder; type and date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds complaint commands. */
  public static final class Builder extends ImmutableComplaintCommand.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    CommandChecks.note(note());
    CommandChecks.optionalPayload(
        satisfaction(), type() == ComplaintCommandType.CLOSE, "satisfaction", type());
  }
}
