package se.qms.core.improvement;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.qms.core.measure.Period;
import se.qms.testing.QmsGenerators;

class ImprovementStatisticsProperties {
  private static Gen<List<CaseRecord>> records() {
    return lists().of(QmsGenerators.caseRecords()).ofSizeBetween(0, 200);
  }

  @Test
  void tally_isIndependentOfTheRecordsOrder() {
    qt().forAll(records(), integers().all())
        .check(
            (records, seed) -> {
              List<CaseRecord> shuffled = new ArrayList<>(records);
              Collections.shuffle(shuffled, new Random(seed));
              return ImprovementStatistics.of(records)
                  .tally(Dimension.UNIT, Dimension.CATEGORY, Dimension.TERTIAL)
                  .equals(
                      ImprovementStatistics.of(shuffled)
                          .tally(Dimension.UNIT, Dimension.CATEGORY, Dimension.TERTIAL));
            });
  }

  @Test
  void bucketedCounting_agreesWithArrayCounting() {
    qt().forAll(records())
        .check(
            records -> {
              ImprovementStatistics s = ImprovementStatistics.of(records);
              List<Dimension> dims =
                  List.of(
                      Dimension.ORGANISATION, Dimension.UNIT, Dimension.SUBJECT, Dimension.MONTH);
              return s.tally(dims, 0).equals(s.tally(dims, Long.MAX_VALUE))
                  && s.tally(List.of(Dimension.CATEGORY, Dimension.YEAR), 0)
                      .equals(s.tally(List.of(Dimension.CATEGORY, Dimension.YEAR), Long.MAX_VALUE));
            });
  }

  @Test
  void countsAddUpToTheTotal_inEveryTally() {
    qt().forAll(records())
        .check(
            records -> {
              for (Dimension d : Dimension.values()) {
                if (d == Dimension.YEAR) {
                  continue;
                }
                Tally t = ImprovementStatistics.of(records).tally(d, Dimension.YEAR);
                if (t.rows().stream().mapToLong(TallyRow::count).sum() != records.size()) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void aTwoDimensionTally_summedOverOneDimension_isTheOneDimensionTally() {
    qt().forAll(records())
        .check(
            records -> {
              ImprovementStatistics s = ImprovementStatistics.of(records);
              Tally both = s.tally(Dimension.ORGANISATION, Dimension.SUBJECT);
              for (TallyRow row : s.tally(Dimension.ORGANISATION).rows()) {
                long sum =
                    both.rows().stream()
                        .filter(r -> r.code(0).equals(row.code(0)))
                        .mapToLong(TallyRow::count)
                        .sum();
                if (sum != row.count()) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void rowsAreOrdered_andDistinct() {
    qt().forAll(records())
        .check(
            records -> {
              Tally t = ImprovementStatistics.of(records).tally(Dimension.YEAR, Dimension.UNIT);
              for (int i = 1; i < t.rows().size(); i++) {
                TallyRow a = t.rows().get(i - 1);
                TallyRow b = t.rows().get(i);
                if (a.code(0).isPresent()
                    && b.code(0).isPresent()
                    && Period.parse(a.code(0).get()).compareTo(Period.parse(b.code(0).get())) > 0) {
                  return false;
                }
                if (a.code(0).isEmpty() && b.code(0).isPresent()) {
                  return false; // unknown last
                }
                if (a.labels().equals(b.labels())) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void patterns_nameOnlyKnownValues_withPeriodsInOrder() {
    qt().forAll(records())
        .check(
            records ->
                ImprovementStatistics.of(records)
                    .patterns(
                        Dimension.UNIT,
                        se.qms.core.measure.PeriodKind.QUARTER,
                        PatternPolicy.of(2, Ratio.of(1, 3), 1))
                    .stream()
                    .allMatch(p -> !p.code().isBlank() && p.periods().size() == p.counts().size()));
  }
}
