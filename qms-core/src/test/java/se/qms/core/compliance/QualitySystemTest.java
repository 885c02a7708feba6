package se.qms.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;

class QualitySystemTest {
  record Register(List<String> ids) implements QualitySystemPart {}

  record Other(int n) implements QualitySystemPart {}

  @Test
  void part_isFoundByClass() {
    QualitySystem s =
        QualitySystem.builder().name("K").addParts(new Register(List.of("R1")), new Other(1)).build();
    assertEquals(Optional.of(new Register(List.of("R1"))), s.part(Register.class));
    assertTrue(QualitySystem.builder().name("K").build().part(Register.class).isEmpty());
  }

  @Test
  void twoPartsOfOneClass_areRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                QualitySystem.builder()
                    .name("K")
                    .addParts(new Register(List.of()), new Register(List.of("x")))
                    .build());
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
  }

  @Test
  void observationOfAnUnknownIndicator_isRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                QualitySystem.builder()
                    .name("K")
                    .addIndicators(Indicator.of("a", "A", MeasureUnit.COUNT, Direction.NEUTRAL))
                    .measureData(
                        MeasureData.of(List.of(Observation.of("b", Period.year(2019), 1)), List.of()))
                    .build());
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, e.code());
    assertEquals("observations[0].indicatorId", e.field().orElseThrow());
  }
}
