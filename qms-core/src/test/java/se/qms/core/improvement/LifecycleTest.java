package se.qms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.qms.core.improvement.ActionCommandType.CANCEL;
import static se.qms.core.improvement.ActionCommandType.COMPLETE;
import static se.qms.core.improvement.ActionCommandType.EVALUATE;
import static se.qms.core.improvement.ActionCommandType.RESCHEDULE;
import static se.qms.core.improvement.ActionCommandType.START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * Every lifecycle, exhaustively over states × commands: an allowed command leads where the table
 * says and appends one event; a forbidden one is rejected with {@link
 * QmsErrorCode#TRANSITION_NOT_ALLOWED} and changes nothing. The tables themselves are checked
 * against the specification written out here.
 */
class LifecycleTest {
  private static final LocalDate LATER = Cases.START.plusDays(20);

  @Test
  void complaintTable_isTheSpecification() {
    assertEquals(
        Map.of(
            ComplaintStatus.RECEIVED,
                EnumSet.of(
                    ComplaintCommandType.ACKNOWLEDGE,
                    ComplaintCommandType.START_HANDLING,
                    ComplaintCommandType.ANSWER),
            ComplaintStatus.IN_PROGRESS, EnumSet.of(ComplaintCommandType.ANSWER),
            ComplaintStatus.ANSWERED,
                EnumSet.of(
                    ComplaintCommandType.CLOSE,
                    ComplaintCommandType.REOPEN,
                    ComplaintCommandType.REQUEST_DELEGATION),
            ComplaintStatus.CLOSED,
                EnumSet.of(ComplaintCommandType.REOPEN, ComplaintCommandType.REQUEST_DELEGATION)),
        Map.of(
            ComplaintStatus.RECEIVED, ComplaintStatus.RECEIVED.allowedCommands(),
            ComplaintStatus.IN_PROGRESS, ComplaintStatus.IN_PROGRESS.allowedCommands(),
            ComplaintStatus.ANSWERED, ComplaintStatus.ANSWERED.allowedCommands(),
            ComplaintStatus.CLOSED, ComplaintStatus.CLOSED.allowedCommands()));
    assertEquals(
        ComplaintStatus.ANSWERED,
        ComplaintStatus.RECEIVED.after(ComplaintCommandType.ANSWER).orElseThrow());
    assertEquals(
        ComplaintStatus.IN_PROGRESS,
        ComplaintStatus.CLOSED.after(ComplaintCommandType.REQUEST_DELEGATION).orElseThrow());
  }

  @Test
  void deviationTable_isTheSpecification() {
    assertEquals(
        EnumSet.of(DeviationCommandType.START_INVESTIGATION, DeviationCommandType.LINK_ACTION),
        DeviationStatus.REPORTED.allowedCommands());
    assertEquals(
        EnumSet.of(DeviationCommandType.COMPLETE_INVESTIGATION, DeviationCommandType.LINK_ACTION),
        DeviationStatus.INVESTIGATING.allowedCommands());
    assertEquals(
        EnumSet.of(
            DeviationCommandType.CLOSE,
            DeviationCommandType.REOPEN,
            DeviationCommandType.LINK_ACTION),
        DeviationStatus.INVESTIGATED.allowedCommands());
    assertEquals(EnumSet.of(DeviationCommandType.REOPEN), DeviationStatus.CLOSED.allowedCommands());
  }

  @Test
  void actionTable_isTheSpecification() {
    assertEquals(
        EnumSet.of(START, COMPLETE, CANCEL, RESCHEDULE),
        ActionStatus.NOT_STARTED.allowedCommands());
    assertEquals(
        EnumSet.of(COMPLETE, CANCEL, RESCHEDULE), ActionStatus.IN_PROGRESS.allowedCommands());
    assertEquals(
        EnumSet.of(ActionCommandType.REOPEN, EVALUATE), ActionStatus.COMPLETED.allowedCommands());
    assertEquals(EnumSet.of(ActionCommandType.REOPEN), ActionStatus.CANCELLED.allowedCommands());
    assertEquals(
        ActionStatus.NOT_STARTED,
        ActionStatus.CANCELLED.after(ActionCommandType.REOPEN).orElseThrow());
    assertEquals(
        ActionStatus.IN_PROGRESS,
        ActionStatus.COMPLETED.after(ActionCommandType.REOPEN).orElseThrow());
  }

  @TestFactory
  Stream<DynamicTest> complaint_everyStateTimesEveryCommand() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ComplaintStatus s : ComplaintStatus.values()) {
      for (ComplaintCommandType t : ComplaintCommandType.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                s + " × " + t,
                () -> {
                  Complaint c = Cases.complaint(s);
                  ComplaintCommand command = Cases.complaintCommand(t, LATER);
                  if (s.after(t).isEmpty()) {
                    InvalidValueException e =
                        assertThrows(InvalidValueException.class, () -> c.apply(command));
                    assertEquals(QmsErrorCode.TRANSITION_NOT_ALLOWED, e.code());
                    assertEquals(Cases.complaint(s), c);
                  } else {
                    var transition = c.apply(command);
                    assertEquals(s.after(t).get(), transition.next().status());
                    assertEquals(s, transition.event().from());
                    assertEquals(t, transition.event().command());
                    assertEquals(List.of(transition.event()), transition.next().history());
                    assertEquals(t.eventName(), transition.event().name());
                  }
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> deviation_everyStateTimesEveryCommand() {
    List<DynamicTest> tests = new ArrayList<>();
    for (DeviationStatus s : DeviationStatus.values()) {
      for (DeviationCommandType t : DeviationCommandType.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                s + " × " + t,
                () -> {
                  Deviation d = Cases.deviation(s);
                  DeviationCommand command = Cases.deviationCommand(t, LATER, 1);
                  if (s.after(t).isEmpty()) {
                    InvalidValueException e =
                        assertThrows(InvalidValueException.class, () -> d.apply(command));
                    assertEquals(QmsErrorCode.TRANSITION_NOT_ALLOWED, e.code());
                  } else {
                    var transition = d.apply(command);
                    assertEquals(s.after(t).get(), transition.next().status());
                    assertEquals(s, transition.event().from());
                    assertEquals(List.of(transition.event()), transition.next().history());
                  }
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> action_everyStateTimesEveryCommand() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ActionStatus s : ActionStatus.values()) {
      for (ActionCommandType t : ActionCommandType.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                s + " × " + t,
                () -> {
                  ImprovementAction a = Cases.action(s);
                  ActionCommand command = Cases.actionCommand(t, LATER);
                  if (s.after(t).isEmpty()) {
                    InvalidValueException e =
                        assertThrows(InvalidValueException.class, () -> a.apply(command));
                    assertEquals(QmsErrorCode.TRANSITION_NOT_ALLOWED, e.code());
                  } else {
                    var transition = a.apply(command);
                    assertEquals(s.after(t).get(), transition.next().status());
                    assertEquals(s, transition.event().from());
                    assertEquals(List.of(transition.event()), transition.next().history());
                  }
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void everyForbiddenPair_isForbiddenByTheTable_countsMatchTheSpecification() {
    int forbidden = 0;
    for (ComplaintStatus s : ComplaintStatus.values()) {
      Set<ComplaintCommandType> allowed = s.allowedCommands();
      forbidden += ComplaintCommandType.values().length - allowed.size();
    }
    assertEquals(4 * 6 - 9, forbidden);
  }

  @Test
  void commandDatedBeforeTheLastEvent_isRejectedAsHistoryInconsistent() {
    Complaint answered =
        Complaint.received("K-2", ComplaintKind.COMPLAINT, Cases.START)
            .apply(ComplaintCommand.answer(LATER))
            .next();
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> answered.apply(ComplaintCommand.close(LATER.minusDays(1))));
    assertEquals(QmsErrorCode.HISTORY_INCONSISTENT, e.code());
  }

  @Test
  void commandDatedBeforeTheStart_isRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                Complaint.received("K-3", ComplaintKind.COMPLAINT, Cases.START)
                    .apply(ComplaintCommand.answer(Cases.START.minusDays(1))));
    assertEquals(QmsErrorCode.CASE_DATE_BEFORE_START, e.code());
  }

  @Test
  void historyThatIsNotAChain_isRejected() {
    CaseEvent<ComplaintStatus, ComplaintCommandType> answered =
        CaseEvent.of(
            ComplaintCommandType.ANSWER, ComplaintStatus.RECEIVED, ComplaintStatus.ANSWERED, LATER);
    CaseEvent<ComplaintStatus, ComplaintCommandType> wrongTarget =
        CaseEvent.of(
            ComplaintCommandType.ANSWER, ComplaintStatus.RECEIVED, ComplaintStatus.CLOSED, LATER);
    assertEquals(
        QmsErrorCode.HISTORY_INCONSISTENT,
        assertThrows(
                InvalidValueException.class,
                () ->
                    Complaint.builder()
                        .id("K-4")
                        .kind(ComplaintKind.COMPLAINT)
                        .received(Cases.START)
                        .answered(LATER)
                        .status(ComplaintStatus.ANSWERED)
                        .addHistory(answered, answered)
                        .build())
            .code());
    assertEquals(
        QmsErrorCode.HISTORY_INCONSISTENT,
        assertThrows(
                InvalidValueException.class,
                () ->
                    Complaint.builder()
                        .id("K-5")
                        .kind(ComplaintKind.COMPLAINT)
                        .received(Cases.START)
                        .answered(LATER)
                        .closed(LATER)
                        .status(ComplaintStatus.CLOSED)
                        .addHistory(wrongTarget)
                        .build())
            .code());
    assertEquals(
        QmsErrorCode.HISTORY_INCONSISTENT,
        assertThrows(
                InvalidValueException.class,
                () ->
                    Complaint.builder()
                        .id("K-6")
                        .kind(ComplaintKind.COMPLAINT)
                        .received(Cases.START)
                        .answered(LATER)
                        .status(ComplaintStatus.CLOSED)
                        .closed(LATER)
                        .addHistory(answered)
                        .build())
            .code());
  }
}
