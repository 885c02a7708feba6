package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.organisation.OrganisationUnit;

/** A model read keeps one instance per distinct short text of its document, not one per record. */
class SharedValuesTest {
  @Test
  void anIdNamedTwice_isOneStringInTheModel() {
    QualitySystem system = QmsJson.strict().readQualitySystem(MalformedCorpus.QS);
    OrganisationUnit namnd = system.organisation().units().get(0);
    OrganisationUnit forvaltning = system.organisation().units().get(1);
    assertEquals("sn", forvaltning.parentId().orElseThrow());
    assertSame(namnd.id(), forvaltning.parentId().orElseThrow());
  }

  @Test
  void longTexts_areReadAsTheyAre() {
    String longName = "x".repeat(150);
    byte[] doc =
        new String(MalformedCorpus.QS, StandardCharsets.UTF_8)
            .replace("\"Socialnämnden\"", "\"" + longName + "\"")
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(longName, QmsJson.strict().readQualitySystem(doc).organisation().units().get(0).name());
  }
}
