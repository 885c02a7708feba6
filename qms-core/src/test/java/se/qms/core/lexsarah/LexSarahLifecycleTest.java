package se.qms.core.lexsarah;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.qms.core.lexsarah.LexSarahCommandType.ASSESS;
import static se.qms.core.lexsarah.LexSarahCommandType.CLOSE;
import static se.qms.core.lexsarah.LexSarahCommandType.NOTIFY_IVO;
import static se.qms.core.lexsarah.LexSarahCommandType.RECEIVE;
import static se.qms.core.lexsarah.LexSarahCommandType.REGISTER;
import static se.qms.core.lexsarah.LexSarahCommandType.START_INVESTIGATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.Role;

/**
 * The lex Sarah lifecycle, exhaustively over states × commands × (serious or not): an allowed
 * command leads where the table says and appends one event; a forbidden one is rejected with a
 * code and changes nothing. The table is checked against the specification written out here.
 */
class LexSarahLifecycleTest {
  @Test
  void table_isTheSpecification() {
    assertEquals(EnumSet.of(RECEIVE), LexSarahStatus.REPORTED.allowedCommands());
    assertEquals(EnumSet.of(REGISTER), LexSarahStatus.RECEIVED.allowedCommands());
    assertEquals(EnumSet.of(START_INVESTIGATION), LexSarahStatus.REGISTERED.allowedCommands());
    assertEquals(EnumSet.of(ASSESS), LexSarahStatus.INVESTIGATING.allowedCommands());
    assertEquals(EnumSet.of(ASSESS, NOTIFY_IVO, CLOSE), LexSarahStatus.ASSESSED.allowedCommands());
    assertEquals(EnumSet.of(CLOSE), LexSarahStatus.NOTIFIED.allowedCommands());
    assertEquals(EnumSet.noneOf(LexSarahCommandType.class), LexSarahStatus.CLOSED.allowedCommands());
    assertEquals(Optional.of(LexSarahStatus.ASSESSED), LexSarahStatus.ASSESSED.after(ASSESS));
    assertEquals(Optional.of(LexSarahStatus.CLOSED), LexSarahStatus.NOTIFIED.after(CLOSE));
    assertEquals(Optional.empty(), LexSarahStatus.INVESTIGATING.after(CLOSE));
    int forbidden = 0;
    for (LexSarahStatus s : LexSarahStatus.values()) {
      forbidden += LexSarahCommandType.values().length - s.allowedCommands().size();
    }
    assertEquals(7 * 6 - 8, forbidden);
  }

  @TestFactory
  Stream<DynamicTest> everyStateTimesEveryCommand() {
    List<DynamicTest> tests = new ArrayList<>();
    for (LexSarahStatus s : LexSarahStatus.values()) {
      for (LexSarahCommandType t : LexSarahCommandType.values()) {
        for (boolean serious : new boolean[] {false, true}) {
          tests.add(
              DynamicTest.dynamicTest(
                  s + " × " + t + (serious ? " (serious)" : ""),
                  () -> {
                    LexSarahCase c = Fixtures.in(s, serious);
                    LexSarahCase before = Fixtures.in(s, serious);
                    LocalDate day = Fixtures.START.plusDays(20);
                    LexSarahCommand command = Fixtures.command(t, day);
                    QmsErrorCode expected = expectedRejection(c, s, t);
                    if (expected != null) {
                      InvalidValueException e =
                          assertThrows(InvalidValueException.class, () -> c.apply(command));
                      assertEquals(expected, e.code(), e.getMessage());
                      assertEquals(before, c);
                    } else {
                      LexSarahTransition tr = c.apply(command);
                      assertEquals(s.after(t).orElseThrow(), tr.next().status());
                      assertEquals(s, tr.event().from());
                      assertEquals(t, tr.event().command());
                      assertEquals(day, tr.event().date());
                      List<LexSarahEvent> history = new ArrayList<>(before.history());
                      history.add(tr.event());
                      assertEquals(history, tr.next().history());
                      assertEquals(t.eventName(), tr.event().name());
                      assertEquals(before, c);
                    }
                  }));
        }
      }
    }
    return tests.stream();
  }

