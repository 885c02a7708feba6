package se.qms.json.kolada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.qms.core.QmsErrorCode;
import se.qms.json.DocumentError;
import se.qms.json.QmsDocumentException;

/**
 * The malformed-input corpus of the Kolada reader: each case names the error code and the JSON
 * pointer of the first error, and nothing but a {@link QmsDocumentException} may escape.
 */
public class KoladaMalformedTest {
  /** Run by JUnit; public only so the malformed corpus of qms-json can count these cases. */
  public KoladaMalformedTest() {}

  private static final String V = "{\"gender\":\"T\",\"count\":1,\"status\":\"\",\"value\":82.0}";
  private static final KoladaReader READER = KoladaReader.of(KoladaConfig.of("2380"));

  /** An envelope with one data object whose members are {@code members}. */
  private static String one(String members) {
    return "{\"values\":[{" + members + "}],\"count\":1}";
  }

  /** An envelope with one data object holding one value object with {@code members}. */
  private static String value(String members) {
    return one(
        "\"kpi\":\"N00001\",\"municipality\":\"2380\",\"period\":2019,\"values\":[{" + members + "}]");
  }

  private static final String KPI = "\"kpi\":\"N00001\",";
  private static final String MUN = "\"municipality\":\"2380\",";
  private static final String PER = "\"period\":2019,";
  private static final String VALS = "\"values\":[" + V + "]";

