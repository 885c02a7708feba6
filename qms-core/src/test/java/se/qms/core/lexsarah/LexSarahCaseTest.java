package se.qms.core.lexsarah;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;

class LexSarahCaseTest {
  private static final LocalDate DAY = Fixtures.START;

  private static LexSarahCase.Builder base() {
    return LexSarahCase.builder().id("LS-1").committeeId("sn").reported(DAY);
  }

  private static QmsErrorCode code(Executable e) {
    return assertThrows(InvalidValueException.class, e).code();
  }

  @Nested
  class Values {
    @Test
    void reported_hasDefaults() {
      LexSarahCase c = Fixtures.reported();
      assertEquals(LexSarahStatus.REPORTED, c.status());
      assertEquals(ProviderKind.MUNICIPAL, c.provider());
      assertEquals(List.of(), c.history());
      assertEquals(Optional.empty(), c.assessment());
      assertEquals(Optional.of(DAY), c.dateReached(LexSarahStatus.REPORTED));
      assertEquals(OptionalInt.empty(), c.individualsConcerned());
    }

    @Test
    void fullReport_keepsEveryField() {
      LexSarahCase c =
          base()
              .unitId("e1")
              .provider(ProviderKind.PRIVATE)
              .reporterRole(Role.MEDARBETARE)
              .description("Brukare lämnad ensam under natten")
              .individualCount(2)
              .addIndividuals(PersonRef.of("b-1", "Brukare A"))
              .addCategories(LexSarahCategory.NEGLECT, LexSarahCategory.EXECUTION)
              .immediateMeasures("Extra nattpersonal insatt")
              .riskEstimate(LexSarahRiskEstimate.of(3, 4))
              .build();
      assertEquals(OptionalInt.of(2), c.individualsConcerned());
      assertEquals(12, c.riskEstimate().orElseThrow().value());
      assertEquals(List.of(LexSarahCategory.NEGLECT, LexSarahCategory.EXECUTION), c.categories());
    }

    @Test
    void individualsNamed_withoutACount_areCounted() {
      LexSarahCase c =
          base().addIndividuals(PersonRef.of("b-1", "A"), PersonRef.of("b-2", "B")).build();
      assertEquals(OptionalInt.of(2), c.individualsConcerned());
    }

    @Test
    void missingCommittee_isAMissingValue() {
      assertThrows(
          MissingValueException.class, () -> LexSarahCase.builder().id("x").reported(DAY).build());
    }

    @Test
    void blankId_tooLongUnit_personalIdentityNumbers_areRejected() {
      assertEquals(QmsErrorCode.VALUE_BLANK, code(() -> LexSarahCase.reported(" ", "sn", DAY)));
      assertEquals(QmsErrorCode.VALUE_TOO_LONG, code(() -> base().unitId("u".repeat(201)).build()));
      assertEquals(
          QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED,
          code(() -> base().description("Gäller 121212-1212").build()));
      assertEquals(
          QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED,
          code(() -> LexSarahCase.reported("LS-1", "191212121212", DAY)));
    }

    @Test
    void individualCount_outOfRange_isRejected() {
      assertEquals(QmsErrorCode.VALUE_OUT_OF_RANGE, code(() -> base().individualCount(0).build()));
      assertEquals(
          QmsErrorCode.VALUE_OUT_OF_RANGE,
          code(() -> base().individualCount(LexSarahCase.MAX_INDIVIDUALS + 1).build()));
      assertEquals(
          LexSarahCase.MAX_INDIVIDUALS,
          base().individualCount(LexSarahCase.MAX_INDIVIDUALS).build().individualCount().getAsInt());
    }

    @Test
    void moreIndividualsNamedThanCounted_orNamedTwice_isInconsistent() {
      assertEquals(
          QmsErrorCode.LEX_SARAH_INDIVIDUALS_INCONSISTENT,
          code(
              () ->
                  base()
                      .individualCount(1)
                      .addIndividuals(PersonRef.of("b-1", "A"), PersonRef.of("b-2", "B"))
                      .build()));
      assertEquals(
          QmsErrorCode.LEX_SARAH_INDIVIDUALS_INCONSISTENT,
          code(
              () ->
                  base()
                      .addIndividuals(PersonRef.of("b-1", "A"), PersonRef.of("b-1", "A igen"))
                      .build()));
    }

    @Test
    void categoryTwice_isADuplicate() {
      assertEquals(
          QmsErrorCode.DUPLICATE_ID,
          code(() -> base().addCategories(LexSarahCategory.OTHER, LexSarahCategory.OTHER).build()));
    }

