package se.qms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.deadline.DeadlineRule;
import se.qms.core.deadline.DeadlineStatus;
import se.qms.core.deadline.TimeLimit;
import se.qms.core.measure.Period;
import se.qms.core.organisation.PersonRef;

class ComplaintTest {
  private static final LocalDate RECEIVED = LocalDate.of(2019, 3, 1);
  private final Complaint complaint =
      Complaint.builder()
          .id("K-2019-017")
          .kind(ComplaintKind.COMPLAINT)
          .source(ComplaintSource.USERS_AND_NEXT_OF_KIN)
          .subject(TaxonomyPreset.COMPLAINT_SUBJECTS.taxonomy().require("tillganglighet"))
          .unitId("hemtjanst-norr")
          .summary("Anhörig når inte enheten per telefon")
          .received(RECEIVED)
          .build();

  @Nested
  class AnswerDeadline {
    @Test
    void default_isFourteenDaysFromReceipt() {
      assertEquals(
          LocalDate.of(2019, 3, 15), complaint.answerDueDate(Complaint.DEFAULT_ANSWER_RULE));
    }

    @Test
    void deadline_onTheDay_isNotOverdue() {
      assertFalse(complaint.isOverdue(LocalDate.of(2019, 3, 15)));
    }

    @Test
    void deadline_dayAfter_isOverdue() {
      assertTrue(complaint.isOverdue(LocalDate.of(2019, 3, 16)));
    }

    @Test
    void answeredInTime_isNeverOverdue() {
      Complaint answered =
          complaint.apply(ComplaintCommand.answer(LocalDate.of(2019, 3, 15))).next();
      assertFalse(answered.isOverdue(LocalDate.of(2019, 12, 31)));
      assertEquals(
          DeadlineStatus.MET,
          answered.answerStatus(Complaint.DEFAULT_ANSWER_RULE, LocalDate.of(2019, 12, 31)));
    }

    @Test
    void configurableRule_tenWorkingDays() {
      DeadlineRule tenWorkingDays = DeadlineRule.of(TimeLimit.workingDays(10));
      assertEquals(LocalDate.of(2019, 3, 15), complaint.answerDueDate(tenWorkingDays));
      Complaint easter =
          Complaint.received("K-2", ComplaintKind.COMMENT, LocalDate.of(2019, 4, 15));
      // 15 April 2019 + 10 working days, skipping långfredagen 19 April and annandag påsk 22 April
      assertEquals(LocalDate.of(2019, 5, 2), easter.answerDueDate(tenWorkingDays));
    }
  }

  @Test
  void fullLifecycle_recordsDatesAndPastTenseEvents() {
    PersonRef handler = PersonRef.of("p-3", "Enhetschef Hemtjänst Norr");
    Complaint c =
        complaint
            .apply(ComplaintCommand.acknowledge(LocalDate.of(2019, 3, 4)).withActor(handler))
            .next()
            .apply(ComplaintCommand.answer(LocalDate.of(2019, 3, 12)))
            .next()
            .apply(ComplaintCommand.close(LocalDate.of(2019, 3, 20), Satisfaction.PARTLY_SATISFIED))
            .next();
    assertEquals(ComplaintStatus.CLOSED, c.status());
    assertEquals(LocalDate.of(2019, 3, 4), c.acknowledged().orElseThrow());
    assertEquals(LocalDate.of(2019, 3, 12), c.answered().orElseThrow());
    assertEquals(LocalDate.of(2019, 3, 20), c.closed().orElseThrow());
    assertEquals(Satisfaction.PARTLY_SATISFIED, c.satisfaction().orElseThrow());
    assertEquals(
        List.of("Acknowledged", "Answered", "Closed"),
        c.history().stream().map(CaseEvent::name).collect(Collectors.toList()));
    assertEquals(
        List.of("Mottagande bekräftat", "Besvarad", "Avslutad"),
        c.history().stream().map(CaseEvent::swedishName).collect(Collectors.toList()));
    assertEquals(handler, c.history().get(0).actor().orElseThrow());
  }