  /** The cases: name, response, the first error's code and pointer. */
  public static Stream<Arguments> corpus() {
    return Stream.of(
        // not JSON at all
        c("empty document", "", QmsErrorCode.JSON_SYNTAX, ""),
        c("white space only", " \n\t ", QmsErrorCode.JSON_SYNTAX, ""),
        c("HTML error page", "<html><body>502 Bad Gateway</body></html>", QmsErrorCode.JSON_SYNTAX, ""),
        c("truncated in a string", "{\"values\":[{\"kpi\":\"N00", QmsErrorCode.JSON_SYNTAX, "/values/0/kpi"),
        c("truncated after an element", "{\"values\":[" + "{" + KPI + MUN + PER + VALS + "},", QmsErrorCode.JSON_SYNTAX, "/values/1"),
        c("trailing content", "{\"values\":[],\"count\":0} x", QmsErrorCode.JSON_SYNTAX, ""),
        c("two documents", "{\"values\":[],\"count\":0}{\"values\":[],\"count\":0}", QmsErrorCode.JSON_SYNTAX, ""),
        c("trailing comma", "{\"values\":[],\"count\":0,}", QmsErrorCode.JSON_SYNTAX, "/count"),
        c("single quotes", "{'values':[],'count':0}", QmsErrorCode.JSON_SYNTAX, ""),
        c("comment", "/* Kolada */ {\"values\":[],\"count\":0}", QmsErrorCode.JSON_SYNTAX, ""),
        c("NaN", value("\"gender\":\"T\",\"value\":NaN"), QmsErrorCode.JSON_SYNTAX, "/values/0/values/0/value"),
        c("raw control character", one("\"kpi\":\"N00\u0001001\""), QmsErrorCode.JSON_SYNTAX, "/values/0/kpi"),
        c("duplicate property", "{\"values\":[],\"values\":[],\"count\":0}", QmsErrorCode.JSON_SYNTAX, "/values"),
        // the envelope
        c("root is an array", "[]", QmsErrorCode.JSON_WRONG_TYPE, ""),
        c("root is a string", "\"values\"", QmsErrorCode.JSON_WRONG_TYPE, ""),
        c("root is null", "null", QmsErrorCode.JSON_WRONG_TYPE, ""),
        c("values missing", "{\"count\":0}", QmsErrorCode.JSON_MISSING_PROPERTY, "/values"),
        c("values is an object", "{\"values\":{},\"count\":0}", QmsErrorCode.JSON_WRONG_TYPE, "/values"),
        c("count missing", "{\"values\":[]}", QmsErrorCode.JSON_MISSING_PROPERTY, "/count"),
        c("count is a string", "{\"values\":[],\"count\":\"0\"}", QmsErrorCode.JSON_WRONG_TYPE, "/count"),
        c("count is not the length", "{\"values\":[],\"count\":1}", QmsErrorCode.KOLADA_BODY_MALFORMED, "/count"),
        c("next_page is a number", "{\"values\":[],\"count\":0,\"next_page\":2}", QmsErrorCode.JSON_WRONG_TYPE, "/next_page"),
        // data objects
        c("data object is a number", "{\"values\":[1],\"count\":1}", QmsErrorCode.JSON_WRONG_TYPE, "/values/0"),
        c("kpi missing", one(MUN + PER + VALS), QmsErrorCode.JSON_MISSING_PROPERTY, "/values/0/kpi"),
        c("kpi is a number", one("\"kpi\":945," + MUN + PER + VALS), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/kpi"),
        c("kpi malformed", one("\"kpi\":\"N945\"," + MUN + PER + VALS), QmsErrorCode.KOLADA_BODY_MALFORMED, "/values/0/kpi"),
        c("municipality of three digits", one(KPI + "\"municipality\":\"238\"," + PER + VALS), QmsErrorCode.KOLADA_BODY_MALFORMED, "/values/0/municipality"),
        c("municipality of five digits", one(KPI + "\"municipality\":\"23800\"," + PER + VALS), QmsErrorCode.KOLADA_BODY_MALFORMED, "/values/0/municipality"),
        c("municipality is a number", one(KPI + "\"municipality\":2380," + PER + VALS), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/municipality"),
        c("group id without a body", one(KPI + "\"municipality\":\"G\"," + PER + VALS), QmsErrorCode.KOLADA_BODY_MALFORMED, "/values/0/municipality"),
        c("period missing", one(KPI + MUN + VALS), QmsErrorCode.JSON_MISSING_PROPERTY, "/values/0/period"),
        c("null period", one(KPI + MUN + "\"period\":null," + VALS), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/period"),
        c("period of five digits", one(KPI + MUN + "\"period\":20191," + VALS), QmsErrorCode.JSON_CONSTRAINT_VIOLATED, "/values/0/period"),
        c("period before 1900", one(KPI + MUN + "\"period\":1899," + VALS), QmsErrorCode.JSON_CONSTRAINT_VIOLATED, "/values/0/period"),
        c("period is a month", one(KPI + MUN + "\"period\":\"2019-01\"," + VALS), QmsErrorCode.JSON_CONSTRAINT_VIOLATED, "/values/0/period"),
        c("period is a fraction", one(KPI + MUN + "\"period\":2019.5," + VALS), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/period"),
        c("values of a data object missing", one(KPI + MUN + "\"period\":2019"), QmsErrorCode.JSON_MISSING_PROPERTY, "/values/0/values"),
        c("values of a data object is a string", one(KPI + MUN + PER + "\"values\":\"T\""), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/values"),
        // gender values
        c("value object is an array", one(KPI + MUN + PER + "\"values\":[[]]"), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/values/0"),
        c("unknown gender X", value("\"gender\":\"X\",\"value\":1"), QmsErrorCode.JSON_UNKNOWN_ENUM, "/values/0/values/0/gender"),
        c("lower-case gender", value("\"gender\":\"t\",\"value\":1"), QmsErrorCode.JSON_UNKNOWN_ENUM, "/values/0/values/0/gender"),
        c("gender F (women in English)", value("\"gender\":\"F\",\"value\":1"), QmsErrorCode.JSON_UNKNOWN_ENUM, "/values/0/values/0/gender"),
        c("gender missing", value("\"value\":1"), QmsErrorCode.JSON_MISSING_PROPERTY, "/values/0/values/0/gender"),
        c("gender null", value("\"gender\":null,\"value\":1"), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/values/0/gender"),
        c("negative count", value("\"gender\":\"T\",\"count\":-1,\"value\":1"), QmsErrorCode.JSON_CONSTRAINT_VIOLATED, "/values/0/values/0/count"),
        c("count is a fraction", value("\"gender\":\"T\",\"count\":1.5,\"value\":1"), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/values/0/count"),
        c("count beyond an int", value("\"gender\":\"T\",\"count\":99999999999,\"value\":1"), QmsErrorCode.JSON_CONSTRAINT_VIOLATED, "/values/0/values/0/count"),
        c("value missing", value("\"gender\":\"T\""), QmsErrorCode.JSON_MISSING_PROPERTY, "/values/0/values/0/value"),
        c("value is a string", value("\"gender\":\"T\",\"value\":\"82\""), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/values/0/value"),
        c("value is a boolean", value("\"gender\":\"T\",\"value\":true"), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/values/0/value"),
        c("huge value 1e400", value("\"gender\":\"T\",\"value\":1e400"), QmsErrorCode.JSON_CONSTRAINT_VIOLATED, "/values/0/values/0/value"),
        c("huge negative value", value("\"gender\":\"T\",\"value\":-1e400"), QmsErrorCode.JSON_CONSTRAINT_VIOLATED, "/values/0/values/0/value"),
        c("number of 100 digits", value("\"gender\":\"T\",\"value\":" + "9".repeat(100)), QmsErrorCode.JSON_NUMBER_TOO_LONG, "/values/0/values/0/value"),
        c("status is a number", value("\"gender\":\"T\",\"status\":0,\"value\":1"), QmsErrorCode.JSON_WRONG_TYPE, "/values/0/values/0/status"),
        c("status of 101 characters", value("\"gender\":\"T\",\"status\":\"" + "s".repeat(101) + "\",\"value\":1"), QmsErrorCode.JSON_CONSTRAINT_VIOLATED, "/values/0/values/0/status"),
        c("property name of 101 characters", one("\"" + "k".repeat(101) + "\":1"), QmsErrorCode.JSON_NAME_TOO_LONG, "/values/0"),
        // duplicates
        c("gender twice in one data object", one(KPI + MUN + PER + "\"values\":[" + V + "," + V + "]"), QmsErrorCode.KOLADA_BODY_MALFORMED, "/values/0/values/1/gender"),
        c(
            "kpi, municipality, period and gender twice",
            "{\"values\":[{" + KPI + MUN + PER + VALS + "},{" + KPI + MUN + PER + VALS + "}],\"count\":2}",
            QmsErrorCode.KOLADA_BODY_MALFORMED,
            "/values/1/values/0/gender"),
        // limits
        c("nesting beyond the depth limit", "{\"values\":[" + "[".repeat(40) + "]".repeat(40) + "],\"count\":1}", QmsErrorCode.JSON_NESTING_TOO_DEEP, "/values" + "/0".repeat(KoladaJson.MAX_DEPTH - 1)));
  }

  private static Arguments c(String name, String json, QmsErrorCode code, String pointer) {
    return Arguments.of(name, json, code, pointer);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void malformedResponse_isRejectedWithCodeAndPointer(
      String name, String json, QmsErrorCode code, String pointer) {
    QmsDocumentException e = rejected(() -> READER.read(json));
    DocumentError first = e.errors().get(0);
    assertEquals(code, first.code(), e.errors().toString());
    assertEquals(pointer, first.pointer(), e.errors().toString());
    assertEquals(code, e.code());
    for (DocumentError error : e.errors()) {
      assertFalse(error.messageSv().isBlank());
      assertFalse(error.messageEn().isBlank());
      error.rejectedValue().ifPresent(v -> assertTrue(v.length() <= 120, v));
    }
  }

  @Test
  void corpus_hasAtLeastThirtyCases() {
    assertTrue(corpus().count() >= 30);
  }

  @Test
  void tenMegabyteString_isRejectedByTheStringLimit_notReadToTheEnd() {
    String huge = "{\"values\":[{\"kpi\":\"" + "A".repeat(10 * 1024 * 1024) + "\"}],\"count\":1}";
    QmsDocumentException e = rejected(() -> READER.read(huge));
    assertEquals(QmsErrorCode.JSON_STRING_TOO_LONG, e.code());
    assertEquals("/values/0/kpi", e.errors().get(0).pointer());
    assertTrue(e.errors().get(0).messageEn().contains("String value length"), e.errors().get(0).messageEn());
  }

  @Test
  void deepNestingOfAHundredThousandArrays_isRejectedWithoutStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    QmsDocumentException e = rejected(() -> READER.read(deep));
    assertEquals(QmsErrorCode.JSON_NESTING_TOO_DEEP, e.code());
  }

  @Test
  void documentLongerThanConfigured_isRejected() {
    KoladaReader small =
        KoladaReader.of(KoladaConfig.builder().ownMunicipality("2380").maxDocumentLength(1024).build());
    String body = Fixtures.text("ostersund-2019.json");
    QmsDocumentException e = rejected(() -> small.read(body));
    assertEquals(QmsErrorCode.JSON_DOCUMENT_TOO_LARGE, e.code(), e.errors().toString());
    assertTrue(e.errors().get(0).messageEn().contains("Document length"), e.errors().get(0).messageEn());
  }

  @Test
  void invalidUtf8_isASyntaxError() {
    byte[] body = "{\"values\":[],\"count\":0,\"x\":\"\u00e5\"}".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[body.length + 1];
    System.arraycopy(body, 0, broken, 0, body.length - 3);
    broken[body.length - 3] = (byte) 0xC3;
    broken[body.length - 2] = (byte) 0x28;
    broken[body.length - 1] = '"';
    broken[body.length] = '}';
    QmsDocumentException e = rejected(() -> READER.read(broken));
    assertEquals(QmsErrorCode.JSON_SYNTAX, e.code());
  }

  @Test
  void moreThanAThousandErrors_areCut_withALastErrorSayingSo() {
    StringBuilder body = new StringBuilder("{\"values\":[");
    for (int i = 0; i < 1500; i++) {
      body.append(i == 0 ? "" : ",").append("1");
    }
    body.append("],\"count\":1500}");
    QmsDocumentException e = rejected(() -> READER.read(body.toString()));
    assertEquals(Problems.MAX_ERRORS + 1, e.errors().size());
    assertEquals(QmsErrorCode.JSON_TOO_MANY_ERRORS, e.errors().get(Problems.MAX_ERRORS).code());
  }

  /** Every prefix of a valid response, and random one-character damage, fails only as a document. */
  @Test
  void everyTruncationAndRandomDamage_givesADocumentErrorOrAnImport_nothingElse() {
    String body = Fixtures.text("ostersund-2019.json");
    for (int end = 0; end < body.length(); end++) {
      String prefix = body.substring(0, end);
      if (!prefix.strip().endsWith("}")) {
        rejected(() -> READER.read(prefix));
      }
    }
    Random random = new Random(4711);
    String alphabet = "{}[]\",:0123456789.-eE nulltruefalseTKMXG\\";
    for (int i = 0; i < 2_000; i++) {
      char[] chars = body.toCharArray();
      chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      String damaged = new String(chars);
      try {
        READER.read(damaged);
      } catch (QmsDocumentException expected) {
        assertFalse(expected.errors().isEmpty());
      } catch (Throwable t) {
        fail("damaged input escaped as " + t + ":\n" + damaged, t);
      }
    }
  }

  private static QmsDocumentException rejected(Supplier<KoladaImport> read) {
    try {
      KoladaImport result = read.get();
      return fail("expected a QmsDocumentException, got " + result);
    } catch (QmsDocumentException e) {
      return e;
    } catch (Throwable t) {
      return fail("expected a QmsDocumentException, got " + t, t);
    }
  }
}