    @Test
    void riskEstimate_outsideAnyScale_isRejected() {
      assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, code(() -> LexSarahRiskEstimate.of(0, 1)));
      assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, code(() -> LexSarahRiskEstimate.of(1, 11)));
      assertEquals(100, LexSarahRiskEstimate.of(10, 10).value());
    }
  }

  @Nested
  class Histories {
    @Test
    void stepDates_comeFromTheHistory() {
      LexSarahCase c = Fixtures.in(LexSarahStatus.CLOSED, true);
      assertEquals(Optional.of(DAY.plusDays(1)), c.received());
      assertEquals(Optional.of(DAY.plusDays(2)), c.registered());
      assertEquals(Optional.of(DAY.plusDays(3)), c.investigationStarted());
      assertEquals(Optional.of(DAY.plusDays(4)), c.seriousSince());
      assertEquals(Optional.of(DAY.plusDays(5)), c.notified());
      assertEquals(Optional.of(DAY.plusDays(6)), c.closed());
      assertEquals(Optional.of(LexSarahAssessment.SERIOUS_IMPROPRIETY), c.assessment());
    }

    @Test
    void statusOn_readsTheHistoryAsOfADay() {
      LexSarahCase c = Fixtures.in(LexSarahStatus.CLOSED, false);
      assertEquals(LexSarahStatus.REPORTED, c.statusOn(DAY));
      assertEquals(LexSarahStatus.RECEIVED, c.statusOn(DAY.plusDays(1)));
      assertEquals(LexSarahStatus.INVESTIGATING, c.statusOn(DAY.plusDays(3)));
      assertEquals(LexSarahStatus.CLOSED, c.statusOn(DAY.plusDays(99)));
      assertEquals(Optional.empty(), c.assessmentOn(DAY.plusDays(3)));
      assertEquals(Optional.of(LexSarahAssessment.IMPROPRIETY), c.assessmentOn(DAY.plusDays(4)));
    }

    @Test
    void importedCase_withoutHistory_keepsItsStatus_andKnowsNoStepDates() {
      LexSarahCase c = base().status(LexSarahStatus.CLOSED).build();
      assertEquals(LexSarahStatus.CLOSED, c.statusOn(DAY));
      assertEquals(Optional.empty(), c.registered());
      assertEquals(Optional.empty(), c.assessment());
      assertTrue(c.hasPassed(LexSarahStatus.REGISTERED));
      assertFalse(c.isNotified());
    }

    @Test
    void importedHistory_mayStartInAnyStatus() {
      LexSarahCase c =
          base()
              .status(LexSarahStatus.INVESTIGATING)
              .addHistory(
                  LexSarahEvent.of(
                      LexSarahCommandType.START_INVESTIGATION,
                      LexSarahStatus.REGISTERED,
                      LexSarahStatus.INVESTIGATING,
                      DAY.plusDays(7)))
              .build();
      assertEquals(Optional.empty(), c.registered());
      assertEquals(Optional.of(DAY.plusDays(7)), c.investigationStarted());
      assertEquals(LexSarahStatus.REGISTERED, c.statusOn(DAY));
    }

    @Test
    void historyThatIsNotAChain_isRejected() {
      LexSarahEvent receive =
          LexSarahEvent.of(
              LexSarahCommandType.RECEIVE, LexSarahStatus.REPORTED, LexSarahStatus.RECEIVED, DAY);
      LexSarahEvent wrongTarget =
          LexSarahEvent.of(
              LexSarahCommandType.RECEIVE, LexSarahStatus.REPORTED, LexSarahStatus.REGISTERED, DAY);
      assertEquals(
          QmsErrorCode.HISTORY_INCONSISTENT,
          code(() -> base().status(LexSarahStatus.RECEIVED).addHistory(receive, receive).build()));
      assertEquals(
          QmsErrorCode.HISTORY_INCONSISTENT,
          code(() -> base().status(LexSarahStatus.REGISTERED).addHistory(wrongTarget).build()));
      assertEquals(
          QmsErrorCode.HISTORY_INCONSISTENT,
          code(() -> base().status(LexSarahStatus.CLOSED).addHistory(receive).build()));
    }

    @Test
    void historyOutOfDateOrder_orBeforeTheReport_isRejected() {
      LexSarahEvent receive =
          LexSarahEvent.of(
              LexSarahCommandType.RECEIVE, LexSarahStatus.REPORTED, LexSarahStatus.RECEIVED, DAY.plusDays(2));
      LexSarahEvent register =
          LexSarahEvent.of(
              LexSarahCommandType.REGISTER, LexSarahStatus.RECEIVED, LexSarahStatus.REGISTERED, DAY.plusDays(1));
      assertEquals(
          QmsErrorCode.HISTORY_INCONSISTENT,
          code(() -> base().status(LexSarahStatus.REGISTERED).addHistory(receive, register).build()));
      assertEquals(
          QmsErrorCode.CASE_DATE_BEFORE_START,
          code(
              () ->
                  base()
                      .status(LexSarahStatus.RECEIVED)
                      .addHistory(
                          LexSarahEvent.of(
                              LexSarahCommandType.RECEIVE,
                              LexSarahStatus.REPORTED,
                              LexSarahStatus.RECEIVED,
                              DAY.minusDays(1)))
                      .build()));
    }

    @Test
    void importedNotification_withoutAKnownSeriousAssessment_isRejected() {
      LexSarahEvent notify =
          LexSarahEvent.builder()
              .command(LexSarahCommandType.NOTIFY_IVO)
              .from(LexSarahStatus.ASSESSED)
              .to(LexSarahStatus.NOTIFIED)
              .date(DAY.plusDays(3))
              .decisionDate(DAY.plusDays(3))
              .build();
      assertEquals(
          QmsErrorCode.LEX_SARAH_NOT_SERIOUS,
          code(() -> base().status(LexSarahStatus.NOTIFIED).addHistory(notify).build()));
    }

    @Test
    void historyClosingASeriousCaseWithoutNotification_isRejected() {
      List<LexSarahEvent> serious = Fixtures.in(LexSarahStatus.ASSESSED, true).history();
      LexSarahEvent close =
          LexSarahEvent.of(
              LexSarahCommandType.CLOSE, LexSarahStatus.ASSESSED, LexSarahStatus.CLOSED, DAY.plusDays(9));
      assertEquals(
          QmsErrorCode.LEX_SARAH_SERIOUS_NOT_NOTIFIED,
          code(
              () ->
                  base()
                      .status(LexSarahStatus.CLOSED)
                      .addAllHistory(serious)
                      .addHistory(close)
                      .build()));
    }

    @Test
    void historyList_cannotBeModified() {
      LexSarahCase c = Fixtures.in(LexSarahStatus.REGISTERED, false);
      assertThrows(UnsupportedOperationException.class, () -> c.history().clear());
      assertEquals(2, c.history().size());
    }
  }
}