  @Test
  void notSatisfied_requestsTheDelegation_reopensTheCase_keepsTheFirstAnswerDate() {
    Complaint c =
        complaint
            .apply(ComplaintCommand.answer(LocalDate.of(2019, 3, 12)))
            .next()
            .apply(ComplaintCommand.requestDelegation(LocalDate.of(2019, 3, 25)))
            .next();
    assertEquals(ComplaintStatus.IN_PROGRESS, c.status());
    assertEquals(LocalDate.of(2019, 3, 25), c.delegationRequested().orElseThrow());
    assertEquals(Satisfaction.NOT_SATISFIED, c.satisfaction().orElseThrow());
    Complaint again = c.apply(ComplaintCommand.answer(LocalDate.of(2019, 4, 30))).next();
    assertEquals(LocalDate.of(2019, 3, 12), again.answered().orElseThrow());
    assertEquals(3, again.history().size()); // answered, delegation requested, answered
  }

  @Test
  void toRecord_carriesKindSubjectSourceUnitAndMonth() {
    CaseRecord r = complaint.toRecord();
    assertEquals(CaseType.COMPLAINT, r.type());
    assertEquals(ComplaintKind.COMPLAINT, r.kind().orElseThrow());
    assertEquals("tillganglighet", r.subject().orElseThrow().code());
    assertEquals(ComplaintSource.USERS_AND_NEXT_OF_KIN, r.source().orElseThrow());
    assertEquals("hemtjanst-norr", r.unit().orElseThrow());
    assertEquals(Period.month(2019, 3), r.period().orElseThrow());
  }

  @Nested
  class Invariants {
    @Test
    void answeredBeforeReceipt_isRejected() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  Complaint.builder()
                      .id("K-1")
                      .kind(ComplaintKind.COMPLAINT)
                      .received(RECEIVED)
                      .answered(RECEIVED.minusDays(1))
                      .build());
      assertEquals(QmsErrorCode.CASE_DATE_BEFORE_START, e.code());
    }

    @Test
    void answeredStatusWithoutAnswerDate_isRejected() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  Complaint.builder()
                      .id("K-1")
                      .kind(ComplaintKind.COMPLAINT)
                      .received(RECEIVED)
                      .status(ComplaintStatus.ANSWERED)
                      .build());
      assertEquals(QmsErrorCode.INCONSISTENT_VALUE, e.code());
    }

    @Test
    void personalIdentityNumberInTheSummary_isRejected_andWithheld() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  Complaint.builder()
                      .id("K-1")
                      .kind(ComplaintKind.COMPLAINT)
                      .received(RECEIVED)
                      .summary("Gäller 19121212-1212")
                      .build());
      assertEquals(QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED, e.code());
      assertFalse(e.getMessage().contains("1212"));
    }

    @Test
    void missingKind_isAMissingValue() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> Complaint.builder().id("K-1").received(RECEIVED).build());
      assertEquals(QmsErrorCode.VALUE_MISSING, e.code());
    }

    @Test
    void satisfactionOnAnythingButClose_isAnIncompleteCommand() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  ComplaintCommand.builder()
                      .type(ComplaintCommandType.ANSWER)
                      .date(RECEIVED)
                      .satisfaction(Satisfaction.SATISFIED)
                      .build());
      assertEquals(QmsErrorCode.COMMAND_INCOMPLETE, e.code());
    }
  }

  @Test
  void kindsAndSources_readTheirSwedishNames() {
    assertEquals(ComplaintKind.PRAISE, ComplaintKind.parseSwedish(" beröm "));
    assertEquals(ComplaintKind.COMPLAINT, ComplaintKind.parseSwedish("Klagomål"));
    assertEquals(7, ComplaintSource.values().length);
    assertEquals(ComplaintSource.AUTHORITIES, ComplaintSource.parseSwedish("Myndigheter"));
    assertEquals(
        QmsErrorCode.VALUE_MALFORMED,
        assertThrows(InvalidValueException.class, () -> ComplaintKind.parseSwedish("Klagan"))
            .code());
  }
}
