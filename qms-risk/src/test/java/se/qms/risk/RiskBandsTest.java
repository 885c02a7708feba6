package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class RiskBandsTest {
  private static final RiskBands DEFAULTS = RiskBands.defaults();

  @Test
  void defaults_areLagMediumKritisk() {
    assertEquals("RiskBands{Låg [1, 4), Medium [4, 8), Kritisk [8, 16]}", DEFAULTS.toString());
    assertEquals(16, DEFAULTS.maxValue());
    assertEquals("Kritisk", DEFAULTS.top().nameSv());
    assertEquals("Critical", DEFAULTS.top().nameEn());
  }

  @ParameterizedTest
  @CsvSource({
    "1, Låg", "3, Låg", "3.99, Låg", "4, Medium", "7, Medium", "7.999, Medium", "8, Kritisk",
    "16, Kritisk", "2.1, Låg", "2.45, Låg"
  })
  void bandOf_boundaries(double value, String band) {
    assertEquals(band, DEFAULTS.bandOf(value).nameSv());
  }

  @ParameterizedTest
  @CsvSource({"0.99", "16.01", "0", "-1", "NaN"})
  void bandOf_valueOutsideTheBands_throws(double value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> DEFAULTS.bandOf(value));
    assertEquals(QmsErrorCode.VALUE_OUT_OF_RANGE, e.code());
  }

  @Test
  void of_firstBandNotStartingAtOne_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> RiskBands.of(List.of(RiskBand.of("Låg", "Low", 2, 16))));
    assertEquals(QmsErrorCode.RISK_BANDS_RANGE, e.code());
  }

  @Test
  void of_noBand_throws() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> RiskBands.of(List.of()));
    assertEquals(QmsErrorCode.RISK_BANDS_RANGE, e.code());
  }

  @Test
  void of_gapBetweenBands_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                RiskBands.of(
                    List.of(RiskBand.of("Låg", "Low", 1, 4), RiskBand.of("Hög", "High", 5, 16))));
    assertEquals(QmsErrorCode.RISK_BANDS_GAP, e.code());
    assertEquals("bands[1].lower", e.field().orElseThrow());
  }

  @Test
  void of_overlappingBands_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                RiskBands.of(
                    List.of(RiskBand.of("Låg", "Low", 1, 4), RiskBand.of("Hög", "High", 3, 16))));
    assertEquals(QmsErrorCode.RISK_BANDS_OVERLAP, e.code());
  }

  @Test
  void of_bandsOutOfOrder_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                RiskBands.of(
                    List.of(RiskBand.of("Hög", "High", 4, 16), RiskBand.of("Låg", "Low", 1, 4))));
    assertEquals(QmsErrorCode.RISK_BANDS_RANGE, e.code());
  }

  @Test
  void of_duplicateName_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                RiskBands.of(
                    List.of(RiskBand.of("Låg", "Low", 1, 4), RiskBand.of("Låg", "High", 4, 16))));
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
  }

  @ParameterizedTest
  @CsvSource({"4, 4", "5, 4"})
  void band_lowerNotBelowUpper_throws(int lower, int upper) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> RiskBand.of("Låg", "Low", lower, upper));
    assertEquals(QmsErrorCode.RISK_BAND_EMPTY, e.code());
  }

  @Test
  void band_widthOne_isAccepted() {
    assertEquals(3, RiskBand.of("Låg", "Low", 3, 4).lower());
  }

  @Test
  void singleBand_coversEverything() {
    RiskBands one = RiskBands.of(List.of(RiskBand.of("Alla", "All", 1, 16)));
    assertEquals("Alla", one.bandOf(16).nameSv());
    assertEquals("Alla", one.bandOf(1).nameSv());
  }

  @Test
  void indexOf_findsTheBand() {
    assertEquals(2, DEFAULTS.indexOf(RiskBand.of("Kritisk", "Critical", 8, 16)));
    assertEquals(-1, DEFAULTS.indexOf(RiskBand.of("Kritisk", "Critical", 9, 16)));
  }
}
