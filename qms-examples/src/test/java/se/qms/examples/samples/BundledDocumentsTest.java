package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.qms.json.QmsJson;
import tools.jackson.databind.json.JsonMapper;

/** Every bundled sample document passes its JSON Schema and the strict reader, and writes back identically. */
class BundledDocumentsTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema QUALITY_SYSTEM = REGISTRY.getSchema(QmsJson.qualitySystemSchema());
  private static final Schema RULE_SET = REGISTRY.getSchema(QmsJson.ruleSetSchema());

  static Stream<String> documents() {
    List<String> paths = new ArrayList<>();
    paths.add("/samples/default-rule-set.json");
    for (String name : Sample.names()) {
      paths.add("/samples/" + name + "/quality-system.json");
      if (BundledDocumentsTest.class.getResource("/samples/" + name + "/rule-set.json") != null) {
        paths.add("/samples/" + name + "/rule-set.json");
      }
    }
    return paths.stream();
  }

  private static byte[] read(String path) throws IOException {
    try (InputStream in = BundledDocumentsTest.class.getResourceAsStream(path)) {
      assertNotNull(in, path);
      return in.readAllBytes();
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void passesTheSchema_theReader_andWritesBackByteForByte(String path) throws IOException {
    byte[] document = read(path);
    boolean ruleSet = path.endsWith("rule-set.json");
    var tree = JsonMapper.builder().build().readTree(document);
    assertEquals(
        List.of(),
        (ruleSet ? RULE_SET : QUALITY_SYSTEM)
            .validate(tree, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true))));
    QmsJson json = QmsJson.strict();
    byte[] written =
        ruleSet ? json.write(json.readRuleSet(document)) : json.write(json.readQualitySystem(document));
    assertArrayEquals(document, written, path + " is not in canonical form");
  }
}
