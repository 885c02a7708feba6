package se.qms.core.unexecuted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

class FavourableDecisionTest {
  static final Insats KONTAKTPERSON =
      InsatsCatalogue.defaults().find("lss-kontaktperson").orElseThrow();
  static final LocalDate DECIDED = LocalDate.of(2019, 1, 15);

  static FavourableDecision.Builder base() {
    return FavourableDecision.builder().id("B-1").insats(KONTAKTPERSON).decided(DECIDED).gender(Gender.WOMAN);
  }

  static FavourableDecision fresh() {
    return FavourableDecision.decided("B-1", KONTAKTPERSON, DECIDED, Gender.WOMAN);
  }

  /** A decision brought to {@code status} by a shortest path of commands. */
  static FavourableDecision in(ExecutionStatus status) {
    FavourableDecision d = fresh();
    LocalDate day = DECIDED.plusDays(1);
    switch (status) {
      case DECIDED:
        return d;
      case OFFERED:
        return d.apply(ExecutionCommand.offer(day)).next();
      case DECLINED:
        return in(ExecutionStatus.OFFERED).apply(ExecutionCommand.decline(day)).next();
      case EXECUTED:
        return d.apply(ExecutionCommand.execute(day)).next();
      case INTERRUPTED:
        return in(ExecutionStatus.EXECUTED).apply(ExecutionCommand.interrupt(day)).next();
      default:
        return d.apply(ExecutionCommand.end(day)).next();
    }
  }

  static Stream<Arguments> everyStatusAndCommand() {
    return Stream.of(ExecutionStatus.values())
        .flatMap(s -> Stream.of(ExecutionCommandType.values()).map(c -> Arguments.of(s, c)));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("everyStatusAndCommand")
  void everyCommand_inEveryStatus_followsTheTable_orIsRejected(
      ExecutionStatus status, ExecutionCommandType command) {
    FavourableDecision d = in(status);
    assertEquals(status, d.status());
    List<ExecutionEvent> before = d.history();
    LocalDate day = DECIDED.plusDays(10);
    Optional<ExecutionStatus> expected = status.after(command);
    if (expected.isPresent()) {
      ExecutionTransition t = d.apply(ExecutionCommand.of(command, day));
      assertEquals(expected.get(), t.next().status());
      assertEquals(ExecutionEvent.of(command, status, expected.get(), day), t.event());
      assertEquals(before, t.next().history().subList(0, before.size()));
      assertEquals(before.size() + 1, t.next().history().size());
    } else {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> d.apply(ExecutionCommand.of(command, day)));
      assertEquals(QmsErrorCode.TRANSITION_NOT_ALLOWED, e.code());
      assertEquals(before, d.history());
    }
  }

  @Test
  void theTable_allowsExactlyTheDocumentedTransitions() {
    assertEquals(
        java.util.EnumSet.of(ExecutionCommandType.OFFER, ExecutionCommandType.EXECUTE, ExecutionCommandType.END),
        ExecutionStatus.DECIDED.allowedCommands());
    assertEquals(
        java.util.EnumSet.of(
            ExecutionCommandType.OFFER,
            ExecutionCommandType.DECLINE,
            ExecutionCommandType.RESUME,
            ExecutionCommandType.END),
        ExecutionStatus.INTERRUPTED.allowedCommands());
    assertTrue(ExecutionStatus.ENDED.allowedCommands().isEmpty());
    assertEquals(Optional.empty(), ExecutionStatus.EXECUTED.after(ExecutionCommandType.EXECUTE));
  }

