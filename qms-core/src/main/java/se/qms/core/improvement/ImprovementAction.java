package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.deadline.DeadlineStatus;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessNumber;

/**
 * An action (åtgärd) taken to secure or improve quality, followed up and evaluated (SOSFS 2011:9 5
 * kap. 7 §; seed 000 §4.4 "Sammanställning med åtgärder": process, åtgärd, ursprung, status).
 *
 * <p>An action has an origin (process, risk analysis, egenkontroll, deviation, complaint, lex
 * Sarah, IVO supervision, internal control) and optionally the id of the case it comes from, a
 * purpose (preventive or corrective), a responsible role and unit, a due date, a status (Ej
 * påbörjad, Pågående, Genomförd, Avbruten) driven by {@link #apply(ActionCommand)}, and, once
 * carried out, an {@link EffectEvaluation}.
 *
 * <p>Invariants: id and title non-blank, no text holding a personal identity number; due,
 * completion and evaluation dates not before the day of registration, the evaluation not before
 * completion; a completed action has a completion date; an evaluation only on a completed action;
 * the history is a chain of allowed transitions in date order ending in the current status.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImprovementAction {
  ImprovementAction() {}

  /** The action's id, unique in the organisation's register. */
  public abstract String id();

  /**
   * What is to be done, e.g. "Arbeta fram avdelningsgemensam rutin för att hantera privata medel".
   */
  public abstract String title();

  /** Where the action comes from. */
  public abstract ActionOrigin origin();

  /** The id of the case or analysis it comes from (a deviation's id, a risk's id …). */
  public abstract Optional<String> originId();

  /** The process the action belongs to. */
  public abstract Optional<ProcessNumber> process();

  /** Preventive or corrective. */
  public abstract ActionPurpose purpose();

  /** The role responsible, e.g. {@link Role#ENHETSCHEF}. */
  public abstract Role responsibleRole();

  /** The person responsible. */
  public abstract Optional<PersonRef> responsible();

  /** The unit responsible. */
  public abstract Optional<String> unitId();

  /** The day the action was registered. */
  public abstract LocalDate registered();

  /** The day it is to be carried out by; an action without one is never overdue. */
  public abstract Optional<LocalDate> due();

  /** The day it was carried out. */
  public abstract Optional<LocalDate> completed();

  /** The evaluation of its effect. */
  public abstract Optional<EffectEvaluation> evaluation();

  /** The current status; default {@link ActionStatus#NOT_STARTED}. */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.NOT_STARTED;
  }

  /**
   * The status as of a day, from the history: the state the last event on or before {@code asOf}
   * led to, or the state the first event left if none had happened yet. Without a history the
   * recorded status stands, except that a completion dated after {@code asOf} had not happened
   * yet: the action was then in progress.
   */
  public ActionStatus statusOn(LocalDate asOf) {
    Checks.present(asOf, "asOf");
    List<CaseEvent<ActionStatus, ActionCommandType>> events = history();
    if (events.isEmpty()) {
      if (status() == ActionStatus.COMPLETED && completed().isPresent() && completed().get().isAfter(asOf)) {
        return ActionStatus.IN_PROGRESS;
      }
      return status();
    }
    ActionStatus at = events.get(0).from();
    for (CaseEvent<ActionStatus, ActionCommandType> e : events) {
      if (e.date().isAfter(asOf)) {
        break;
      }
      at = e.to();
    }
    return at;
  }

  /** What happened to the action, oldest first. */
  public abstract List<CaseEvent<ActionStatus, ActionCommandType>> history();

  /**
   * A strict builder; id, title, origin, purpose, responsible role and day of registration are
   * required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds actions. */
  public static final class Builder extends ImmutableImprovementAction.Builder {
    Builder() {}
  }

  /**
   * Carries out a command.
   *
   * @param command not null
   * @return the action after the command, its history extended by the returned event
   * @throws InvalidValueException with {@link QmsErrorCode#TRANSITION_NOT_ALLOWED} if the status
   *     forbids the command, {@link QmsErrorCode#HISTORY_INCONSISTENT} if it is dated before the
   *     last event, {@link QmsErrorCode#CASE_DATE_BEFORE_START} if before registration
   */
  public Transition<ImprovementAction, CaseEvent<ActionStatus, ActionCommandType>> apply(
      ActionCommand command) {
    Checks.present(command, "command");
    CaseEvent<ActionStatus, ActionCommandType> event =
        ActionStatus.lifecycle()
            .step(
                status(),
                history(),
                registered(),
                command.type(),
                command.date(),
                command.actor(),
                command.note());
    Optional<LocalDate> due = due();
    Optional<LocalDate> completed = completed();
    Optional<EffectEvaluation> evaluation = evaluation();
    switch (command.type()) {
      case COMPLETE:
        completed = Optional.of(command.date());
        break;
      case REOPEN:
        completed = Optional.empty();
        evaluation = Optional.empty();
        break;
      case RESCHEDULE:
        due = command.newDueDate();
        break;
      case EVALUATE:
        evaluation = command.evaluation();
        break;
      default:
        break;
    }
    List<CaseEvent<ActionStatus, ActionCommandType>> history = new ArrayList<>(history());
    history.add(event);
    ImprovementAction next =
        builder()
            .id(id())
            .title(title())
            .origin(origin())
            .originId(originId())
            .process(process())
            .purpose(purpose())
            .responsibleRole(responsibleRole())
            .responsible(responsible())
            .unitId(unitId())
            .registered(registered())
            .due(due)
            .completed(completed)
            .evaluation(evaluation)
            .status(event.to())
            .addAllHistory(history)
            .build();
    return Transition.of(next, event);
  }

  /**
   * Where the action stands against its due date as of a day; empty without a due date or when
   * cancelled. A completion after {@code asOf} has not happened yet as of that day.
   */
  public Optional<DeadlineStatus> dueStatus(LocalDate asOf) {
    return Optional.ofNullable(dueStatusOrNull(asOf));
  }

  /**
   * Whether the action is not carried out as of {@code asOf} and its due date lies before that day.
   */
  public boolean isOverdue(LocalDate asOf) {
    return dueStatusOrNull(asOf) == DeadlineStatus.OVERDUE;
  }

  /** {@link #dueStatus} or null, without an Optional: the compliance rules ask every action. */
  private DeadlineStatus dueStatusOrNull(LocalDate asOf) {
    Checks.present(asOf, "asOf");
    LocalDate dueDate = due().orElse(null);
    if (dueDate == null || status() == ActionStatus.CANCELLED) {
      return null;
    }
    LocalDate done = completed().orElse(null);
    if (done != null && !done.isAfter(asOf)) {
      return done.isAfter(dueDate) ? DeadlineStatus.LATE : DeadlineStatus.MET;
    }
    return asOf.isAfter(dueDate) ? DeadlineStatus.OVERDUE : DeadlineStatus.PENDING;
  }

  /** Whether it is carried out but its effect not yet evaluated (5 kap. 7 §). */
  public boolean awaitsEvaluation() {
    return status() == ActionStatus.COMPLETED && evaluation().isEmpty();
  }

  @Value.Check
  final void check() {
    CaseChecks.id(id());
    CaseChecks.freeText(Optional.of(title()), 2_000, "title");
    originId().ifPresent(o -> Checks.text(o, 100, "originId"));
    CaseChecks.unit(unitId(), "unitId");
    CaseChecks.notBefore(due(), registered(), "due", "registered");
    CaseChecks.notBefore(completed(), registered(), "completed", "registered");
    ActionStatus s = status();
    CaseChecks.requiredIn(completed(), s == ActionStatus.COMPLETED, "completed", s);
    if (evaluation().isPresent()) {
      if (completed().isEmpty()) {
        throw InvalidValueException.violates(
            QmsErrorCode.INCONSISTENT_VALUE,
            "evaluation",
            evaluation().get().effect(),
            "requires the action to be completed");
      }
      CaseChecks.notBefore(
          Optional.of(evaluation().get().date()),
          completed().get(),
          "evaluation.date",
          "completed");
    }
    ActionStatus.lifecycle().checkHistory(history(), s, registered());
  }

  @Override
  public String toString() {
    return "ImprovementAction{"
        + id()
        + ", "
        + status()
        + due().map(d -> ", due " + d).orElse("")
        + "}";
  }
}
