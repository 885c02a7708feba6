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

  @ParameterizedTest
  @ValueSource(strings = {"quick-start", "measures"})
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
