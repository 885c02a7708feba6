package se.qms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.deadline.DeadlineStatus;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessNumber;

class ImprovementActionTest {
  /** Seed 000 §4.4, last row: "Hantera privata medel", origin Process, status Pågående. */
  private final ImprovementAction action =
      ImprovementAction.builder()
          .id("ATG-2016-8")
          .title("Arbeta fram avdelningsgemensam rutin för att hantera privata medel")
          .origin(ActionOrigin.parseSwedish("Process"))
          .purpose(ActionPurpose.PREVENTIVE)
          .responsibleRole(Role.AVDELNINGSCHEF)
          .registered(LocalDate.of(2016, 9, 1))
          .due(LocalDate.of(2016, 12, 31))
          .build()
          .apply(ActionCommand.start(LocalDate.of(2016, 10, 3)))
          .next();

  @Test
  void startedAction_isPagaende() {
    assertEquals(ActionStatus.IN_PROGRESS, action.status());
    assertEquals("Pågående", action.status().swedish());
    assertEquals(ActionStatus.IN_PROGRESS, ActionStatus.parseSwedish("Pågående"));
    assertEquals(ActionStatus.NOT_STARTED, ActionStatus.parseSwedish("Ej påbörjad"));
  }

  @Test
  void due_onTheDay_isNotOverdue() {
    assertFalse(action.isOverdue(LocalDate.of(2016, 12, 31)));
  }

  @Test
  void due_dayAfter_isOverdue() {
    assertTrue(action.isOverdue(LocalDate.of(2017, 1, 1)));
  }

  @Test
  void completedLate_isLate_notOverdue_andAwaitsEvaluation() {
    ImprovementAction done = action.apply(ActionCommand.complete(LocalDate.of(2017, 2, 1))).next();
    assertEquals(Optional.of(DeadlineStatus.LATE), done.dueStatus(LocalDate.of(2017, 3, 1)));
    assertFalse(done.isOverdue(LocalDate.of(2017, 3, 1)));
    assertEquals(Optional.of(DeadlineStatus.OVERDUE), done.dueStatus(LocalDate.of(2017, 1, 15)));
    assertTrue(done.awaitsEvaluation());
  }

  @Test
  void evaluatedWithoutEffect_reopened_clearsCompletionAndEvaluation_historyKeepsThem() {
    ImprovementAction done = action.apply(ActionCommand.complete(LocalDate.of(2016, 12, 1))).next();
    ImprovementAction evaluated =
        done.apply(
                ActionCommand.evaluate(
                    EffectEvaluation.of(LocalDate.of(2017, 4, 1), Effect.NOT_ACHIEVED)))
            .next();
    assertFalse(evaluated.awaitsEvaluation());
    assertEquals(Effect.NOT_ACHIEVED, evaluated.evaluation().orElseThrow().effect());
    ImprovementAction reopened =
        evaluated.apply(ActionCommand.reopen(LocalDate.of(2017, 4, 2))).next();
    assertEquals(ActionStatus.IN_PROGRESS, reopened.status());
    assertTrue(reopened.completed().isEmpty());
    assertTrue(reopened.evaluation().isEmpty());
    assertEquals(4, reopened.history().size());
  }

  @Test
  void reschedule_changesTheDueDate_notTheStatus() {
    ImprovementAction later =
        action
            .apply(ActionCommand.reschedule(LocalDate.of(2016, 12, 20), LocalDate.of(2017, 3, 31)))
            .next();
    assertEquals(ActionStatus.IN_PROGRESS, later.status());
    assertFalse(later.isOverdue(LocalDate.of(2017, 1, 1)));
  }

  @Test
  void cancelled_isNeverOverdue() {
    ImprovementAction cancelled =
        action.apply(ActionCommand.cancel(LocalDate.of(2016, 11, 1))).next();
    assertEquals(Optional.empty(), cancelled.dueStatus(LocalDate.of(2018, 1, 1)));
    assertFalse(cancelled.isOverdue(LocalDate.of(2018, 1, 1)));
  }

  @Test
  void evaluationBeforeCompletion_isRejected() {
    ImprovementAction done = action.apply(ActionCommand.complete(LocalDate.of(2016, 12, 1))).next();
    assertEquals(
        QmsErrorCode.HISTORY_INCONSISTENT,
        assertThrows(
                InvalidValueException.class,
                () ->
                    done.apply(
                        ActionCommand.evaluate(
                            EffectEvaluation.of(LocalDate.of(2016, 11, 30), Effect.ACHIEVED))))
            .code());
  }

  @Test
  void dueBeforeRegistration_isRejected() {
    assertEquals(
        QmsErrorCode.CASE_DATE_BEFORE_START,
        assertThrows(
                InvalidValueException.class,
                () ->
                    ImprovementAction.builder()
                        .id("A")
                        .title("t")
                        .origin(ActionOrigin.DEVIATION)
                        .originId("AV-1")
                        .process(ProcessNumber.parse("2.1.2.3.5"))
                        .purpose(ActionPurpose.CORRECTIVE)
                        .responsibleRole(Role.ENHETSCHEF)
                        .registered(LocalDate.of(2019, 1, 10))
                        .due(LocalDate.of(2019, 1, 9))
                        .build())
            .code());
  }

  /** A report of 2016 written in 2017 shows the action as it stood on 31 December 2016. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "2016-10-02, NOT_STARTED", "2016-10-03, IN_PROGRESS", "2017-01-31, IN_PROGRESS", "2017-02-01, COMPLETED"
  })
  void statusOn_followsTheHistory(String day, ActionStatus expected) {
    ImprovementAction done = action.apply(ActionCommand.complete(LocalDate.of(2017, 2, 1))).next();
    assertEquals(expected, done.statusOn(LocalDate.parse(day)));
  }

  @Test
  void statusOn_withoutHistory_aLaterCompletionHasNotHappenedYet() {
    ImprovementAction recorded =
        ImprovementAction.builder().id("A").title("T").origin(ActionOrigin.PROCESS)
            .purpose(ActionPurpose.CORRECTIVE).responsibleRole(Role.ENHETSCHEF)
            .registered(LocalDate.of(2016, 1, 1)).status(ActionStatus.COMPLETED)
            .completed(LocalDate.of(2017, 1, 10)).build();
    assertEquals(ActionStatus.IN_PROGRESS, recorded.statusOn(LocalDate.of(2016, 12, 31)));
    assertEquals(ActionStatus.COMPLETED, recorded.statusOn(LocalDate.of(2017, 1, 10)));
  }
}
