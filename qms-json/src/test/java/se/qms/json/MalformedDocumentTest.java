package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of the malformed corpus yields coded, located errors and nothing else escapes. */
class MalformedDocumentTest {
  private final QmsJson json = QmsJson.strict();

  static Stream<MalformedCorpus.Case> corpus() {
    return MalformedCorpus.all().stream();
  }

  @Test
  void corpus_hasAtLeastThreeHundredCases_acrossBothDocumentKindsAndKolada() {
    List<MalformedCorpus.Case> all = MalformedCorpus.all();
    long ruleSets = all.stream().filter(MalformedCorpus.Case::ruleSet).count();
    long kolada = se.qms.json.kolada.KoladaMalformedTest.corpus().count();
    String sizes = (all.size() - ruleSets) + " quality systems, " + ruleSets + " rule sets, " + kolada + " Kolada";
    assertTrue(all.size() + kolada >= 300, sizes);
    assertTrue(all.size() - ruleSets >= 200 && ruleSets >= 50 && kolada >= 50, sizes);
    assertEquals(all.size(), all.stream().map(MalformedCorpus.Case::toString).distinct().count(), "names are unique");
  }

  @Test
  void baseDocuments_areValid() {
    assertDoesNotThrow(() -> json.readQualitySystem(MalformedCorpus.QS));
    assertDoesNotThrow(() -> json.readRuleSet(MalformedCorpus.RS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void case_isRejectedWithTheExpectedCodeAtTheExpectedPointer(MalformedCorpus.Case c) {
    List<DocumentError> errors;
    try {
      if (c.ruleSet()) {
        json.readRuleSet(c.document());
      } else {
        json.readQualitySystem(c.document());
      }
      throw new AssertionError("accepted: " + c);
    } catch (QmsDocumentException e) {
      errors = e.errors();
    }
    String found = errors.stream().map(DocumentError::toString).collect(Collectors.joining("\n"));
    assertTrue(
        errors.stream().anyMatch(c::matches),
        "expected " + c.code().id() + " at " + c.pointer() + ", found:\n" + found);
    for (DocumentError e : errors) {
      assertFalse(e.messageSv().isBlank());
      assertFalse(e.messageEn().isBlank());
      assertTrue(e.pointer().isEmpty() || e.pointer().startsWith("/"), e.pointer());
    }
    if (!c.name().startsWith("format of") && !(c.ruleSet() && c.name().equals("format missing"))) {
      // validate() picks the reader by the format property, so it agrees except where that lies
      assertEquals(errors, json.validate(c.document()));
    }
  }

  @Test
  void severalErrors_areAllReported() {
    byte[] doc =
        new String(MalformedCorpus.QS, java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"kind\" : \"NAMND\"", "\"kind\" : \"KOMMUN\"")
            .replace("\"level\" : 5", "\"level\" : 11")
            .replaceFirst("\"period\" : \"2019\",(\\s+)\"total\"", "\"period\" : \"2019-T4\",$1\"total\"")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<DocumentError> errors = json.validate(doc);
    assertEquals(
        List.of(
            "/units/0/kind",
            "/processes/3/processIndexAssessments/0/level",
            "/observations/0/period"),
        errors.stream().map(DocumentError::pointer).collect(Collectors.toList()));
  }
}