  /** The code a command must be rejected with, or null when it is allowed. */
  private static QmsErrorCode expectedRejection(
      LexSarahCase c, LexSarahStatus s, LexSarahCommandType t) {
    if (s.after(t).isEmpty()) {
      return QmsErrorCode.TRANSITION_NOT_ALLOWED;
    }
    if (t == NOTIFY_IVO && !c.isSerious()) {
      return QmsErrorCode.LEX_SARAH_NOT_SERIOUS;
    }
    if (t == CLOSE && s == LexSarahStatus.ASSESSED && c.isSerious()) {
      return QmsErrorCode.LEX_SARAH_SERIOUS_NOT_NOTIFIED;
    }
    return null;
  }

  @Nested
  class Rules {
    private final LexSarahCase assessed = Fixtures.in(LexSarahStatus.ASSESSED, false);
    private final LocalDate day = Fixtures.START.plusDays(10);

    @Test
    void notify_afterANonSeriousAssessment_isRejected() {
      assertEquals(
          QmsErrorCode.LEX_SARAH_NOT_SERIOUS,
          assertThrows(
                  InvalidValueException.class,
                  () -> assessed.apply(LexSarahCommand.notifyIvo(day, day)))
              .code());
    }

    @Test
    void revisedAssessment_toSerious_allowsTheNotification() {
      LexSarahCase revised =
          assessed.apply(LexSarahCommand.assess(day, LexSarahAssessment.RISK_OF_SERIOUS_IMPROPRIETY)).next();
      assertEquals(LexSarahStatus.ASSESSED, revised.status());
      assertEquals(Optional.of(day), revised.seriousSince());
      LexSarahCase notified = revised.apply(LexSarahCommand.notifyIvo(day.plusDays(3), day.plusDays(2))).next();
      assertEquals(Optional.of(day.plusDays(3)), notified.notified());
      assertEquals(Optional.of(day.plusDays(2)), notified.notificationDecision());
      assertTrue(notified.isNotified());
    }

    @Test
    void close_ofASeriousCaseNotNotified_isRejected() {
      LexSarahCase serious = Fixtures.in(LexSarahStatus.ASSESSED, true);
      assertEquals(
          QmsErrorCode.LEX_SARAH_SERIOUS_NOT_NOTIFIED,
          assertThrows(InvalidValueException.class, () -> serious.apply(LexSarahCommand.close(day)))
              .code());
    }

    @Test
    void close_afterTheNotification_completesTheInvestigation() {
      LexSarahCase closed =
          Fixtures.in(LexSarahStatus.NOTIFIED, true).apply(LexSarahCommand.close(day)).next();
      assertEquals(LexSarahStatus.CLOSED, closed.status());
      assertEquals(Optional.of(day), closed.closed());
      assertTrue(closed.isNotified());
    }

    @Test
    void decisionDay_beforeTheAssessment_isRejected() {
      LexSarahCase serious = Fixtures.in(LexSarahStatus.ASSESSED, true);
      LocalDate assessedOn = serious.history().get(3).date();
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> serious.apply(LexSarahCommand.notifyIvo(day, assessedOn.minusDays(1))));
      assertEquals(QmsErrorCode.DATES_OUT_OF_ORDER, e.code());
      assertEquals(Optional.of("decisionDate"), e.field());
    }

    @Test
    void decisionDay_onTheAssessmentDay_isAccepted_andAfterTheNotification_isRejected() {
      LexSarahCase serious = Fixtures.in(LexSarahStatus.ASSESSED, true);
      LocalDate assessedOn = serious.history().get(3).date();
      assertEquals(
          LexSarahStatus.NOTIFIED,
          serious.apply(LexSarahCommand.notifyIvo(day, assessedOn)).next().status());
      assertEquals(
          QmsErrorCode.DATES_OUT_OF_ORDER,
          assertThrows(InvalidValueException.class, () -> LexSarahCommand.notifyIvo(day, day.plusDays(1)))
              .code());
    }

