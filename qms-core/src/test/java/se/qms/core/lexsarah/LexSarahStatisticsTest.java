package se.qms.core.lexsarah;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.Ratio;
import se.qms.core.measure.Period;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.UnitKind;

class LexSarahStatisticsTest {
  private static int n;

  private static LexSarahCase report(
      String committee, String unit, LocalDate day, LexSarahCategory... categories) {
    LexSarahCase.Builder b =
        LexSarahCase.builder().id("LS-" + n++).committeeId(committee).reported(day);
    if (unit != null) {
      b.unitId(unit);
    }
    return b.addCategories(categories).build();
  }

  /** Five reports: three in 2016 carrying five categories, two in 2015, one without a unit. */
  private final List<LexSarahCase> cases =
      List.of(
          report("on", "sb", LocalDate.of(2016, 2, 1), LexSarahCategory.FINANCIAL_IRREGULARITIES),
          report(
              "on",
              "ob",
              LocalDate.of(2016, 9, 30),
              LexSarahCategory.NEGLECT,
              LexSarahCategory.EXECUTION,
              LexSarahCategory.TREATMENT),
          report("hn", "su", LocalDate.of(2016, 5, 2), LexSarahCategory.CASEWORK),
          report("hn", null, LocalDate.of(2015, 12, 31)),
          report("on", null, LocalDate.of(2015, 1, 1), LexSarahCategory.OTHER));

  private final LexSarahStatistics stats = LexSarahStatistics.of(cases);

  @Test
  void aReportCountsOnceAsAReport_andOnceInEachCategory() {
    LexSarahStatistics y2016 = stats.within(Period.year(2016));
    assertEquals(3, y2016.reports());
    assertEquals(5, y2016.categoryMentions());
    assertEquals(3, y2016.table(LexSarahDimension.COMMITTEE).total());
    LexSarahTable categories = y2016.table(LexSarahDimension.CATEGORY);
    assertEquals(5, categories.total());
    assertEquals(LexSarahCategory.values().length, categories.rows().size());
    assertEquals(List.of(0L, 1L, 1L, 1L, 1L, 1L, 0L), categories.counts());
    assertEquals("Ekonomiska oegentligheter", categories.rows().get(1).label(0));
  }

  @Test
  void aReportWithoutCategory_countsOnceAsUnknown() {
    LexSarahTable t = stats.within(Period.year(2015)).table(LexSarahDimension.CATEGORY);
    assertEquals(2, t.total());
    assertEquals(1, t.count(new String[] {null}));
    assertEquals("Uppgift saknas", t.rows().get(t.rows().size() - 1).label(0));
  }

  @Test
  void perYearAndCommittee_withNamesFromTheOrganisation() {
    Organisation org =
        Organisation.of(
            List.of(
                OrganisationUnit.of("on", "Omsorgsnämnden", UnitKind.NAMND),
                OrganisationUnit.of("hn", "Humanistiska nämnden", UnitKind.NAMND)));
    LexSarahTable t = stats.withOrganisation(org).table(LexSarahDimension.YEAR, LexSarahDimension.COMMITTEE);
    assertEquals(
        List.of("2015 | Omsorgsnämnden | 1", "2015 | Humanistiska nämnden | 1", "2016 | Omsorgsnämnden | 2", "2016 | Humanistiska nämnden | 1"),
        t.rows().stream().map(Object::toString).collect(java.util.stream.Collectors.toList()));
    assertEquals(2, t.count("2016", "on"));
    assertEquals(0, t.count("2014", "on"));
    // without an organisation: ids, in Swedish alphabetical order
    assertEquals("hn", stats.table(LexSarahDimension.COMMITTEE).rows().get(0).label(0));
  }

  @Test
  void perTertialAndUnit_unknownUnitsLast() {
    LexSarahTable t = stats.table(LexSarahDimension.TERTIAL, LexSarahDimension.UNIT);
    assertEquals(1, t.count("2016-T3", "ob"));
    assertEquals(1, t.count("2015-T3", null));
    assertEquals(1, t.count("2015-T1", null));
    LexSarahTable tertials = stats.table(LexSarahDimension.TERTIAL);
    assertEquals(6, tertials.rows().size()); // 2015-T1 … 2016-T3, with the empty 2015-T2
    assertEquals(List.of(1L, 0L, 1L, 1L, 1L, 1L), tertials.counts());
  }

