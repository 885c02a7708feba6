package se.qms.core.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class RatioTest {
  /** Seed 001 table 15: counts of 501 with the number of decimals printed. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "65; 0; 13 %",
        "0; 0; 0 %",
        "11; 1; 2,2 %",
        "8; 1; 1,6 %",
        "336; 0; 67 %",
        "81; 0; 16 %"
      })
  void formatPercent_swedish(long part, int decimals, String expected) {
    assertEquals(expected, Ratio.share(part, 501).formatPercent(decimals));
  }

  @Test
  void formatPercent_negativeAndLarge() {
    assertEquals("-52 %", Ratio.change(86, 41).formatPercent(0));
    assertEquals("1 100 %", Ratio.change(1, 12).formatPercent(0));
    assertEquals("189 %", Ratio.change(35, 101).formatPercent(0));
    assertEquals("0,0 %", Ratio.change(10, 10).formatPercent(1));
    assertEquals("-0,3 %", Ratio.of(-1, 300).formatPercent(1));
    assertEquals("0 %", Ratio.of(-1, 1000).formatPercent(0)); // rounds to zero: no sign
  }

  @Test
  void change_lexSarah2015to2016_is27Percent() {
    Ratio r = Ratio.change(85, 108); // seed 000 §4.3.2.1: "en ökning med 27 %"
    assertEquals(Ratio.of(23, 85), r);
    assertEquals("27 %", r.formatPercent(0));
  }

  @Test
  void percent_roundsHalfAwayFromZero() {
    assertEquals(new BigDecimal("13"), Ratio.of(1, 8).percent(0)); // 12.5
    assertEquals(new BigDecimal("-13"), Ratio.of(-1, 8).percent(0));
    assertEquals(new BigDecimal("12.5"), Ratio.of(1, 8).percent(1));
  }

  @Test
  void equality_isByValue_textKeepsTheTerms() {
    assertEquals(Ratio.of(1, 2), Ratio.of(2, 4));
    assertEquals(Ratio.of(1, 2).hashCode(), Ratio.of(2, 4).hashCode());
    assertNotEquals(Ratio.of(1, 2), Ratio.of(1, 3));
    assertEquals("2/4", Ratio.of(2, 4).toString());
    assertTrue(Ratio.of(1, 3).compareTo(Ratio.of(1, 2)) < 0);
  }

  @Test
  void table15_largestRemainder_sumsTo100() {
    List<Ratio> shares =
        List.of(
            Ratio.share(65, 501),
            Ratio.share(0, 501),
            Ratio.share(11, 501),
            Ratio.share(8, 501),
            Ratio.share(336, 501),
            Ratio.share(81, 501));
    // exact: 12.97, 0, 2.20, 1.60, 67.07, 16.17; rounded down 12+0+2+1+67+16 = 98; the two
    // largest remainders (.97 and .60) get the missing points
    assertEquals(
        List.of(bd("13"), bd("0"), bd("2"), bd("2"), bd("67"), bd("16")),
        Ratio.roundedPercents(shares, 0));
    // to one place: 129.74, 0, 21.96, 15.97, 670.66, 161.68 tenths; rounded down 99.6; the four
    // largest remainders (.97, .96, .74, .68) get a tenth each, 67.07 stays 67.0 — ordinary
    // rounding would print 13.0 + 2.2 + 1.6 + 67.1 + 16.2 = 100.1
    assertEquals(
        List.of(bd("13.0"), bd("0.0"), bd("2.2"), bd("1.6"), bd("67.0"), bd("16.2")),
        Ratio.roundedPercents(shares, 1));
  }

  @Test
  void largestRemainder_tiesGoToTheEarlierShare() {
    List<Ratio> thirds = List.of(Ratio.of(1, 3), Ratio.of(1, 3), Ratio.of(1, 3));
    assertEquals(List.of(bd("33.34"), bd("33.33"), bd("33.33")), Ratio.roundedPercents(thirds, 2));
  }

  @Test
  void largestRemainder_sharesNotAWhole_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> Ratio.roundedPercents(List.of(Ratio.of(1, 3), Ratio.of(1, 3)), 0));
    assertEquals(QmsErrorCode.SHARES_NOT_WHOLE, e.code());
    assertThrows(InvalidValueException.class, () -> Ratio.roundedPercents(List.of(), 0));
  }

  @Test
  void invalidTerms_throw() {
    assertEquals(
        QmsErrorCode.VALUE_OUT_OF_RANGE,
        assertThrows(InvalidValueException.class, () -> Ratio.of(1, 0)).code());
    assertThrows(InvalidValueException.class, () -> Ratio.share(6, 5));
    assertThrows(InvalidValueException.class, () -> Ratio.share(-1, 5));
    assertThrows(InvalidValueException.class, () -> Ratio.change(0, 5));
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
