package se.qms.core.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class PeriodTest {
  @ParameterizedTest
  @CsvSource({
    "2016,    YEAR,      2016-01-01, 2016-12-31",
    "2016-T1, TERTIAL,   2016-01-01, 2016-04-30",
    "2016-T2, TERTIAL,   2016-05-01, 2016-08-31",
    "2016-T3, TERTIAL,   2016-09-01, 2016-12-31",
    "2019-Q3, QUARTER,   2019-07-01, 2019-09-30",
    "2020-H1, HALF_YEAR, 2020-01-01, 2020-06-30",
    "2020-02, MONTH,     2020-02-01, 2020-02-29",
    "2019-12, MONTH,     2019-12-01, 2019-12-31"
  })
  void parse_canonicalForms_haveKindAndDates(String text, PeriodKind kind, LocalDate start, LocalDate end) {
    Period p = Period.parse(text);
    assertEquals(kind, p.kind());
    assertEquals(start, p.start());
    assertEquals(end, p.end());
    assertEquals(text, p.toString());
    assertTrue(p.contains(start));
    assertTrue(p.contains(end));
    assertFalse(p.contains(start.minusDays(1)));
    assertFalse(p.contains(end.plusDays(1)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "16", "201", "20166", "2016-T0", "2016-T4", "2016-Q5", "2016-H3", "2016-00",
        "2016-13", "2016-1", "2016-t2", "2016/T2", "1899", "2016-T", "2016-X1", "abcd"})
  void parse_otherText_throwsPeriodMalformed(String text) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Period.parse(text));
    assertEquals(QmsErrorCode.PERIOD_MALFORMED, e.code());
  }

  @Test
  void previousAndNext_crossTheYear() {
    assertEquals(Period.parse("2015-T3"), Period.parse("2016-T1").previous());
    assertEquals(Period.parse("2020-01"), Period.parse("2019-12").next());
    assertEquals(Period.parse("2018-Q3"), Period.parse("2019-Q3").sameLastYear());
    assertEquals(Period.parse("2018"), Period.parse("2019").previous());
  }

  @Test
  void containing_findsTheTertialOfADate() {
    assertEquals(Period.tertial(2016, 2), Period.containing(PeriodKind.TERTIAL, LocalDate.of(2016, 8, 31)));
    assertEquals(Period.tertial(2016, 3), Period.containing(PeriodKind.TERTIAL, LocalDate.of(2016, 9, 1)));
  }

  @Test
  void ordering_byStartThenEnd() {
    List<Period> expected = new ArrayList<>();
    for (String s : new String[] {"2016-01", "2016-Q1", "2016-T1", "2016-H1", "2016", "2016-02", "2016-05", "2016-T2"}) {
      expected.add(Period.parse(s));
    }
    List<Period> sorted = new ArrayList<>(expected);
    Collections.shuffle(sorted, new java.util.Random(3));
    Collections.sort(sorted);
    assertEquals(expected, sorted);
  }
}
