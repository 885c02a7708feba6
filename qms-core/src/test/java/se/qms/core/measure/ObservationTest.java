package se.qms.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class ObservationTest {
  @Test
  void missing_isAStateWithAReason_notZero() {
    Observation o =
        Observation.missing("siq-socialt-stod", Period.year(2016), "redovisas från och med 2017");
    assertFalse(o.hasValue());
    assertEquals("redovisas från och med 2017", o.missingReason().orElseThrow());
  }

  @Test
  void neitherValueNorReason_isRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Observation.builder().indicatorId("x").period(Period.year(2016)).build());
    assertEquals(QmsErrorCode.INCONSISTENT_VALUE, e.code());
  }

  @Test
  void bothValueAndReason_isRejected() {
    assertThrows(
        InvalidValueException.class,
        () ->
            Observation.builder()
                .indicatorId("x")
                .period(Period.year(2016))
                .total(1)
                .missingReason("?")
                .build());
  }

  @Test
  void infiniteValues_areRejected() {
    assertEquals(
        QmsErrorCode.VALUE_NOT_FINITE,
        assertThrows(
                InvalidValueException.class,
                () -> Observation.of("x", Period.year(2016), Double.POSITIVE_INFINITY))
            .code());
  }

  @Test
  void genderValues_byGroup() {
    Observation o =
        Observation.builder().indicatorId("x").period(Period.year(2019)).total(82).women(85).men(79).build();
    assertEquals(85, o.value(GenderGroup.WOMEN).getAsDouble());
    assertEquals(79, o.value(GenderGroup.MEN).getAsDouble());
    assertEquals(82, o.value(GenderGroup.TOTAL).getAsDouble());
  }

  @Test
  void koladaKpi_mustHaveKoladasForm() {
    assertThrows(
        InvalidValueException.class,
        () ->
            Indicator.builder()
                .id("x")
                .title("X")
                .unit(MeasureUnit.PERCENT)
                .direction(Direction.HIGHER_IS_BETTER)
                .koladaKpi("n945")
                .build());
  }
}
