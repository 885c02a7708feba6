package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import tools.jackson.databind.json.JsonMapper;

class QmsJacksonModuleTest {
  private final JsonMapper mapper = JsonMapper.builder().addModule(QmsJacksonModule.create()).build();
  private final QmsJson json = QmsJson.strict();

  /** An application's own document holding a quality system and a rule set. */
  record Envelope(String tenant, QualitySystem system, RuleSet rules) {}

  @Test
  void readsAndWritesTheModelInsideAnApplicationsDocument() {
    QualitySystem system = json.readQualitySystem(MalformedCorpus.QS);
    RuleSet rules = json.readRuleSet(MalformedCorpus.RS);
    byte[] bytes = mapper.writeValueAsBytes(new Envelope("kommun-1", system, rules));
    Envelope back = mapper.readValue(bytes, Envelope.class);
    assertEquals(system, back.system());
    assertEquals(rules, back.rules());
  }

  @Test
  void errorsArePointedToInsideTheEnclosingDocument() {
    String doc =
        "{\"tenant\":\"k\",\"system\":"
            + new String(MalformedCorpus.QS, StandardCharsets.UTF_8).replace("\"NAMND\"", "\"KOMMUN\"")
            + ",\"rules\":"
            + new String(MalformedCorpus.RS, StandardCharsets.UTF_8)
            + "}";
    // Jackson wraps exceptions of deserializers; the cause carries the located errors
    tools.jackson.databind.DatabindException wrapped =
        assertThrows(
            tools.jackson.databind.DatabindException.class, () -> mapper.readValue(doc, Envelope.class));
    QmsDocumentException e = (QmsDocumentException) wrapped.getCause();
    assertEquals("/system/units/0/kind", e.errors().get(0).pointer());
    assertEquals(QmsErrorCode.JSON_UNKNOWN_ENUM, e.errors().get(0).code());
  }

  @Test
  void writesTheSameContentAsQmsJson() {
    QualitySystem system = json.readQualitySystem(MalformedCorpus.QS);
    assertEquals(
        mapper.readTree(json.write(system)),
        mapper.readTree(mapper.writeValueAsBytes(Map.of("x", system))).get("x"));
  }
}
