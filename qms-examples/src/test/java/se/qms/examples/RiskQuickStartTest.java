package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RiskQuickStartTest {
  @Test
  void printsWhatTheReadmeSays() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RiskQuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        String.join(
            System.lineSeparator(),
            "Kritisk true",
            "RiskScore{2.67 × 3.33 = 8.89, Kritisk, escalated, assessors=3}",
            "risk.critical-without-action risks/R2",
            "risk.reassessment-overdue risks/R2",
            ""),
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void readmeShowsTheSameCode() throws IOException {
    String source = Files.readString(Path.of("src/main/java/se/qms/examples/RiskQuickStart.java"));
    String block =
        source.substring(
            source.indexOf('\n', source.indexOf("// risk-quick-start:begin")) + 1,
            source.indexOf("// risk-quick-start:end"));
    String readme = Files.readString(Path.of("../README.md"));
    String normalised = block.stripIndent().strip();
    assertTrue(
        readme.contains(normalised),
        "README.md must contain the risk block of RiskQuickStart.java:\n" + normalised);
  }
}
