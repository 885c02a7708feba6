package se.qms.json.kolada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

class KoladaConfigTest {
  @Test
  void of_ownMunicipalityOnly_hasNoMappingAndTheDefaultLimit() {
    KoladaConfig config = KoladaConfig.of("2380");
    assertEquals(Map.of(), config.indicatorIds());
    assertEquals(Map.of(), config.groupNames());
    assertEquals(16L * 1024 * 1024, config.maxDocumentLength());
    assertEquals("N00945", config.indicatorId("N00945"));
    assertEquals("G124026", config.groupName("G124026"));
  }

  @Test
  void mappedKpi_andNamedGroup_useTheConfiguredIds() {
    KoladaConfig config = KoladaReaderTest.OSTERSUND;
    assertEquals("ej-aterakt-barn-0-12", config.indicatorId("N00001"));
    assertEquals("Liknande kommuner IFO", config.groupName("G00001"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"238", "23800", "G00001", "ABCD", " 2380"})
  void of_ownMunicipalityNotFourDigits_throws(String id) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> KoladaConfig.of(id));
    assertEquals(QmsErrorCode.VALUE_MALFORMED, e.code());
    assertEquals("ownMunicipality", e.field().orElseThrow());
  }

  @Test
  void builder_withoutOwnMunicipality_throwsMissingValue() {
    assertThrows(MissingValueException.class, () -> KoladaConfig.builder().build());
  }

  @Test
  void indicatorIds_malformedKpi_throws() {
    assertThrows(
        InvalidValueException.class,
        () ->
            KoladaConfig.builder().ownMunicipality("2380").putIndicatorIds("n00001", "x").build());
  }

  @Test
  void indicatorIds_blankOrTooLongIndicator_throws() {
    assertThrows(
        InvalidValueException.class,
        () ->
            KoladaConfig.builder().ownMunicipality("2380").putIndicatorIds("N00001", " ").build());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                KoladaConfig.builder()
                    .ownMunicipality("2380")
                    .putIndicatorIds("N00001", "x".repeat(101))
                    .build());
    assertEquals(QmsErrorCode.VALUE_TOO_LONG, e.code());
  }

  @Test
  void indicatorIds_twoKpisOntoOneIndicator_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                KoladaConfig.builder()
                    .ownMunicipality("2380")
                    .putIndicatorIds("N00001", "x")
                    .putIndicatorIds("N00002", "x")
                    .build());
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
  }

  @Test
  void groupNames_malformedIdOrSharedName_throws() {
    assertThrows(
        InvalidValueException.class,
        () -> KoladaConfig.builder().ownMunicipality("2380").putGroupNames("g1", "x").build());
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                KoladaConfig.builder()
                    .ownMunicipality("2380")
                    .putGroupNames("G00001", "Liknande")
                    .putGroupNames("G00002", "Liknande")
                    .build());
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1023, 256L * 1024 * 1024 + 1})
  void maxDocumentLength_outOfRange_throws(long length) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> KoladaConfig.builder().ownMunicipality("2380").maxDocumentLength(length).build());
    assertEquals(QmsErrorCode.VALUE_OUT_OF_RANGE, e.code());
  }
}
