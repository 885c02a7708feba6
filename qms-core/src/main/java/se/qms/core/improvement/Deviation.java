package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;
import se.qms.core.organisation.PersonRef;

/**
 * A deviation (avvikelse): "en händelse som är ett fel eller misstag av betydelse och som avviker
 * från det regelmässiga" (seed 004 §6.4.2) — reported by staff, investigated by the nearest
 * manager, classified in the organisation's {@link Taxonomy}, and linked to the documented actions
 * it led to (seed 001: "Av dessa har 189 avvikelser lett till dokumenterade åtgärder").
 *
 * <p>Commands go through {@link #apply(DeviationCommand)}, which returns the next state and a
 * past-tense event and rejects what the status forbids ({@link DeviationStatus}); the history is
 * append-only.
 *
 * <p>Invariants: id, unit and description non-blank, no text holding a personal identity number;
 * the event did not occur after it was reported ({@link QmsErrorCode#DATES_OUT_OF_ORDER}); an
 * investigated or closed deviation has an outcome; linked action ids are unique; the history is a
 * chain of allowed transitions in date order from the day of reporting, ending in the current
 * status. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deviation {
  Deviation() {}

  /** The case id, unique in the organisation's register. */
  public abstract String id();

  /** The unit where the event occurred. */
  public abstract String unitId();

  /** The day the event occurred, when known. */
  public abstract Optional<LocalDate> occurred();

  /** The day it was reported. */
  public abstract LocalDate reported();

  /** What happened. */
  public abstract String description();

  /** The category from the organisation's {@link Taxonomy}; empty until classified. */
  public abstract Optional<Category> category();

  /** Who investigates: the nearest responsible manager. */
  public abstract Optional<PersonRef> investigator();

  /** What the investigation found. */
  public abstract Optional<String> findings();

  /** What the investigation concluded. */
  public abstract Optional<DeviationOutcome> outcome();

  /** The ids of the documented actions the deviation led to, in the order they were linked. */
  public abstract List<String> actionIds();

  /** The current status; default {@link DeviationStatus#REPORTED}. */
  @Value.Default
  public DeviationStatus status() {
    return DeviationStatus.REPORTED;
  }

  /**
   * Whether the case is under "skyddade personuppgifter" (protected personal data): the person the
   * case concerns has protected personal data at Skatteverket, a sekretessmarkering or skyddad
   * folkbokföring. The flag keeps the names and free text of the case out of every export and
   * report ({@code se.qms.core.privacy.Redaction}); ids, dates, categories and statuses stay, so
   * every count is the same. Default false.
   */
  @Value.Default
  public boolean protectedPersonalData() {
    return false;
  }

  /**
   * A copy with the "skyddade personuppgifter" flag set or cleared; every other field, the history
   * included, is unchanged. A vendor may set it on an existing case at any time, in any status.
   *
   * @param value whether the person the case concerns has protected personal data
   */
  public abstract Deviation withProtectedPersonalData(boolean value);

  /** What happened to the case, oldest first. */
  public abstract List<CaseEvent<DeviationStatus, DeviationCommandType>> history();

  /** A deviation just reported. */
  public static Deviation reported(
      String id, String unitId, LocalDate reported, String description) {
    return builder().id(id).unitId(unitId).reported(reported).description(description).build();
  }

  /** A strict builder; id, unit, day of reporting and description are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds deviations. */
  public static final class Builder extends ImmutableDeviation.Builder {
    Builder() {}
  }

  /** Whether it led to at least one documented action. */
  public boolean ledToDocumentedAction() {
    return !actionIds().isEmpty();
  }

  /**
   * Carries out a command.
   *
   * @param command not null
   * @return the deviation after the command, its history extended by the returned event
   * @throws InvalidValueException with {@link QmsErrorCode#TRANSITION_NOT_ALLOWED} if the status
   *     forbids the command, {@link QmsErrorCode#HISTORY_INCONSISTENT} if it is dated before the
   *     last event, {@link QmsErrorCode#CASE_DATE_BEFORE_START} if before the day of reporting,
   *     {@link QmsErrorCode#DUPLICATE_ID} if the action is already linked
   */
  public Transition<Deviation, CaseEvent<DeviationStatus, DeviationCommandType>> apply(
      DeviationCommand command) {
    Checks.present(command, "command");
    CaseEvent<DeviationStatus, DeviationCommandType> event =
        DeviationStatus.lifecycle()
            .step(
                status(),
                history(),
                reported(),
                command.type(),
                command.date(),
                command.actor(),
                command.note());
    Optional<PersonRef> investigator = investigator();
    Optional<Category> category = category();
    Optional<String> findings = findings();
    Optional<DeviationOutcome> outcome = outcome();
    List<String> actions = new ArrayList<>(actionIds());
    switch (command.type()) {
      case START_INVESTIGATION:
        investigator = command.investigator();
        break;
      case COMPLETE_INVESTIGATION:
        outcome = command.outcome();
        category = command.category().or(() -> category());
        findings = command.findings().or(() -> findings());
        break;
      case LINK_ACTION:
        String actionId = command.actionId().orElseThrow();
        if (actions.contains(actionId)) {
          throw InvalidValueException.violates(
              QmsErrorCode.DUPLICATE_ID, "actionId", actionId, "is already linked to " + id());
        }
        actions.add(actionId);
        break;
      default:
        break;
    }
    List<CaseEvent<DeviationStatus, DeviationCommandType>> history = new ArrayList<>(history());
    history.add(event);
    Deviation next =
        builder()
            .id(id())
            .unitId(unitId())
            .occurred(occurred())
            .reported(reported())
            .description(description())
            .category(category)
            .investigator(investigator)
            .findings(findings)
            .outcome(outcome)
            .addAllActionIds(actions)
            .protectedPersonalData(protectedPersonalData())
            .status(event.to())
            .addAllHistory(history)
            .build();
    return Transition.of(next, event);
  }

  /**
   * The record the yearly compilation counts: unit, category, month of reporting and whether it led
   * to a documented action.
   */
  public CaseRecord toRecord() {
    return CaseRecord.builder()
        .type(CaseType.DEVIATION)
        .unit(unitId())
        .category(category())
        .period(Period.month(reported().getYear(), reported().getMonthValue()))
        .ledToDocumentedAction(ledToDocumentedAction())
        .build();
  }

  @Value.Check
  final void check() {
    CaseChecks.id(id());
    CaseChecks.unit(Optional.of(unitId()), "unitId");
    CaseChecks.freeText(Optional.of(description()), 20_000, "description");
    CaseChecks.freeText(findings(), 20_000, "findings");
    occurred()
        .filter(d -> d.isAfter(reported()))
        .ifPresent(
            d -> {
              throw InvalidValueException.violates(
                  QmsErrorCode.DATES_OUT_OF_ORDER,
                  "occurred",
                  d,
                  "must not be after the day it was reported, " + reported());
            });
    DeviationStatus s = status();
    CaseChecks.requiredIn(
        outcome(), s == DeviationStatus.INVESTIGATED || s == DeviationStatus.CLOSED, "outcome", s);
    Set<String> seen = new HashSet<>();
    for (String a : actionIds()) {
      Checks.text(a, 100, "actionIds");
      if (!seen.add(a)) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "actionIds", a, "must be unique");
      }
    }
    DeviationStatus.lifecycle().checkHistory(history(), s, reported());
  }

  @Override
  public String toString() {
    return "Deviation{"
        + id()
        + ", "
        + unitId()
        + ", "
        + status()
        + ", reported "
        + reported()
        + "}";
  }
}
