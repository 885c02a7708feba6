package se.qms.core.lexsarah;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.qms.core.measure.Period;
import se.qms.testing.QmsGenerators;

/**
 * Counting laws of the compilation: every table adds up to the reports, or with the category
 * dimension to the categories carried (one unknown per uncategorised report); the order of the
 * reports does not matter; a year's change follows from the years' counts; shares add to 100.
 */
class LexSarahStatisticsProperties {
  private static Gen<List<LexSarahCase>> registers() {
    return registers(0);
  }

  private static Gen<List<LexSarahCase>> registers(int minimum) {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(minimum, 60).map(seeds -> {
      List<LexSarahCase> out = new ArrayList<>();
      for (int i = 0; i < seeds.size(); i++) {
        out.add(QmsGenerators.lexSarahCase(seeds.get(i), "LS-" + i, i % 3 == 0 ? "hn" : "on", List.of("e1", "e2")));
      }
      return out;
    });
  }

  private static final LexSarahDimension[][] SHAPES = {
    {LexSarahDimension.YEAR},
    {LexSarahDimension.CATEGORY},
    {LexSarahDimension.YEAR, LexSarahDimension.COMMITTEE},
    {LexSarahDimension.COMMITTEE, LexSarahDimension.CATEGORY},
    {LexSarahDimension.TERTIAL, LexSarahDimension.UNIT, LexSarahDimension.PROVIDER},
    {LexSarahDimension.ASSESSMENT, LexSarahDimension.MONTH},
  };

  @Test
  void tables_addUpToTheReports_orToTheCategoriesCarried() {
    qt().forAll(registers(), integers().between(0, SHAPES.length - 1))
        .check(
            (cases, shape) -> {
              LexSarahStatistics s = LexSarahStatistics.of(cases);
              LexSarahTable t = s.table(SHAPES[shape]);
              long sum = t.counts().stream().mapToLong(Long::longValue).sum();
              long uncategorised = cases.stream().filter(c -> c.categories().isEmpty()).count();
              boolean byCategory = t.dimensions().contains(LexSarahDimension.CATEGORY);
              long expected = byCategory ? s.categoryMentions() + uncategorised : s.reports();
              return sum == t.total() && t.total() == expected;
            });
  }

  @Test
  void tables_doNotDependOnTheOrderOfTheReports() {
    qt().forAll(registers(), integers().between(0, SHAPES.length - 1), integers().all())
        .check(
            (cases, shape, seed) -> {
              List<LexSarahCase> shuffled = new ArrayList<>(cases);
              Collections.shuffle(shuffled, new Random(seed));
              return LexSarahStatistics.of(cases)
                  .table(SHAPES[shape])
                  .equals(LexSarahStatistics.of(shuffled).table(SHAPES[shape]));
            });
  }

  @Test
  void yearsPartitionTheReports_andTheChangeFollowsFromTheCounts() {
    qt().forAll(registers())
        .check(
            cases -> {
              LexSarahStatistics s = LexSarahStatistics.of(cases);
              long byYear = 0;
              for (int y = 2014; y <= 2020; y++) {
                byYear += s.count(Period.year(y));
                long before = s.count(Period.year(y - 1));
                boolean consistent =
                    before == 0
                        ? s.yearOnYearChange(y).isEmpty()
                        : s.yearOnYearChange(y).orElseThrow().numerator() == s.count(Period.year(y)) - before
                            && s.yearOnYearChange(y).orElseThrow().denominator() == before;
                if (!consistent) {
                  return false;
                }
              }
              return byYear == s.reports();
            });
  }

  @Test
  void roundedShares_addUpToExactlyAHundred() {
    qt().forAll(registers(1), integers().between(0, SHAPES.length - 1), integers().between(0, 2))
        .check(
            (cases, shape, decimals) ->
                LexSarahStatistics.of(cases).table(SHAPES[shape]).roundedPercents(decimals).stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(BigDecimal.valueOf(100))
                    == 0);
  }
}
