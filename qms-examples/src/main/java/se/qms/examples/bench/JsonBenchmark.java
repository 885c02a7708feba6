package se.qms.examples.bench;

import java.util.ArrayList;
import java.util.List;
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
import se.qms.core.compliance.QualitySystem;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;
import se.qms.examples.samples.Sample;
import se.qms.json.QmsJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading a 100 MB quality-system document — the Örnsköldsvik sample's organisation, process map
 * and risks, and the indicators of all four samples repeated with results for 2010–2019 until the
 * document reaches 100 MB — with {@link QmsJson} (strict: every check, every error collected)
 * against plain Jackson binding of the same bytes into mutable classes without any check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class JsonBenchmark {
  static final int TARGET_BYTES = 100 * 1024 * 1024;

  private byte[] document;
  private final QmsJson qms = QmsJson.strict();
  private JsonMapper plain;

  /** Builds the document once. */
  @Setup
  public void setUp() {
    document = QmsJson.strict().write(scaledSample(TARGET_BYTES));
    plain =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
  }

  /** The samples repeated until their JSON reaches about {@code bytes}. */
  static QualitySystem scaledSample(int bytes) {
    Sample base = Sample.load(Sample.ORNSKOLDSVIK_2016);
    List<Indicator> templates = new ArrayList<>();
    for (String name : Sample.names()) {
      templates.addAll(Sample.load(name).indicators());
    }
    List<Indicator> indicators = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    List<ReferenceValue> references = new ArrayList<>();
    int perIndicator = 10 * 430; // about 430 bytes of JSON per indicator-year
    int copies = bytes / (templates.size() * perIndicator) + 1;
    for (int c = 0; c < copies; c++) {
      for (Indicator t : templates) {
        String id = t.id() + "-" + c;
        indicators.add(
            Indicator.builder()
                .id(id.length() > 100 ? id.substring(id.length() - 100) : id)
                .title(t.title())
                .unit(t.unit())
                .direction(t.direction())
                .decimals(t.decimals())
                .genderSplit(true)
                .build());
        String iid = indicators.get(indicators.size() - 1).id();
        for (int year = 2010; year < 2020; year++) {
          double v = 50 + (c * 7 + year * 3 + iid.length()) % 50 + 0.5;
          observations.add(
              Observation.builder()
                  .indicatorId(iid)
                  .period(Period.year(year))
                  .total(v)
                  .women(v + 1.25)
                  .men(v - 1.25)
                  .source(ObservationSource.KOLADA)
                  .build());
          references.add(
              ReferenceValue.named(iid, Period.year(year), ReferenceKind.COMPARISON_GROUP, "Liknande kommuner IFO", v - 2));
        }
      }
    }
    QualitySystem sample = base.qualitySystem();
    return QualitySystem.builder()
        .name(sample.name())
        .organisation(sample.organisation())
        .responsibilities(sample.responsibilities())
        .processMap(sample.processMap())
        .addAllIndicators(indicators)
        .measureData(MeasureData.of(observations, references))
        // the risk register only, so the document stays the one the README's figures were measured on
        .addAllParts(sample.part(se.qms.risk.RiskRegister.class).map(List::of).orElse(List.of()))
        .build();
  }

  /** qms: parse, check everything, build the immutable model. */
  @Benchmark
  public QualitySystem qmsReadAndValidate() {
    return qms.readQualitySystem(document);
  }

  /** Jackson alone: bind into mutable classes, no checks. */
  @Benchmark
  public PlainDocument plainBinding() {
    return plain.readValue(document, PlainDocument.class);
  }

  /** The document size, for the throughput in MB/s. */
  public int documentBytes() {
    return document.length;
  }
}
