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
  void readmeShowsTheSameCode() throws IOException {
    String source =
        Files.readString(Path.of("src/main/java/se/qms/examples/QuickStart.java"));
    String block =
        source.substring(
            source.indexOf('\n', source.indexOf("// quick-start:begin")) + 1,
            source.indexOf("// quick-start:end"));
    String readme = Files.readString(Path.of("../README.md"));
    String normalised = block.stripIndent().strip();
    assertTrue(
        readme.contains(normalised),
        "README.md must contain the quick-start block of QuickStart.java:\n" + normalised);
  }
}
