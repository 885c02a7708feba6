package se.qms.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartConsumerTest {
  @Test
  void quickStart_printsWhatTheReadmeSays_onTheModulePath() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickStartConsumer.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(List.of("OptionalDouble[5.0]", "[]", "true"), lines.subList(0, 3));
    // the JSON round trip is the identity, the engine of every rule runs, the default risk bands are three
    assertTrue(lines.get(3).matches("true \\d+ 3"), lines.get(3));
    assertTrue(QuickStartConsumer.class.getModule().isNamed(), "on the module path");
    assertEquals("se.qms.core", se.qms.core.process.ProcessMap.class.getModule().getName());
    assertEquals("se.qms.json", se.qms.json.QmsJson.class.getModule().getName());
  }
}
