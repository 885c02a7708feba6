package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class RiskScaleTest {
  private static List<String> labels(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "Steg " + i).collect(Collectors.toList());
  }

  @Test
  void defaults_carryTheLabelsOfSeed000() {
    RiskScale p = RiskScale.defaultProbability();
    RiskScale s = RiskScale.defaultSeverity();
    assertEquals(List.of("Mycket liten", "Liten", "Stor", "Mycket stor"), p.labelsSv());
    assertEquals(List.of("Mindre", "Måttlig", "Betydande", "Hög"), s.labelsSv());
    assertEquals("Betydande", s.labelSv(3));
    assertEquals("Significant", s.labelEn(3));
    assertEquals(4, p.steps());
    assertEquals(RiskAxis.PROBABILITY, p.axis());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 10})
  void of_stepsAtTheLimits_isAccepted(int steps) {
    assertEquals(steps, RiskScale.of(RiskAxis.SEVERITY, labels(steps), labels(steps)).steps());
    assertEquals(steps, RiskScale.numbered(RiskAxis.SEVERITY, steps).steps());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 11})
  void of_stepsOutsideTwoToTen_throws(int steps) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> RiskScale.of(RiskAxis.PROBABILITY, labels(steps), labels(steps)));
    assertEquals(QmsErrorCode.RISK_SCALE_SIZE, e.code());
    assertEquals("probability.steps", e.field().orElseThrow());
    InvalidValueException n =
        assertThrows(InvalidValueException.class, () -> RiskScale.numbered(RiskAxis.PROBABILITY, steps));
    assertEquals(QmsErrorCode.RISK_SCALE_SIZE, n.code());
  }

  @Test
  void of_englishLabelsOfOtherLength_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> RiskScale.of(RiskAxis.PROBABILITY, labels(4), labels(3)));
    assertEquals(QmsErrorCode.RISK_SCALE_SIZE, e.code());
  }

  @Test
  void of_blankLabel_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> RiskScale.of(RiskAxis.SEVERITY, List.of("Låg", " "), List.of("Low", "High")));
    assertEquals(QmsErrorCode.VALUE_BLANK, e.code());
    assertEquals("severity.labelsSv[1]", e.field().orElseThrow());
  }

  @Test
  void of_duplicateLabel_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> RiskScale.of(RiskAxis.SEVERITY, List.of("Låg", "Låg"), List.of("Low", "High")));
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
  }

  @Test
  void labelSv_stepAboveMax_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RiskScale.defaultSeverity().labelSv(5));
    assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
    assertEquals("QMS-2002: severity must be in [1, 4], was 5", e.getMessage());
  }

  @Test
  void labelSv_stepZero_throws() {
    assertThrows(InvalidValueException.class, () -> RiskScale.defaultSeverity().labelSv(0));
  }

  @Test
  void contains_isTrueOnTheStepsOnly() {
    RiskScale p = RiskScale.defaultProbability();
    assertFalse(p.contains(0));
    assertTrue(p.contains(1));
    assertTrue(p.contains(4));
    assertFalse(p.contains(5));
  }

  @Test
  void withLabels_keepsTheSteps_andRejectsAnotherCount() {
    RiskScale p = RiskScale.defaultProbability();
    RiskScale relabelled = p.withLabels(labels(4), labels(4));
    assertEquals("Steg 2", relabelled.labelSv(2));
    assertEquals(4, relabelled.steps());
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> p.withLabels(labels(5), labels(5)));
    assertEquals(QmsErrorCode.RISK_SCALE_SIZE, e.code());
  }

  @Test
  void scales_wrongAxis_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> RiskScales.of(RiskScale.defaultSeverity(), RiskScale.defaultSeverity()));
    assertEquals(QmsErrorCode.INCONSISTENT_VALUE, e.code());
    assertThrows(
        InvalidValueException.class,
        () -> RiskScales.of(RiskScale.defaultProbability(), RiskScale.defaultProbability()));
  }

  @Test
  void scales_maxValue_isTheProductOfTheHighestSteps() {
    assertEquals(16, RiskScales.defaults().maxValue());
    assertEquals(
        100,
        RiskScales.of(
                RiskScale.numbered(RiskAxis.PROBABILITY, 10), RiskScale.numbered(RiskAxis.SEVERITY, 10))
            .maxValue());
    assertEquals(
        6,
        RiskScales.of(
                RiskScale.numbered(RiskAxis.PROBABILITY, 2), RiskScale.numbered(RiskAxis.SEVERITY, 3))
            .maxValue());
  }

  @Test
  void equality_followsAxisAndLabels() {
    assertEquals(RiskScale.defaultSeverity(), RiskScale.of(RiskAxis.SEVERITY,
        List.of("Mindre", "Måttlig", "Betydande", "Hög"),
        List.of("Minor", "Moderate", "Significant", "High")));
    assertEquals(RiskScales.defaults(), RiskScales.of(RiskScale.defaultProbability(), RiskScale.defaultSeverity()));
  }
}
