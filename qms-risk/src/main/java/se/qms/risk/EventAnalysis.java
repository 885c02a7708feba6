package se.qms.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * An event analysis (händelseanalys): after an event that threatened or harmed someone's life,
 * safety or health — typically in a lex Sarah investigation — how and why it happened and what must
 * change so that it does not happen again (seed 004 §6.3.2).
 *
 * <p>A state machine over {@link EventAnalysisStep}: each transition completes the step after the
 * current one and returns a new analysis whose history ends with that {@link StepCompleted}
 * event; any other step is rejected with {@link QmsErrorCode#EVENT_ANALYSIS_STEP_ORDER}. History is
 * append-only. Root causes are recorded with the step {@link
 * EventAnalysisStep#ROOT_CAUSES_IDENTIFIED} ({@link #identifyRootCauses}) and action ids with
 * {@link EventAnalysisStep#ACTIONS_PROPOSED} ({@link #proposeActions}).
 *
 * <p>Invariants: id and title non-blank; the history starts with {@code INITIATED} and takes the
 * steps in order without gaps, on non-decreasing days; root causes are present exactly from {@code
 * ROOT_CAUSES_IDENTIFIED} on ({@link QmsErrorCode#VALUE_MISSING}, {@link
 * QmsErrorCode#INCONSISTENT_VALUE}) and each lies in the taxonomy ({@link
 * QmsErrorCode#ROOT_CAUSE_CATEGORY_UNKNOWN}); action ids only from {@code ACTIONS_PROPOSED} on, and
 * unique. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EventAnalysis {
  EventAnalysis() {}

  /** The analysis's identifier. */
  public abstract String id();

  /** The event analysed, e.g. "Barn uppgav våld i tidigare familjehem". */
  public abstract String title();

  /** The case the analysis belongs to, e.g. a lex Sarah case id. */
  public abstract Optional<String> caseId();

  /** The categories root causes are classified in; the default taxonomy unless set. */
  @Value.Default
  public RootCauseTaxonomy taxonomy() {
    return RootCauseTaxonomy.defaults();
  }

  /** The steps completed, oldest first; never empty. */
  public abstract List<StepCompleted> history();

  /** The root causes; empty before {@link EventAnalysisStep#ROOT_CAUSES_IDENTIFIED}. */
  public abstract List<RootCause> rootCauses();

  /** The ids of the proposed actions; empty before {@link EventAnalysisStep#ACTIONS_PROPOSED}. */
  public abstract List<String> actionIds();

  /**
   * Starts an analysis with the default taxonomy.
   *
   * @param id not blank
   * @param title the event; not blank
   * @param date the day the analysis was initiated; not null
   */
  public static EventAnalysis initiate(String id, String title, LocalDate date) {
    return builder().id(id).title(title).addHistory(StepCompleted.of(EventAnalysisStep.INITIATED, date)).build();
  }

  /** Starts an analysis with the municipality's taxonomy; see {@link #initiate(String, String, LocalDate)}. */
  public static EventAnalysis initiate(String id, String title, LocalDate date, RootCauseTaxonomy taxonomy) {
    return builder()
        .id(id)
        .title(title)
        .taxonomy(taxonomy)
        .addHistory(StepCompleted.of(EventAnalysisStep.INITIATED, date))
        .build();
  }

  /** A strict builder, for restoring a stored analysis; every invariant is checked. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds analyses. */
  public static final class Builder extends ImmutableEventAnalysis.Builder {
    Builder() {}
  }

  /** The step completed last. */
  public EventAnalysisStep currentStep() {
    return lastEvent().step();
  }

  /** The event of the last transition. */
  public StepCompleted lastEvent() {
    return history().get(history().size() - 1);
  }

  /** Whether every step, up to {@link EventAnalysisStep#EVALUATED}, is completed. */
  public boolean isComplete() {
    return currentStep() == EventAnalysisStep.EVALUATED;
  }

  /**
   * Completes the next step, one that carries no data: facts collected, sequence described,
   * reported, decided, evaluated.
   *
   * @param step the step after {@link #currentStep()}
   * @param date the day; not before the last event's day
   * @throws InvalidValueException with {@link QmsErrorCode#EVENT_ANALYSIS_STEP_ORDER} for any other
   *     step, {@link QmsErrorCode#VALUE_MISSING} for {@code ROOT_CAUSES_IDENTIFIED} (use {@link
   *     #identifyRootCauses}), {@link QmsErrorCode#INCONSISTENT_VALUE} for an earlier day
   */
  public EventAnalysis advance(EventAnalysisStep step, LocalDate date) {
    return next(step, date, List.of(), List.of());
  }

  /**
   * Completes {@link EventAnalysisStep#ROOT_CAUSES_IDENTIFIED} with the causes found.
   *
   * @param causes at least one, each in the taxonomy
   * @param date not before the last event's day
   */
  public EventAnalysis identifyRootCauses(List<RootCause> causes, LocalDate date) {
    return next(EventAnalysisStep.ROOT_CAUSES_IDENTIFIED, date, Require.present(causes, "causes"), List.of());
  }

  /**
   * Completes {@link EventAnalysisStep#ACTIONS_PROPOSED} with the ids of the actions proposed.
   *
   * @param actionIds possibly empty (the analysis may find no action needed); unique
   * @param date not before the last event's day
   */
  public EventAnalysis proposeActions(List<String> actionIds, LocalDate date) {
    return next(EventAnalysisStep.ACTIONS_PROPOSED, date, List.of(), Require.present(actionIds, "actionIds"));
  }

  private EventAnalysis next(
      EventAnalysisStep step, LocalDate date, List<RootCause> causes, List<String> actions) {
    Require.present(step, "step");
    Require.present(date, "date");
    Optional<EventAnalysisStep> expected = currentStep().next();
    if (expected.isEmpty() || expected.get() != step) {
      throw InvalidValueException.violates(
          QmsErrorCode.EVENT_ANALYSIS_STEP_ORDER,
          "step",
          step,
          expected
              .map(s -> "must be " + s + ", the step after " + currentStep())
              .orElse("cannot follow EVALUATED: the analysis is complete"));
    }
    Builder b = builder();
    b.id(id()).title(title()).caseId(caseId()).taxonomy(taxonomy());
    b.addAllHistory(history()).addHistory(StepCompleted.of(step, date));
    b.addAllRootCauses(rootCauses()).addAllRootCauses(causes);
    b.addAllActionIds(actionIds()).addAllActionIds(actions);
    return b.build();
  }

  @Value.Check
  final void check() {
    Require.text(id(), 100, "id");
    Require.text(title(), 500, "title");
    caseId().ifPresent(c -> Require.text(c, 100, "caseId"));
    checkHistory();
    boolean causesDue = currentStep().compareTo(EventAnalysisStep.ROOT_CAUSES_IDENTIFIED) >= 0;
    if (causesDue && rootCauses().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_MISSING, "rootCauses", "[]", "must hold at least one root cause from ROOT_CAUSES_IDENTIFIED on");
    }
    if (!causesDue && !rootCauses().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "rootCauses", rootCauses().size(), "must be empty before ROOT_CAUSES_IDENTIFIED");
    }
    for (int i = 0; i < rootCauses().size(); i++) {
      RootCauseCategory category = rootCauses().get(i).category();
      if (!taxonomy().contains(category)) {
        throw InvalidValueException.violates(
            QmsErrorCode.ROOT_CAUSE_CATEGORY_UNKNOWN,
            "rootCauses[" + i + "].category",
            category.code(),
            "must be one of " + taxonomy().categories());
      }
    }
    if (currentStep().compareTo(EventAnalysisStep.ACTIONS_PROPOSED) < 0 && !actionIds().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "actionIds", actionIds(), "must be empty before ACTIONS_PROPOSED");
    }
    for (int i = 0; i < actionIds().size(); i++) {
      Require.text(actionIds().get(i), 100, "actionIds[" + i + "]");
    }
    Require.unique(actionIds(), a -> a, "actionIds");
  }

  private void checkHistory() {
    if (history().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_MISSING, "history", "[]", "must start with INITIATED");
    }
    EventAnalysisStep[] steps = EventAnalysisStep.values();
    for (int i = 0; i < history().size(); i++) {
      StepCompleted event = history().get(i);
      if (i >= steps.length || event.step() != steps[i]) {
        throw InvalidValueException.violates(
            QmsErrorCode.EVENT_ANALYSIS_STEP_ORDER,
            "history[" + i + "].step",
            event.step(),
            i < steps.length ? "must be " + steps[i] : "cannot follow EVALUATED");
      }
      if (i > 0 && event.date().isBefore(history().get(i - 1).date())) {
        throw InvalidValueException.violates(
            QmsErrorCode.INCONSISTENT_VALUE,
            "history[" + i + "].date",
            event.date(),
            "must not be before the previous step's day " + history().get(i - 1).date());
      }
    }
  }
}