    @Test
    void commandDated_beforeTheLastEvent_isRejected() {
      LocalDate last = assessed.history().get(assessed.history().size() - 1).date();
      assertEquals(
          QmsErrorCode.HISTORY_INCONSISTENT,
          assertThrows(
                  InvalidValueException.class,
                  () -> assessed.apply(LexSarahCommand.close(last.minusDays(1))))
              .code());
    }

    @Test
    void commandDated_beforeTheReport_isRejected() {
      assertEquals(
          QmsErrorCode.CASE_DATE_BEFORE_START,
          assertThrows(
                  InvalidValueException.class,
                  () -> Fixtures.reported().apply(LexSarahCommand.receive(Fixtures.START.minusDays(1))))
              .code());
    }

    @Test
    void commandOnTheDayOfTheReport_isAccepted() {
      assertEquals(
          Optional.of(Fixtures.START),
          Fixtures.reported().apply(LexSarahCommand.receive(Fixtures.START)).next().received());
    }
  }

  @Nested
  class Payloads {
    private final LocalDate day = Fixtures.START;

    @Test
    void assess_withoutAnAssessment_isIncomplete() {
      assertEquals(
          QmsErrorCode.COMMAND_INCOMPLETE,
          assertThrows(InvalidValueException.class, () -> LexSarahCommand.of(ASSESS, day)).code());
    }

    @Test
    void notify_withoutADecisionDay_isIncomplete() {
      assertEquals(
          QmsErrorCode.COMMAND_INCOMPLETE,
          assertThrows(InvalidValueException.class, () -> LexSarahCommand.of(NOTIFY_IVO, day)).code());
    }

    @Test
    void assessment_onAnotherCommand_isIncomplete() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  LexSarahCommand.builder()
                      .type(REGISTER)
                      .date(day)
                      .assessment(LexSarahAssessment.IMPROPRIETY)
                      .build());
      assertEquals(QmsErrorCode.COMMAND_INCOMPLETE, e.code());
      assertEquals(Optional.of("assessment"), e.field());
    }

    @Test
    void decidedBy_onlyWithNotificationOrClosing() {
      assertEquals(
          Optional.of(Role.NAMND),
          LexSarahCommand.close(day).withDecidedBy(Role.NAMND).decidedBy());
      assertEquals(
          QmsErrorCode.COMMAND_INCOMPLETE,
          assertThrows(
                  InvalidValueException.class,
                  () -> LexSarahCommand.register(day).withDecidedBy(Role.FORVALTNINGSCHEF))
              .code());
    }

    @Test
    void referral_withNoImpropriety_isKept() {
      LexSarahCase c =
          Fixtures.in(LexSarahStatus.INVESTIGATING, false)
              .apply(LexSarahCommand.noImpropriety(day.plusDays(9), LexSarahReferral.COMPLAINT))
              .next();
      assertEquals(Optional.of(LexSarahAssessment.NO_IMPROPRIETY), c.assessment());
      assertEquals(Optional.of(LexSarahReferral.COMPLAINT), c.referral());
      assertFalse(c.isSerious());
    }

    @Test
    void referral_withAnImpropriety_isMisplaced() {
      assertEquals(
          QmsErrorCode.LEX_SARAH_REFERRAL_MISPLACED,
          assertThrows(
                  InvalidValueException.class,
                  () ->
                      LexSarahCommand.builder()
                          .type(ASSESS)
                          .date(day)
                          .assessment(LexSarahAssessment.IMPROPRIETY)
                          .referral(LexSarahReferral.COMPLAINT)
                          .build())
              .code());
    }

    @Test
    void referral_withoutAssess_isIncomplete() {
      assertEquals(
          QmsErrorCode.COMMAND_INCOMPLETE,
          assertThrows(
                  InvalidValueException.class,
                  () ->
                      LexSarahCommand.builder()
                          .type(CLOSE)
                          .date(day)
                          .referral(LexSarahReferral.DEVIATION)
                          .build())
              .code());
    }

    @Test
    void note_withAPersonalIdentityNumber_isRejected() {
      assertEquals(
          QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED,
          assertThrows(
                  InvalidValueException.class,
                  () -> LexSarahCommand.receive(day).withNote("Gäller 19121212-1212"))
              .code());
    }
  }
}
