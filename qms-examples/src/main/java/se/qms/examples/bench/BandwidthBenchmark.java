package se.qms.examples.bench;

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

/**
 * The machine's limit: a sequential sum over a {@code long[]} of 256 MB, far larger than any cache,
 * on one thread. The score is milliseconds per pass; the bandwidth is 256 MB divided by it. It
 * bounds the compliance evaluation from below: an evaluation that only had to read the loaded
 * national data set once (its heap, printed by {@link ComplianceBenchmark}'s setup) could not take
 * less than that heap divided by this bandwidth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class BandwidthBenchmark {
  /** The bytes summed per pass. */
  public static final int BYTES = 256 << 20;

  private long[] data;

  /** Fills the array so the pages are touched before the measurement. */
  @Setup
  public void setUp() {
    data = new long[BYTES / Long.BYTES];
    for (int i = 0; i < data.length; i++) {
      data[i] = i * 0x9E3779B97F4A7C15L;
    }
  }

  /** One sequential pass. */
  @Benchmark
  public long sumSequentially() {
    long[] d = data;
    long s0 = 0;
    long s1 = 0;
    long s2 = 0;
    long s3 = 0;
    int i = 0;
    for (; i + 3 < d.length; i += 4) {
      s0 += d[i];
      s1 += d[i + 1];
      s2 += d[i + 2];
      s3 += d[i + 3];
    }
    for (; i < d.length; i++) {
      s0 += d[i];
    }
    return s0 + s1 + s2 + s3;
  }
}
