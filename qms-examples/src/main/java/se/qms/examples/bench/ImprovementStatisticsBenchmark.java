package se.qms.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.qms.core.improvement.CaseRecord;
import se.qms.core.improvement.CaseType;
import se.qms.core.improvement.Category;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintSource;
import se.qms.core.improvement.Dimension;
import se.qms.core.improvement.ImprovementStatistics;
import se.qms.core.improvement.Tally;
import se.qms.core.improvement.TaxonomyPreset;
import se.qms.core.measure.Period;

/**
 * The yearly compilation at national scale: 1 000 000 deviation and 300 000 complaint records of
 * 290 municipalities with 20 units each, months of 2017–2019, six deviation categories and five
 * complaint subjects, about 2 % of each field unknown; each operation builds the statistics from
 * the records and counts deviations by municipality, unit, category and tertial, and complaints by
 * municipality, unit, subject and tertial (about 300 000 and 180 000 groups). One thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class ImprovementStatisticsBenchmark {
  static final int DEVIATIONS = 1_000_000;
  static final int COMPLAINTS = 300_000;
  private static final int MUNICIPALITIES = 290;
  private static final int UNITS_PER_MUNICIPALITY = 20;

  private List<CaseRecord> records;

  /** Builds the records, seeded. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20191231L);
    String[] municipalities = new String[MUNICIPALITIES];
    String[][] units = new String[MUNICIPALITIES][UNITS_PER_MUNICIPALITY];
    for (int m = 0; m < MUNICIPALITIES; m++) {
      municipalities[m] = String.format("%04d", 114 + m * 7);
      for (int u = 0; u < UNITS_PER_MUNICIPALITY; u++) {
        units[m][u] = municipalities[m] + "-enhet-" + u;
      }
    }
    List<Period> months = new ArrayList<>();
    for (int y = 2017; y <= 2019; y++) {
      for (int month = 1; month <= 12; month++) {
        months.add(Period.month(y, month));
      }
    }
    List<Category> categories = TaxonomyPreset.DEVIATION_CAUSES.taxonomy().categories();
    List<Category> subjects = TaxonomyPreset.COMPLAINT_SUBJECTS.taxonomy().categories();
    records = new ArrayList<>(DEVIATIONS + COMPLAINTS);
    for (int i = 0; i < DEVIATIONS + COMPLAINTS; i++) {
      boolean deviation = i < DEVIATIONS;
      int m = random.nextInt(MUNICIPALITIES);
      CaseRecord.Builder b =
          CaseRecord.builder()
              .type(deviation ? CaseType.DEVIATION : CaseType.COMPLAINT)
              .organisation(municipalities[m]);
      if (random.nextInt(50) > 0) {
        b.unit(units[m][random.nextInt(UNITS_PER_MUNICIPALITY)]);
      }
      if (random.nextInt(50) > 0) {
        b.period(months.get(random.nextInt(months.size())));
      }
      if (deviation) {
        if (random.nextInt(50) > 0) {
          b.category(categories.get(random.nextInt(categories.size())));
        }
        b.ledToDocumentedAction(random.nextInt(3) == 0);
      } else {
        b.kind(ComplaintKind.values()[random.nextInt(4)]);
        if (random.nextInt(50) > 0) {
          b.subject(subjects.get(random.nextInt(subjects.size())));
        }
        b.source(ComplaintSource.values()[random.nextInt(7)]);
      }
      records.add(b.build());
    }
    // The records are long-lived input, not garbage of the operation: settle them in the old
    // generation now, or young collections during the measurement copy 1.3 million of them
    // from survivor space to survivor space until they are tenured.
    System.gc();
  }

  /** Builds the statistics and counts both case types by four dimensions. */
  @Benchmark
  public Tally[] groupByMunicipalityUnitCategoryTertial() {
    ImprovementStatistics statistics = ImprovementStatistics.of(records);
    return new Tally[] {
      statistics
          .select(CaseType.DEVIATION)
          .tally(Dimension.ORGANISATION, Dimension.UNIT, Dimension.CATEGORY, Dimension.TERTIAL),
      statistics
          .select(CaseType.COMPLAINT)
          .tally(Dimension.ORGANISATION, Dimension.UNIT, Dimension.SUBJECT, Dimension.TERTIAL)
    };
  }
}
