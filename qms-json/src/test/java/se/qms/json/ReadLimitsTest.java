package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.qms.core.QmsErrorCode;

/**
 * Each limit of {@link ReadOptions} rejects a document over it with its own code, where the value
 * over it stands, without reading on: a syntax error after that value is never reached.
 */
class ReadLimitsTest {
  private static final String BASE = new String(MalformedCorpus.QS, StandardCharsets.UTF_8);
  private static final String NAME = "\"Exempelkommun, Socialnämnden\"";

  /** The base document with its name replaced by {@code value} and garbage after the end. */
  private static byte[] withName(String value) {
    return (BASE.replace(NAME, value) + " }}} not json").getBytes(StandardCharsets.UTF_8);
  }

  private static DocumentError rejected(QmsJson json, byte[] document) {
    QmsDocumentException e = assertThrows(QmsDocumentException.class, () -> json.readQualitySystem(document));
    assertEquals(1, e.errors().size(), e.errors().toString());
    assertEquals(e.errors(), json.validate(document));
    return e.errors().get(0);
  }

  private static final QmsJson SMALL =
      QmsJson.with(ReadOptions.strict().withLimits(64 * 1024, 10, 100, 20));

  @Test
  void defaults_areDocumented() {
    ReadOptions d = ReadOptions.strict();
    assertEquals(256L << 20, d.maxDocumentBytes());
    assertEquals(32, d.maxDepth());
    assertEquals(1 << 20, d.maxStringLength());
    assertEquals(64, d.maxNumberLength());
  }

  @Test
  void documentOverTheSizeLimit_isRejectedBeforeParsing() {
    QmsJson tiny = QmsJson.with(ReadOptions.strict().withLimits(1024, 32, 1000, 64));
    DocumentError e = rejected(tiny, withName("\"" + "x".repeat(2000) + "\""));
    assertEquals(QmsErrorCode.JSON_DOCUMENT_TOO_LARGE, e.code());
    assertEquals("", e.pointer());
  }

  @Test
  void nestingOverTheDepthLimit_isRejectedAtTheDeepestLevel() {
    DocumentError e = rejected(SMALL, withName("[".repeat(20) + "]".repeat(20)));
    assertEquals(QmsErrorCode.JSON_NESTING_TOO_DEEP, e.code());
    assertTrue(e.pointer().startsWith("/name/0/0/0/0/0/0/0/0"), e.pointer());
  }

  @Test
  void stringOverTheLengthLimit_isRejectedAtTheString() {
    DocumentError e = rejected(SMALL, withName("\"" + "x".repeat(101) + "\""));
    assertEquals(QmsErrorCode.JSON_STRING_TOO_LONG, e.code());
    assertEquals("/name", e.pointer());
    assertTrue(e.messageEn().contains("100"), e.messageEn());
    assertTrue(e.messageSv().startsWith("En text i dokumentet är längre"), e.messageSv());
  }

  @Test
  void stringAtTheLengthLimit_isRead() {
    byte[] doc = BASE.replace(NAME, "\"" + "x".repeat(100) + "\"").getBytes(StandardCharsets.UTF_8);
    assertEquals("x".repeat(100), SMALL.readQualitySystem(doc).name());
  }

  @Test
  void numberOverTheLengthLimit_isRejectedAtTheNumber() {
    DocumentError e = rejected(SMALL, withName("1" + "0".repeat(30)));
    assertEquals(QmsErrorCode.JSON_NUMBER_TOO_LONG, e.code());
    assertEquals("/name", e.pointer());
  }

  @Test
  void numberWithAHugeExponent_isANumberOverItsLimit_orAWrongType_neverAHang() {
    byte[] doc = BASE.replace("\"total\" : 82.0", "\"total\" : 1e999999999").getBytes(StandardCharsets.UTF_8);
    QmsDocumentException e = assertThrows(QmsDocumentException.class, () -> QmsJson.strict().readQualitySystem(doc));
    assertEquals("/observations/0/total", e.errors().get(0).pointer(), e.errors().toString());
  }

  @Test
  void propertyNameOverItsLimit_isRejected() {
    byte[] doc =
        BASE.replaceFirst("\"name\"", "\"" + "n".repeat(1_001) + "\"").concat("}}}").getBytes(StandardCharsets.UTF_8);
    QmsDocumentException e = assertThrows(QmsDocumentException.class, () -> QmsJson.strict().readQualitySystem(doc));
    assertEquals(QmsErrorCode.JSON_NAME_TOO_LONG, e.code(), e.errors().toString());
  }

  @Test
  void moreThanAThousandErrors_areCut_withALastOneCountingTheRest() {
    StringBuilder units = new StringBuilder("[");
    for (int i = 0; i < 1_500; i++) {
      units.append(i == 0 ? "" : ",").append("1");
    }
    byte[] doc =
        BASE.replaceFirst("\"units\" : \\[", "\"units\" : " + units + ",").getBytes(StandardCharsets.UTF_8);
    QmsDocumentException e = assertThrows(QmsDocumentException.class, () -> QmsJson.strict().readQualitySystem(doc));
    assertEquals(Errors.MAX_ERRORS + 1, e.errors().size());
    DocumentError last = e.errors().get(Errors.MAX_ERRORS);
    assertEquals(QmsErrorCode.JSON_TOO_MANY_ERRORS, last.code());
    assertTrue(last.messageEn().contains("more are not listed"), last.messageEn());
  }

  @Test
  void ruleSets_haveTheSameCodes() {
    byte[] rules =
        new String(MalformedCorpus.RS, StandardCharsets.UTF_8)
            .replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : \"" + "r".repeat(200) + "\"")
            .getBytes(StandardCharsets.UTF_8);
    QmsDocumentException e = assertThrows(QmsDocumentException.class, () -> SMALL.readRuleSet(rules));
    assertEquals(QmsErrorCode.JSON_STRING_TOO_LONG, e.code(), e.errors().toString());
    assertEquals("/name", e.errors().get(0).pointer());
  }
}