  @Test
  void yearOnYearChange_isExact() {
    assertEquals(Optional.of(Ratio.of(1, 2)), stats.yearOnYearChange(2016));
    assertEquals(Optional.empty(), stats.yearOnYearChange(2015));
    assertEquals(Optional.of(Ratio.of(-3, 3)), stats.change(Period.year(2016), Period.year(2017)));
    List<LexSarahCase> seed = new ArrayList<>();
    for (int i = 0; i < 85; i++) {
      seed.add(report("on", null, LocalDate.of(2015, 3, 1)));
    }
    for (int i = 0; i < 108; i++) {
      seed.add(report("on", null, LocalDate.of(2016, 3, 1)));
    }
    Ratio change = LexSarahStatistics.of(seed).yearOnYearChange(2016).orElseThrow();
    assertEquals("23/85", change.toString());
    assertEquals("27 %", change.formatPercent(0));
  }

  @Test
  void sharesRoundByTheLargestRemainder() {
    LexSarahTable t = stats.within(Period.year(2016)).table(LexSarahDimension.COMMITTEE);
    assertEquals(List.of(new BigDecimal("33"), new BigDecimal("67")), t.roundedPercents(0));
    assertEquals(Optional.of(Ratio.of(2, 3)), t.row("on").orElseThrow().share());
  }

  @Test
  void individuals_addUpWhereKnown() {
    LexSarahStatistics s =
        LexSarahStatistics.of(
            List.of(
                LexSarahCase.builder().id("a").committeeId("on").reported(LocalDate.of(2016, 1, 1)).individualCount(2).build(),
                LexSarahCase.builder().id("b").committeeId("on").reported(LocalDate.of(2016, 1, 1)).individualCount(1).build(),
                LexSarahCase.reported("c", "on", LocalDate.of(2016, 1, 1))));
    assertEquals(3, s.individuals());
    assertEquals(1, s.reportsWithoutIndividualCount());
  }

  @Test
  void notifications_countByTheDayOfNotification() {
    LexSarahCase late =
        LexSarahCase.reported("late", "hn", LocalDate.of(2015, 11, 3))
            .apply(LexSarahCommand.receive(LocalDate.of(2015, 11, 3))).next()
            .apply(LexSarahCommand.register(LocalDate.of(2015, 12, 10))).next()
            .apply(LexSarahCommand.startInvestigation(LocalDate.of(2015, 12, 15))).next()
            .apply(LexSarahCommand.assess(LocalDate.of(2016, 1, 20), LexSarahAssessment.SERIOUS_IMPROPRIETY)).next()
            .apply(LexSarahCommand.notifyIvo(LocalDate.of(2016, 1, 28), LocalDate.of(2016, 1, 27))).next();
    LexSarahStatistics s = LexSarahStatistics.of(List.of(late));
    assertEquals(1, s.notifiedToIvo(Period.year(2016)));
    assertEquals(0, s.notifiedToIvo(Period.year(2015)));
    assertEquals(1, s.count(Period.year(2015)));
    assertEquals(1, s.table(LexSarahDimension.ASSESSMENT).count("SERIOUS_IMPROPRIETY"));
  }

  @Test
  void emptyStatistics_giveEmptyTables_andNoShares() {
    LexSarahStatistics empty = LexSarahStatistics.of(List.of());
    assertEquals(0, empty.table(LexSarahDimension.YEAR).total());
    assertEquals(List.of(), empty.table(LexSarahDimension.YEAR).rows());
    assertEquals(7, empty.table(LexSarahDimension.CATEGORY).rows().size());
    assertEquals(
        QmsErrorCode.SHARES_NOT_WHOLE,
        assertThrows(InvalidValueException.class, () -> empty.table(LexSarahDimension.CATEGORY).roundedPercents(0))
            .code());
  }

  @Test
  void repeatedOrNoDimension_isRejected() {
    assertEquals(
        QmsErrorCode.INCONSISTENT_VALUE,
        assertThrows(InvalidValueException.class, () -> stats.table(LexSarahDimension.UNIT, LexSarahDimension.UNIT))
            .code());
    assertEquals(
        QmsErrorCode.INCONSISTENT_VALUE,
        assertThrows(InvalidValueException.class, () -> stats.table()).code());
  }

  @Test
  void rowCodes_mustMatchTheDimensions() {
    LexSarahTable t = stats.table(LexSarahDimension.YEAR);
    assertEquals(
        QmsErrorCode.VALUE_OUT_OF_RANGE,
        assertThrows(InvalidValueException.class, () -> t.count("2016", "on")).code());
    assertEquals(
        QmsErrorCode.INCONSISTENT_VALUE,
        assertThrows(InvalidValueException.class, () -> t.rows().get(0).label(LexSarahDimension.UNIT)).code());
  }
}
