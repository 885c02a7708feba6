package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.PersonRef;

/**
 * A command to a {@link Deviation}: what to do, on which day, optionally by whom and with a note,
 * and the data its type needs.
 *
 * <p>Invariants: {@link DeviationCommandType#START_INVESTIGATION} names the investigator (the
 * nearest manager); {@link DeviationCommandType#COMPLETE_INVESTIGATION} has an outcome and may set
 * the category and findings; {@link DeviationCommandType#LINK_ACTION} names the action's id; no
 * other type carries any of these ({@link se.qms.core.QmsErrorCode#COMMAND_INCOMPLETE}). Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class DeviationCommand {
  DeviationCommand() {}

  /** What to do. */
  public abstract DeviationCommandType type();

  /** The day it is done. */
  public abstract LocalDate date();

  /** Who does it. */
  public abstract Optional<PersonRef> actor();

  /** A remark for the history. */
  public abstract Optional<String> note();

  /** With START_INVESTIGATION: who investigates. */
  public abstract Optional<PersonRef> investigator();

  /** With COMPLETE_INVESTIGATION: the conclusion. */
  public abstract Optional<DeviationOutcome> outcome();

  /** With COMPLETE_INVESTIGATION: the category the investigation assigns. */
  public abstract Optional<Category> category();

  /** With COMPLETE_INVESTIGATION: what the investigation found. */
  public abstract Optional<String> findings();

  /** With LINK_ACTION: the id of the action. */
  public abstract Optional<String> actionId();

  /** Copy with an actor. */
  public abstract DeviationCommand withActor(PersonRef actor);

  /** Copy with a note. */
  public abstract DeviationCommand withNote(String note);

  /** The nearest manager starts the investigation. */
  public static DeviationCommand startInvestigation(LocalDate date, PersonRef investigator) {
    return builder()
        .type(DeviationCommandType.START_INVESTIGATION)
        .date(date)
        .investigator(investigator)
        .build();
  }

  /** The investigation is done. */
  public static DeviationCommand completeInvestigation(
      LocalDate date, DeviationOutcome outcome, Category category) {
    return builder()
        .type(DeviationCommandType.COMPLETE_INVESTIGATION)
        .date(date)
        .outcome(outcome)
        .category(category)
        .build();
  }

  /** Link a documented action. */
  public static DeviationCommand linkAction(LocalDate date, String actionId) {
    return builder().type(DeviationCommandType.LINK_ACTION).date(date).actionId(actionId).build();
  }

  /** Close the deviation. */
  public static DeviationCommand close(LocalDate date) {
    return builder().type(DeviationCommandType.CLOSE).date(date).build();
  }

  /** Investigate again. */
  public static DeviationCommand reopen(LocalDate date) {
    return builder().type(DeviationCommandType.REOPEN).date(date).build();
  }

  /** A strict builder; type and date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deviation commands. */
  public static final class Builder extends ImmutableDeviationCommand.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    CommandChecks.note(note());
    DeviationCommandType t = type();
    CommandChecks.payload(
        investigator(), t == DeviationCommandType.START_INVESTIGATION, "investigator", t);
    boolean completes = t == DeviationCommandType.COMPLETE_INVESTIGATION;
    CommandChecks.payload(outcome(), completes, "outcome", t);
    CommandChecks.optionalPayload(category(), completes, "category", t);
    CommandChecks.optionalPayload(findings(), completes, "findings", t);
    findings()
        .ifPresent(
            f -> Checks.noPersonalIdentityNumber(Checks.text(f, 20_000, "findings"), "findings"));
    CommandChecks.payload(actionId(), t == DeviationCommandType.LINK_ACTION, "actionId", t);
    actionId().ifPresent(a -> Checks.text(a, 100, "actionId"));
  }
}
