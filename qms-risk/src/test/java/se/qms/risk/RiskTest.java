package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.process.ProcessNumber;

class RiskTest {
  private static final RiskAssessment MARCH =
      RiskAssessment.of(LocalDate.of(2016, 3, 1), List.of(Rating.of(RiskScoreTest.assessor(1), 2, 3)));
  private static final RiskAssessment OCTOBER =
      RiskAssessment.of(LocalDate.of(2016, 10, 1), List.of(Rating.of(RiskScoreTest.assessor(1), 1, 3)));

  private static Risk.Builder r2() {
    Risk.Builder b = Risk.builder();
    b.id("R2").title("Brukare har inte en aktuell genomförandeplan");
    b.process(ProcessNumber.parse("2.2.1.5.1")).basis("Frekventa iakttagelser av risker");
    return b;
  }

  @Test
  void status_followsTheContent_unlessSet() {
    assertEquals(RiskStatus.IDENTIFIED, r2().build().status());
    assertEquals(RiskStatus.ASSESSED, r2().addAssessments(MARCH).build().status());
    assertEquals(RiskStatus.TREATED, r2().addAssessments(MARCH).addActionIds("A1").build().status());
    assertEquals(RiskStatus.CLOSED, r2().status(RiskStatus.CLOSED).build().status());
  }

  @Test
  void identifiedWithAnAssessment_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> r2().status(RiskStatus.IDENTIFIED).addAssessments(MARCH).build());
    assertEquals(QmsErrorCode.RISK_STATUS_INCONSISTENT, e.code());
  }

  @Test
  void assessedWithoutAssessment_throws() {
    assertThrows(InvalidValueException.class, () -> r2().status(RiskStatus.ASSESSED).build());
  }

  @Test
  void treatedWithoutAction_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> r2().status(RiskStatus.TREATED).addAssessments(MARCH).build());
    assertEquals(QmsErrorCode.RISK_STATUS_INCONSISTENT, e.code());
  }

  @Test
  void plusAssessment_andPlusActionId_moveTheStatusOn() {
    Risk identified = r2().build();
    Risk assessed = identified.plusAssessment(MARCH);
    assertEquals(RiskStatus.ASSESSED, assessed.status());
    Risk treated = assessed.plusActionId("A1");
    assertEquals(RiskStatus.TREATED, treated.status());
    assertEquals(List.of("A1"), treated.actionIds());
    assertEquals(Optional.of(MARCH), treated.currentAssessment());
    Risk reassessed = treated.plusAssessment(OCTOBER);
    assertEquals(RiskStatus.TREATED, reassessed.status());
    assertEquals(Optional.of(OCTOBER), reassessed.currentAssessment());
    assertEquals(Optional.of("Frekventa iakttagelser av risker"), reassessed.basis());
    assertTrue(identified.assessments().isEmpty()); // unchanged
  }

  @Test
  void assessmentsOutOfChronologicalOrder_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> r2().addAssessments(OCTOBER, MARCH).build());
    assertEquals(QmsErrorCode.INCONSISTENT_VALUE, e.code());
    assertEquals("assessments[1].date", e.field().orElseThrow());
  }

  @Test
  void undatedAssessment_mayStandAnywhere() {
    RiskAssessment undated = RiskAssessment.published(PublishedRating.of(1, 1));
    assertEquals(3, r2().addAssessments(MARCH, undated, OCTOBER).build().assessments().size());
  }

  @Test
  void currentAssessment_asOf_ignoresLaterOnes() {
    Risk risk = r2().addAssessments(MARCH, OCTOBER).build();
    assertEquals(Optional.empty(), risk.currentAssessment(LocalDate.of(2016, 2, 29)));
    assertEquals(Optional.of(MARCH), risk.currentAssessment(LocalDate.of(2016, 3, 1)));
    assertEquals(Optional.of(MARCH), risk.currentAssessment(LocalDate.of(2016, 9, 30)));
    assertEquals(Optional.of(OCTOBER), risk.currentAssessment(LocalDate.of(2016, 10, 1)));
    assertEquals(Optional.of(LocalDate.of(2016, 3, 1)), risk.lastAssessedOn(LocalDate.of(2016, 9, 30)));
    assertEquals(Optional.empty(), risk.lastAssessedOn(LocalDate.of(2016, 1, 1)));
  }

  @Test
  void duplicateActionId_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> r2().addAssessments(MARCH).addActionIds("A1", "A1").build());
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
  }

  @Test
  void blankTitle_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Risk.builder().id("R1").title(" ").build());
    assertEquals(QmsErrorCode.VALUE_BLANK, e.code());
  }

  @Test
  void missingId_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Risk.builder().title("x").build());
    assertEquals(QmsErrorCode.VALUE_MISSING, e.code());
  }

  @Test
  void isOpen_isFalseOnlyWhenClosed() {
    assertTrue(r2().build().isOpen());
    assertFalse(r2().status(RiskStatus.CLOSED).build().isOpen());
  }
}
