package se.qms.core.selfinspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.TrafficLight;
import se.qms.core.organisation.Role;

class PassPolicyTest {
  static final ChecklistTemplate SBA =
      ChecklistTemplate.builder()
          .id("sba")
          .title("Systematiskt brandskyddsarbete (SBA)")
          .addItems(
              ChecklistItem.builder()
                  .id("dok")
                  .question("Finns aktuell brandskyddsdokumentation?")
                  .answerType(AnswerType.YES_NO_NA)
                  .mandatory(true)
                  .build(),
              ChecklistItem.builder()
                  .id("larm")
                  .question("Är brandlarmet provat?")
                  .answerType(AnswerType.YES_NO_NA)
                  .critical(true)
                  .weight(3)
                  .build(),
              ChecklistItem.builder()
                  .id("ovning")
                  .question("Hur väl fungerade utrymningsövningen?")
                  .answerType(AnswerType.SCALE)
                  .scaleMin(1)
                  .scaleMax(5)
                  .build(),
              ChecklistItem.builder()
                  .id("note")
                  .question("Övrigt")
                  .answerType(AnswerType.FREE_TEXT)
                  .build())
          .build();

  static CompletedChecklist completed(Answer... answers) {
    return CompletedChecklist.builder()
        .id("c1")
        .templateId("sba")
        .unitId("u1")
        .answeredBy(Role.ENHETSCHEF)
        .date(LocalDate.of(2016, 5, 2))
        .addAnswers(answers)
        .build();
  }

  @Test
  void allYes_isGodkand_green() {
    ChecklistOutcome o = SBA.evaluate(completed(Answer.yes("dok"), Answer.yes("larm"), Answer.scale("ovning", 5)));
    assertTrue(o.passed());
    assertEquals(1.0, o.score());
    assertEquals(TrafficLight.GREEN, o.light());
    assertEquals("Godkänd", o.labelSv());
    assertEquals(List.of(), o.failedItems());
  }

  @Test
  void mandatoryNo_isEjGodkand_red_andListsTheItem() {
    ChecklistOutcome o = SBA.evaluate(completed(Answer.no("dok"), Answer.yes("larm"), Answer.scale("ovning", 3)));
    assertFalse(o.passed());
    assertEquals(TrafficLight.RED, o.light());
    assertEquals("Ej godkänd", o.labelSv());
    assertEquals(List.of("dok"), o.failedItems());
  }

  @Test
  void mandatoryUnanswered_fails_optionalUnanswered_doesNot() {
    assertFalse(SBA.evaluate(completed(Answer.yes("larm"))).passed());
    assertTrue(SBA.evaluate(completed(Answer.yes("dok"), Answer.yes("larm"))).passed());
  }

  @Test
  void mandatoryNotApplicable_isAccepted() {
    assertTrue(
        SBA.evaluate(completed(Answer.choice("dok", Choice.NOT_APPLICABLE), Answer.yes("larm"))).passed());
  }

  @Test
  void criticalNo_fails_unlessThePolicyIgnoresCriticalItems() {
    CompletedChecklist c = completed(Answer.yes("dok"), Answer.no("larm"), Answer.scale("ovning", 5));
    assertFalse(SBA.evaluate(c).passed());
    PassPolicy lenient = PassPolicy.builder().noCriticalFailed(false).build();
    assertTrue(lenient.evaluate(SBA, c).passed());
  }

  @Test
  void score_isWeighted_andNotApplicableLeftOut() {
    // dok 1×1, larm 3×0, ovning 1×0.5 → 1.5 / 5
    ChecklistOutcome o =
        SBA.evaluate(completed(Answer.yes("dok"), Answer.no("larm"), Answer.scale("ovning", 3)));
    assertEquals(0.3, o.score(), 1e-12);
    ChecklistOutcome na =
        SBA.evaluate(
            completed(Answer.yes("dok"), Answer.choice("larm", Choice.NOT_APPLICABLE), Answer.scale("ovning", 3)));
    assertEquals(0.75, na.score(), 1e-12);
  }

