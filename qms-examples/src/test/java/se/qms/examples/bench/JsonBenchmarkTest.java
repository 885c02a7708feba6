package se.qms.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.json.QmsJson;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark compares like with like: the plain classes bind every property qms reads. */
class JsonBenchmarkTest {
  @Test
  void plainClasses_coverTheWholeDocument_andBothReadTheSameCounts() {
    QualitySystem system = JsonBenchmark.scaledSample(1 << 20);
    byte[] bytes = QmsJson.strict().write(system);
    assertTrue(bytes.length > 1 << 20, "size " + bytes.length);
    PlainDocument plain =
        JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .readValue(bytes, PlainDocument.class);
    QualitySystem read = QmsJson.strict().readQualitySystem(bytes);
    assertEquals(read.measureData().observations().size(), plain.observations.size());
    assertEquals(read.indicators().size(), plain.indicators.size());
    assertEquals(read.processMap().size(), plain.processes.size());
    assertEquals(5, plain.risks.size());
  }
}
