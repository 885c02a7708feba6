package se.qms.core.selfinspection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.organisation.Role;

class CoverageMeasureTest {
  static List<String> units(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add("u" + i);
    }
    return out;
  }

  static CompletedChecklist done(String id, String template, String unit, LocalDate date) {
    return CompletedChecklist.builder()
        .id(id).templateId(template).unitId(unit).answeredBy(Role.ENHETSCHEF).date(date).build();
  }

  @ParameterizedTest
  @CsvSource({"6, 7, '85,7 %'", "5, 7, '71,4 %'", "9, 13, '69,2 %'", "8, 13, '61,5 %'", "9, 14, '64,3 %'",
    "0, 1, '0,0 %'", "1, 1, '100,0 %'"})
  void share_isExact_andDisplayedWithOneDecimal(int done, int of, String display) {
    CoverageMeasure m = CoverageMeasure.builder().indicatorId("ssa").templateId("ssa").addAllPopulation(units(of)).build();
    List<CompletedChecklist> records = new ArrayList<>();
    for (int i = 1; i <= done; i++) {
      records.add(done("c" + i, "ssa", "u" + i, LocalDate.of(2016, 3, i)));
    }
    CoverageMeasure.Coverage c = m.coverage(Period.year(2016), records);
    assertEquals(done, c.numerator());
    assertEquals(of, c.denominator());
    assertEquals(display, c.displaySv());
    Observation o = m.observe(Period.year(2016), records);
    assertEquals(100.0 * done / of, o.total().getAsDouble());
  }

  @Test
  void otherTemplate_otherPeriod_unknownUnit_twiceTheSameUnit_doNotCount() {
    CoverageMeasure m = CoverageMeasure.builder().indicatorId("i").templateId("sba").addAllPopulation(units(3)).build();
    List<CompletedChecklist> records =
        List.of(
            done("a", "ssa", "u1", LocalDate.of(2016, 1, 1)),
            done("b", "sba", "u1", LocalDate.of(2015, 12, 31)),
            done("c", "sba", "x9", LocalDate.of(2016, 1, 1)),
            done("d", "sba", "u2", LocalDate.of(2016, 1, 1)),
            done("e", "sba", "u2", LocalDate.of(2016, 6, 1)));
    assertEquals("1/3", m.coverage(Period.year(2016), records).toString());
  }

  @Test
  void emptyPopulation_throwsCoveragePopulationEmpty() {
    assertEquals(
        QmsErrorCode.COVERAGE_POPULATION_EMPTY,
        assertThrows(InvalidValueException.class, () -> CoverageMeasure.builder().indicatorId("i").templateId("t").build())
            .code());
  }
}
