package se.qms.examples.bench;

import java.util.ArrayList;
import java.util.List;
import se.qms.json.QmsJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.QualitySystem;
import se.qms.examples.generate.NationalDataSet;

/**
 * The compliance engine at national scale: every rule of the core and of qms-risk over the
 * synthetic national data set ({@link NationalDataSet}, seed 2019) as of 2019-12-31, one
 * municipality after another on one thread. {@code municipalities} = 290 is about one million
 * records, 580 and 1160 twice and four times that (the scaling goal).
 *
 * <p>The systems are loaded as a vendor loads them — each generated system written as a
 * quality-system document and read back with {@link QmsJson} — and each system's indexes are built
 * once, by an evaluation in the setup, as a system loaded once and evaluated nightly would have
 * them. The setup also prints the heap held per record: used heap after full collections with the
 * loaded systems and their indexes (the generated systems and the documents no longer reachable),
 * minus the same before anything was generated, divided by the records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ComplianceBenchmark {
  @Param({"290", "580", "1160"})
  public int municipalities;

  private List<QualitySystem> systems;
  private ComplianceEngine engine;

  /** Generates the data set, builds the indexes and measures the heap it holds. */
  @Setup
  public void setUp() {
    engine =
        ComplianceEngine.of(
            NationalDataSet.ruleSet(),
            QmsJson.complianceRules());
    long before = usedAfterGc();
    // loaded as a vendor loads them: each system written as a document and read back
    QmsJson json = QmsJson.strict();
    // one municipality at a time, so 4 × 290 fits: generated, written, read back, kept as read
    NationalDataSet dataSet = NationalDataSet.seeded(2019L);
    long records = 0;
    systems = new ArrayList<>(municipalities);
    for (int i = 0; i < municipalities; i++) {
      QualitySystem generated = dataSet.municipality(i);
      records += NationalDataSet.records(generated);
      systems.add(json.readQualitySystem(json.write(generated)));
    }
    long findings = 0;
    for (QualitySystem s : systems) {
      findings += engine.evaluate(s, NationalDataSet.AS_OF).findings().size();
    }
    long after = usedAfterGc();
    System.out.printf(
        "%n%d municipalities, %d records, %d findings; loaded from their documents, the systems and"
            + " their indexes hold %.1f MB = %.1f bytes per record%n",
        municipalities, records, findings, (after - before) / 1e6, (after - before) / (double) records);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  /** Evaluates every municipality's system in full. */
  @Benchmark
  public void evaluateAll(Blackhole bh) {
    for (QualitySystem s : systems) {
      bh.consume(engine.evaluate(s, NationalDataSet.AS_OF));
    }
  }
}
