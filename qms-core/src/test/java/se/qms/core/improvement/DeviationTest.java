package se.qms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Period;

class DeviationTest {
  private final Deviation reported =
      Deviation.builder()
          .id("AV-2019-112")
          .unitId("hemtjanst-norr")
          .occurred(LocalDate.of(2019, 5, 2))
          .reported(LocalDate.of(2019, 5, 3))
          .description(
              "Medarbetare utan delegering planerad på insats som kräver medicindelegering")
          .build();

  @Test
  void investigatedByTheNearestManager_classified_linkedToAnAction_closed() {
    Deviation d =
        reported
            .apply(DeviationCommand.startInvestigation(LocalDate.of(2019, 5, 6), Cases.MANAGER))
            .next()
            .apply(
                DeviationCommand.builder()
                    .type(DeviationCommandType.COMPLETE_INVESTIGATION)
                    .date(LocalDate.of(2019, 5, 13))
                    .outcome(DeviationOutcome.ACTION_NEEDED)
                    .category(Cases.ROUTINES)
                    .findings("Planeraren saknade uppgift om delegering")
                    .build())
            .next()
            .apply(DeviationCommand.linkAction(LocalDate.of(2019, 5, 14), "ATG-2019-40"))
            .next()
            .apply(DeviationCommand.close(LocalDate.of(2019, 6, 1)))
            .next();
    assertEquals(DeviationStatus.CLOSED, d.status());
    assertEquals(Cases.MANAGER, d.investigator().orElseThrow());
    assertEquals(Cases.ROUTINES, d.category().orElseThrow());
    assertEquals(List.of("ATG-2019-40"), d.actionIds());
    assertTrue(d.ledToDocumentedAction());
    assertFalse(reported.ledToDocumentedAction());
    assertEquals(4, d.history().size());
    assertEquals("Action linked", d.history().get(2).name());
    CaseRecord r = d.toRecord();
    assertEquals(Period.month(2019, 5), r.period().orElseThrow());
    assertEquals(true, r.ledToDocumentedAction().orElseThrow());
    assertEquals(Cases.ROUTINES, r.category().orElseThrow());
  }

  @Test
  void linkingTheSameActionTwice_isADuplicate() {
    Deviation linked =
        reported.apply(DeviationCommand.linkAction(LocalDate.of(2019, 5, 4), "ATG-1")).next();
    assertEquals(
        QmsErrorCode.DUPLICATE_ID,
        assertThrows(
                InvalidValueException.class,
                () -> linked.apply(DeviationCommand.linkAction(LocalDate.of(2019, 5, 5), "ATG-1")))
            .code());
  }

  @Test
  void occurredAfterReported_isRejected() {
    assertEquals(
        QmsErrorCode.DATES_OUT_OF_ORDER,
        assertThrows(
                InvalidValueException.class,
                () ->
                    Deviation.builder()
                        .id("AV-1")
                        .unitId("u")
                        .occurred(LocalDate.of(2019, 5, 4))
                        .reported(LocalDate.of(2019, 5, 3))
                        .description("x")
                        .build())
            .code());
  }

  @Test
  void investigatedWithoutOutcome_isRejected() {
    assertEquals(
        QmsErrorCode.INCONSISTENT_VALUE,
        assertThrows(
                InvalidValueException.class,
                () ->
                    Deviation.builder()
                        .id("AV-1")
                        .unitId("u")
                        .reported(LocalDate.of(2019, 5, 3))
                        .description("x")
                        .status(DeviationStatus.INVESTIGATED)
                        .build())
            .code());
  }

  @Test
  void completeWithoutOutcome_orStartWithoutInvestigator_isAnIncompleteCommand() {
    assertEquals(
        QmsErrorCode.COMMAND_INCOMPLETE,
        assertThrows(
                InvalidValueException.class,
                () ->
                    DeviationCommand.builder()
                        .type(DeviationCommandType.COMPLETE_INVESTIGATION)
                        .date(LocalDate.of(2019, 5, 3))
                        .build())
            .code());
    assertEquals(
        QmsErrorCode.COMMAND_INCOMPLETE,
        assertThrows(
                InvalidValueException.class,
                () ->
                    DeviationCommand.builder()
                        .type(DeviationCommandType.START_INVESTIGATION)
                        .date(LocalDate.of(2019, 5, 3))
                        .build())
            .code());
    assertEquals(
        QmsErrorCode.COMMAND_INCOMPLETE,
        assertThrows(
                InvalidValueException.class,
                () ->
                    DeviationCommand.builder()
                        .type(DeviationCommandType.CLOSE)
                        .date(LocalDate.of(2019, 5, 3))
                        .actionId("ATG-1")
                        .build())
            .code());
  }
}