  @Nested
  class Dates {
    @Test
    void apply_beforeTheDecision_throwsCaseDateBeforeStart() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> fresh().apply(ExecutionCommand.offer(DECIDED.minusDays(1))));
      assertEquals(QmsErrorCode.CASE_DATE_BEFORE_START, e.code());
    }

    @Test
    void apply_onTheDayOfDecision_isAllowed() {
      assertEquals(
          Optional.of(DECIDED), fresh().apply(ExecutionCommand.execute(DECIDED)).next().executed());
    }

    @Test
    void apply_beforeTheLastEvent_throwsHistoryInconsistent() {
      FavourableDecision offered = fresh().apply(ExecutionCommand.offer(DECIDED.plusDays(5))).next();
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> offered.apply(ExecutionCommand.decline(DECIDED.plusDays(4))));
      assertEquals(QmsErrorCode.HISTORY_INCONSISTENT, e.code());
    }

    @Test
    void datesOfTheReports_areReadFromTheHistory() {
      FavourableDecision d = fresh();
      d = d.apply(ExecutionCommand.offer(LocalDate.of(2019, 2, 1))).next();
      d = d.apply(ExecutionCommand.decline(LocalDate.of(2019, 2, 8))).next();
      d = d.apply(ExecutionCommand.offer(LocalDate.of(2019, 5, 2))).next();
      d = d.apply(ExecutionCommand.execute(LocalDate.of(2019, 6, 3))).next();
      d = d.apply(ExecutionCommand.interrupt(LocalDate.of(2019, 8, 1))).next();
      d = d.apply(ExecutionCommand.resume(LocalDate.of(2019, 12, 2))).next();
      d = d.apply(ExecutionCommand.end(LocalDate.of(2020, 3, 31))).next();
      assertEquals(List.of(LocalDate.of(2019, 2, 1), LocalDate.of(2019, 5, 2)), d.offers());
      assertEquals(List.of(LocalDate.of(2019, 2, 8)), d.declines());
      assertEquals(Optional.of(LocalDate.of(2019, 6, 3)), d.executed());
      assertEquals(List.of(LocalDate.of(2019, 8, 1)), d.interruptions());
      assertEquals(List.of(LocalDate.of(2019, 12, 2)), d.resumptions());
      assertEquals(Optional.of(LocalDate.of(2020, 3, 31)), d.ended());
      assertEquals(ExecutionStatus.INTERRUPTED, d.statusOn(LocalDate.of(2019, 12, 1)));
      assertEquals(ExecutionStatus.EXECUTED, d.statusOn(LocalDate.of(2019, 12, 2)));
      assertEquals(2, d.waitingPeriods().size());
      assertEquals(WaitingKind.RESUMPTION, d.waitingPeriods().get(1).kind());
      assertEquals(Optional.of(ExecutionCommandType.RESUME), d.waitingPeriods().get(1).closedBy());
    }
  }

  @Nested
  class Invariants {
    @Test
    void builder_historyNotStartingAtDecided_throwsHistoryInconsistent() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  base().addAllHistory(
                      List.of(
                          ExecutionEvent.of(
                              ExecutionCommandType.RESUME,
                              ExecutionStatus.INTERRUPTED,
                              ExecutionStatus.EXECUTED,
                              DECIDED))).build());
      assertEquals(QmsErrorCode.HISTORY_INCONSISTENT, e.code());
      assertEquals(Optional.of("history[0].from"), e.field());
    }

    @Test
    void builder_historyEventNotInTheTable_throwsHistoryInconsistent_likeEveryCaseHistory() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  base().addAllHistory(
                      List.of(
                          ExecutionEvent.of(
                              ExecutionCommandType.DECLINE,
                              ExecutionStatus.DECIDED,
                              ExecutionStatus.DECLINED,
                              DECIDED))).build());
      assertEquals(QmsErrorCode.HISTORY_INCONSISTENT, e.code());
    }

    @Test
    void builder_statusNotWhereTheHistoryLeads_throwsHistoryInconsistent() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class, () -> base().status(ExecutionStatus.EXECUTED).build());
      assertEquals(QmsErrorCode.HISTORY_INCONSISTENT, e.code());
      assertEquals(Optional.of("status"), e.field());
    }

    @Test
    void builder_idWithPersonalIdentityNumber_isRejected() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> FavourableDecision.decided("19121212-1212", KONTAKTPERSON, DECIDED, Gender.MAN));
      assertEquals(QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED, e.code());
    }

    @Test
    void builder_blankReasonText_isRejected() {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> fresh().withDelayReasonText(" "));
      assertEquals(QmsErrorCode.VALUE_BLANK, e.code());
    }

    @Test
    void builder_withoutGender_throwsMissingValue() {
      assertThrows(
          MissingValueException.class,
          () -> FavourableDecision.builder().id("B").insats(KONTAKTPERSON).decided(DECIDED).build());
    }
  }

  @Nested
  class Catalogue {
    @Test
    void register_withInsatsOutsideTheCatalogue_throwsInsatsUnknown() {
      FavourableDecision d =
          FavourableDecision.decided("B", Insats.of(Law.SOL, "sol-boendestod", "Boendestöd"), DECIDED, Gender.MAN);
      UnexecutedDecisionRegister register = UnexecutedDecisionRegister.of(List.of(d), List.of());
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> register.check(UnexecutedDecisionPolicy.defaults()));
      assertEquals(QmsErrorCode.INSATS_UNKNOWN, e.code());
      assertEquals(Optional.of("decisions[0].insats"), e.field());
    }

    @Test
    void register_insatsWithAnotherLabel_throwsInsatsUnknown() {
      FavourableDecision d =
          FavourableDecision.decided("B", Insats.of(Law.LSS, "lss-kontaktperson", "Kontaktfamilj"), DECIDED, Gender.MAN);
      assertThrows(
          InvalidValueException.class,
          () ->
              UnexecutedDecisionRegister.of(List.of(d), List.of())
                  .check(UnexecutedDecisionPolicy.defaults()));
    }

    @Test
    void catalogue_duplicateCode_throwsDuplicateId() {
      Insats a = Insats.of(Law.SOL, "sol-larm", "Larm");
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> InsatsCatalogue.of(List.of(a, a)));
      assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
    }

    @Test
    void catalogue_sameLabelUnderBothLaws_isAllowed() {
      assertEquals(
          List.of("Kontaktperson"),
          InsatsCatalogue.defaults().under(Law.LSS).stream()
              .map(Insats::label)
              .filter(l -> l.equals("Kontaktperson"))
              .collect(java.util.stream.Collectors.toList()));
      assertEquals(9, InsatsCatalogue.defaults().under(Law.SOL).size());
      assertEquals(6, InsatsCatalogue.defaults().under(Law.LSS).size());
    }

    @Test
    void register_twoDecisionsWithOneId_throwsDuplicateId() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> UnexecutedDecisionRegister.of(List.of(fresh(), fresh()), List.of()));
      assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
    }
  }
}