  @Test
  void minimumScore_atThreshold_passes_justBelow_fails() {
    CompletedChecklist c = completed(Answer.yes("dok"), Answer.yes("larm"), Answer.scale("ovning", 1));
    // (1 + 3 + 0) / 5 = 0.8
    assertTrue(PassPolicy.builder().minimumScore(0.8).build().evaluate(SBA, c).passed());
    assertFalse(PassPolicy.builder().minimumScore(0.81).build().evaluate(SBA, c).passed());
  }

  @Test
  void minimumScore_aboveOne_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> PassPolicy.builder().minimumScore(1.01).build());
    assertEquals(QmsErrorCode.VALUE_OUT_OF_RANGE, e.code());
  }

  @Nested
  class Mismatches {
    @Test
    void evaluate_otherVersion_throwsTemplateMismatch() {
      CompletedChecklist c =
          CompletedChecklist.builder()
              .id("c2")
              .templateId("sba")
              .templateVersion(2)
              .unitId("u1")
              .answeredBy(Role.ENHETSCHEF)
              .date(LocalDate.of(2016, 5, 2))
              .build();
      assertEquals(
          QmsErrorCode.CHECKLIST_TEMPLATE_MISMATCH,
          assertThrows(InvalidValueException.class, () -> SBA.evaluate(c)).code());
    }

    @Test
    void evaluate_unknownItem_throws() {
      assertEquals(
          QmsErrorCode.CHECKLIST_ANSWER_UNKNOWN_ITEM,
          assertThrows(InvalidValueException.class, () -> SBA.evaluate(completed(Answer.yes("x")))).code());
    }

    @Test
    void evaluate_scaleAnswerToYesNoItem_throwsAnswerType() {
      assertEquals(
          QmsErrorCode.CHECKLIST_ANSWER_TYPE,
          assertThrows(InvalidValueException.class, () -> SBA.evaluate(completed(Answer.scale("dok", 1)))).code());
    }

    @Test
    void evaluate_scaleAboveMax_throwsOutOfRange() {
      assertEquals(
          QmsErrorCode.VALUE_OUT_OF_RANGE,
          assertThrows(InvalidValueException.class, () -> SBA.evaluate(completed(Answer.scale("ovning", 6)))).code());
    }
  }

  @Nested
  class Values {
    @Test
    void item_scaleWithoutBounds_throwsInconsistent() {
      assertEquals(
          QmsErrorCode.INCONSISTENT_VALUE,
          assertThrows(
                  InvalidValueException.class,
                  () -> ChecklistItem.builder().id("a").question("q").answerType(AnswerType.SCALE).build())
              .code());
    }

    @Test
    void item_scaleMinEqualsMax_throwsInconsistent() {
      assertThrows(
          InvalidValueException.class,
          () ->
              ChecklistItem.builder()
                  .id("a").question("q").answerType(AnswerType.SCALE).scaleMin(3).scaleMax(3).build());
    }

    @Test
    void template_withoutItems_throwsMissing() {
      assertEquals(
          QmsErrorCode.VALUE_MISSING,
          assertThrows(InvalidValueException.class, () -> ChecklistTemplate.builder().id("t").title("T").build())
              .code());
    }

    @Test
    void template_duplicateItem_throws() {
      assertEquals(
          QmsErrorCode.DUPLICATE_ID,
          assertThrows(
                  InvalidValueException.class,
                  () ->
                      ChecklistTemplate.builder()
                          .id("t")
                          .title("T")
                          .addItems(ChecklistItem.yesNo("a", "q"), ChecklistItem.yesNo("a", "r"))
                          .build())
              .code());
    }

    @Test
    void answer_twoValues_throwsInconsistent() {
      assertThrows(
          InvalidValueException.class,
          () -> Answer.builder().itemId("a").choice(Choice.YES).scale(1).build());
    }

    @Test
    void completed_sameItemTwice_throwsDuplicate() {
      assertEquals(
          QmsErrorCode.DUPLICATE_ID,
          assertThrows(InvalidValueException.class, () -> completed(Answer.yes("dok"), Answer.no("dok"))).code());
    }

    @Test
    void answerText_withPersonalIdentityNumber_isRejected() {
      assertEquals(
          QmsErrorCode.PERSONAL_IDENTITY_NUMBER_REJECTED,
          assertThrows(
                  InvalidValueException.class,
                  () -> Answer.builder().itemId("note").text("gäller 19121212-1212").build())
              .code());
    }
  }
}
