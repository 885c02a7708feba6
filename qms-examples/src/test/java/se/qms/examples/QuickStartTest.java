package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.measure.MeasureResult;
import se.qms.core.measure.TrafficLight;

class QuickStartTest {
  @Test
  void printsWhatTheReadmeSays() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        String.join(System.lineSeparator(), "OptionalDouble[5.0]", "[]", "true", ""),
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void measuresExample_isGreenAgainstTheComparisonGroup() {
    MeasureResult result = QuickStart.measures();
    assertEquals(TrafficLight.GREEN, result.light());
    assertEquals(OptionalDouble.of(11), result.target());
  }

  @Test
  void improvementExample_printsWhatTheReadmeSays() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStart.improvement(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        String.join(
            System.lineSeparator(),
            "2019-03-15",
            "true",
            "Answered, Besvarad",
            "2019-04-30",
            "Kommunikation och information: 65, 13,0 %",
            "Utbildning, kompetens: 0, 0,0 %",
            "Omgivning och organisation: 11, 2,2 %",
            "Teknik, utrustning och apparatur: 8, 1,6 %",
            "Procedur, rutiner, riktlinjer: 336, 67,1 %",
            "Övriga: 81, 16,2 %",
            "[13, 0, 2, 2, 67, 16]",
            ""),
        bytes.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"quick-start", "measures", "improvement"})
  void readmeShowsTheSameCode(String block) throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/se/qms/examples/QuickStart.java"));
    String code =
        source.substring(
            source.indexOf('\n', source.indexOf("// " + block + ":begin")) + 1,
            source.indexOf("// " + block + ":end"));
    String readme = Files.readString(Path.of("../README.md"));
    String normalised = code.stripIndent().strip();
    assertTrue(
        readme.contains(normalised),
        "README.md must contain the " + block + " block of QuickStart.java:\n" + normalised);
  }
}
