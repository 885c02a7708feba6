package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.privacy.Redaction;
import se.qms.core.report.Disclosure;
import se.qms.core.report.QualityReport;
import se.qms.testing.ProtectedCases;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "skyddade personuppgifter" flag at the JSON boundary: the document of record keeps the flag
 * and everything else (write then read is the identity), the export and the report carry no
 * flagged text or name, the schema accepts the flag, and a flag that is not a boolean is a coded
 * type error at its pointer.
 */
class ProtectedPersonalDataJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final QmsJson json = QmsJson.strict();

  /** A system with one case of each kind per seed, every one of them flagged. */
  private static QualitySystem allFlagged() {
    return ProtectedCases.withAllFlags(ProtectedCases.system(List.of(3, 5, 7, 11, 13, 17, 19, 23)), true);
  }

  private static int occurrences(String text, String of) {
    return text.split(java.util.regex.Pattern.quote(of), -1).length - 1;
  }

  @Test
  void flaggedCases_roundTripEqual_withTheFlagWrittenOnEachCase() {
    QualitySystem s = allFlagged();
    byte[] written = json.write(s);
    String text = new String(written, StandardCharsets.UTF_8);
    assertEquals(s, json.readQualitySystem(written));
    assertEquals(8, occurrences(text, "\"protectedPersonalData\" : true"));
    assertFalse(ProtectedCases.secrets(s).isEmpty());
    assertEquals(List.of(), new ArrayList<>(ProtectedCases.secrets(s)).stream()
        .filter(t -> !text.contains(t)).toList(), "the document of record keeps every text");
  }

  @Test
  void unflaggedCases_omitTheProperty() {
    QualitySystem plain = ProtectedCases.withoutFlags(allFlagged());
    String text = new String(json.write(plain), StandardCharsets.UTF_8);
    assertFalse(text.contains("protectedPersonalData"), text);
    assertEquals(plain, json.readQualitySystem(json.write(plain)));
  }

  @Test
  void explicitFalse_readsAsUnflagged() {
    ObjectNode root = (ObjectNode) MAPPER.readTree(json.write(allFlagged()));
    ((ObjectNode) root.at("/complaints/0")).put("protectedPersonalData", false);
    QualitySystem read = json.readQualitySystem(MAPPER.writeValueAsBytes(root));
    assertFalse(read.complaints().get(0).protectedPersonalData());
    assertTrue(read.complaints().get(1).protectedPersonalData());
  }

  @Test
  void export_ofFlaggedCases_holdsNoTextOrName_andReadsBackAsTheRedactedSystem() {
    QualitySystem s = allFlagged();
    byte[] export = json.writeExport(s);
    String text = new String(export, StandardCharsets.UTF_8);
    assertEquals(List.of(), ProtectedCases.leaks(ProtectedCases.secrets(s), text));
    assertEquals(Redaction.forExport(s), json.readQualitySystem(export));
    assertEquals(List.of(), SchemaAgreementTest.schemaErrors(false, export));
    assertTrue(text.contains(Redaction.PROTECTED_TEXT));
  }

  @Test
  void export_withoutFlaggedCases_isTheDocumentOfRecord_byteForByte() {
    QualitySystem plain = ProtectedCases.withoutFlags(allFlagged());
    assertArrayEquals(json.write(plain), json.writeExport(plain));
  }

  @Test
  void export_ofNull_isTheCodedMissingValue() {
    assertThrows(MissingValueException.class, () -> json.writeExport(null));
  }

  @Test
  void schema_acceptsTheFlag_onEveryCaseKind() {
    byte[] written = json.write(allFlagged());
    assertEquals(List.of(), SchemaAgreementTest.schemaErrors(false, written));
    assertTrue(json.validate(written).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/complaints/0", "/deviations/0", "/lexSarahCases/0", "/unexecutedDecisions/0"})
  void flagAsText_isTheCodedTypeError_atItsPointer(String at) {
    ObjectNode root = (ObjectNode) MAPPER.readTree(json.write(allFlagged()));
    ((ObjectNode) root.at(at)).put("protectedPersonalData", "yes");
    byte[] doc = MAPPER.writeValueAsBytes(root);
    QmsDocumentException e = assertThrows(QmsDocumentException.class, () -> json.readQualitySystem(doc));
    assertEquals(1, e.errors().size(), e.errors().toString());
    assertEquals(at + "/protectedPersonalData", e.errors().get(0).pointer());
    assertEquals(QmsErrorCode.JSON_WRONG_TYPE, e.errors().get(0).code());
    assertFalse(SchemaAgreementTest.schemaErrors(false, doc).isEmpty());
  }

  @Test
  void generatedSystems_roundTripEqual_andNeitherExportNorReportJsonLeaks() {
    qt().withExamples(30)
        .forAll(ProtectedCases.systems())
        .checkAssert(
            s -> {
              assertEquals(s, json.readQualitySystem(json.write(s)));
              Set<String> secrets = ProtectedCases.secrets(s);
              QualityReport report = QmsJson.reportGenerator().generate(s, se.qms.core.compliance.RuleSet.builder().name("R").build(), 2020);
              String out =
                  new String(json.writeExport(s), StandardCharsets.UTF_8)
                      + new String(json.write(report), StandardCharsets.UTF_8)
                      + new String(json.write(report.withDisclosure(Disclosure.masked(3))), StandardCharsets.UTF_8);
              assertEquals(List.of(), ProtectedCases.leaks(secrets, out));
            });
  }
}
