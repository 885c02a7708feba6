package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The consumer build (qms-examples/consumer, built by .ci/run after install) runs the README's
 * quick-start code: its block equals QuickStart's, which the README shows.
 */
class ConsumerBuildTest {
  private static String block(Path file) throws IOException {
    String source = Files.readString(file);
    return source
        .substring(
            source.indexOf('\n', source.indexOf("// quick-start:begin")) + 1,
            source.indexOf("// quick-start:end"))
        .stripIndent()
        .strip();
  }

  @Test
  void consumerRunsTheReadmeQuickStart() throws IOException {
    String consumer = block(Path.of("consumer/src/main/java/se/qms/consumer/QuickStartConsumer.java"));
    assertEquals(block(Path.of("src/main/java/se/qms/examples/QuickStart.java")), consumer);
    assertTrue(Files.readString(Path.of("../README.md")).contains(consumer));
  }

  @Test
  void consumerRequiresTheThreeModules_andIsNoModuleOfTheReactor() throws IOException {
    String descriptor = Files.readString(Path.of("consumer/src/main/java/module-info.java"));
    for (String module : new String[] {"se.qms.core", "se.qms.risk", "se.qms.json"}) {
      assertTrue(descriptor.contains("requires " + module + ";"), module);
    }
    assertTrue(!Files.readString(Path.of("../pom.xml")).contains("consumer"));
    assertTrue(Files.readString(Path.of("../.ci/run")).contains("qms-examples/consumer/pom.xml"));
  }
}
