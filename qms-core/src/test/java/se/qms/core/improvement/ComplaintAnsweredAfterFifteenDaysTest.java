package se.qms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.qms.core.deadline.DeadlineRule;
import se.qms.core.deadline.DeadlineStatus;

/**
 * Seed 002 §5.2: "Ett mottaget klagomål ska besvaras av enheten … inom två veckor." A complaint
 * received on Friday 1 March 2019 and answered on Saturday 16 March, fifteen days later.
 */
class ComplaintAnsweredAfterFifteenDaysTest {
  private final Complaint received =
      Complaint.received("K-2019-031", ComplaintKind.COMPLAINT, LocalDate.of(2019, 3, 1));
  private final Complaint answered =
      received.apply(ComplaintCommand.answer(LocalDate.of(2019, 3, 16))).next();

  @Test
  void onTheFourteenthDay_itIsStillInTime() {
    assertEquals(
        DeadlineStatus.PENDING,
        received.answerStatus(Complaint.DEFAULT_ANSWER_RULE, LocalDate.of(2019, 3, 15)));
  }

  @Test
  void onTheFifteenthDay_beforeTheAnswer_itIsOverdue() {
    assertTrue(received.isOverdue(LocalDate.of(2019, 3, 16)));
  }

  @Test
  void afterTheAnswer_itWasAnsweredLate_butIsNoLongerOverdue() {
    assertEquals(
        DeadlineStatus.LATE,
        answered.answerStatus(Complaint.DEFAULT_ANSWER_RULE, LocalDate.of(2019, 3, 31)));
    assertFalse(answered.isOverdue(LocalDate.of(2019, 3, 31)));
  }

  @Test
  void asOfTheFifteenthDay_theAnswerOfThatDayCounts_andIsLate() {
    assertEquals(
        DeadlineStatus.LATE,
        answered.answerStatus(Complaint.DEFAULT_ANSWER_RULE, LocalDate.of(2019, 3, 16)));
  }

  @Test
  void aRuleMovingDueDatesOffWeekends_wouldNotHaveHelped_theFifteenthIsNotAWorkingDay() {
    // due Friday 15 March, a working day, so moving changes nothing
    DeadlineRule moving = Complaint.DEFAULT_ANSWER_RULE.withMoveToNextWorkingDay(true);
    assertEquals(LocalDate.of(2019, 3, 15), received.answerDueDate(moving));
    assertEquals(DeadlineStatus.LATE, answered.answerStatus(moving, LocalDate.of(2019, 3, 31)));
  }
}
