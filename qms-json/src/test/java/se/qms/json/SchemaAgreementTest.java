package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.qms.core.QmsErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schemas agree with the reader: valid documents pass both, and every case of the
 * malformed corpus is rejected by the schema too — except the checks a JSON Schema cannot express,
 * which only the reader makes (listed in {@link #READER_ONLY}).
 */
class SchemaAgreementTest {
  /** What a JSON Schema cannot check: relations between elements, and the parser's own limits. */
  static final Set<QmsErrorCode> READER_ONLY =
      EnumSet.of(
          QmsErrorCode.DUPLICATE_ID,
          QmsErrorCode.DANGLING_REFERENCE,
          QmsErrorCode.CHECKLIST_ANSWER_UNKNOWN_ITEM,
          QmsErrorCode.CHECKLIST_ANSWER_TYPE,
          QmsErrorCode.PROCESS_NOT_UNDER_PARENT,
          QmsErrorCode.PROCESS_KIND_MISPLACED,
          QmsErrorCode.ORGANISATION_CYCLE,
          QmsErrorCode.ORGANISATION_LEVEL_ORDER,
          QmsErrorCode.JSON_LIMIT_EXCEEDED,
          QmsErrorCode.JSON_DOCUMENT_TOO_LARGE,
          QmsErrorCode.JSON_NESTING_TOO_DEEP,
          QmsErrorCode.JSON_STRING_TOO_LONG,
          QmsErrorCode.JSON_NUMBER_TOO_LONG,
          QmsErrorCode.JSON_NAME_TOO_LONG,
          QmsErrorCode.JSON_TOO_MANY_ERRORS,
          QmsErrorCode.VALUE_NOT_FINITE,
          QmsErrorCode.RISK_STATUS_INCONSISTENT,
          QmsErrorCode.RISK_BANDS_GAP,
          QmsErrorCode.RISK_BANDS_OVERLAP,
          QmsErrorCode.RISK_BANDS_RANGE,
          QmsErrorCode.RISK_ESCALATION_THRESHOLD,
          QmsErrorCode.CASE_DATE_BEFORE_START,
          QmsErrorCode.HISTORY_INCONSISTENT,
          QmsErrorCode.REPORT_BEFORE_QUARTER_END,
          QmsErrorCode.COMPLIANCE_RULE_UNKNOWN,
          QmsErrorCode.COMPLIANCE_PARAMETER_UNKNOWN,
          QmsErrorCode.COMPLIANCE_PARAMETER_OUT_OF_RANGE,
          QmsErrorCode.LEX_SARAH_NOT_SERIOUS,
          QmsErrorCode.LEX_SARAH_SERIOUS_NOT_NOTIFIED,
          QmsErrorCode.LEX_SARAH_INDIVIDUALS_INCONSISTENT,
          QmsErrorCode.LEX_SARAH_COMMITTEE_NOT_A_NAMND);

  /** Cases whose code the schema can check elsewhere, but not in this relation between elements. */
  static final Set<String> READER_ONLY_CASES =
      Set.of(
          "assessments out of order",
          "risk band empty",
          "scale minimum above maximum",
          "scale answer above the scale",
          "complaint status contradicts history",
          "sanction minimum above maximum",
          "compilation dated before its year",
          "lex Sarah decision after the notification",
          "case record set of mixed types");

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema QS = REGISTRY.getSchema(QmsJson.qualitySystemSchema());
  private static final Schema RS = REGISTRY.getSchema(QmsJson.ruleSetSchema());

  /** The schema's errors; a document that is not JSON at all counts as rejected. */
  static List<Error> schemaErrors(boolean ruleSet, byte[] document) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(document);
    } catch (JacksonException e) {
      return List.of(new Error.Builder().message("not JSON").build());
    }
    if (tree == null || tree.isMissingNode()) {
      return List.of(new Error.Builder().message("empty").build());
    }
    return (ruleSet ? RS : QS)
        .validate(tree, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  static Stream<MalformedCorpus.Case> corpus() {
    return MalformedCorpus.all().stream();
  }

  @Test
  void baseDocuments_passTheSchemas() {
    assertEquals(List.of(), schemaErrors(false, MalformedCorpus.QS));
    assertEquals(List.of(), schemaErrors(true, MalformedCorpus.RS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void malformedCase_isRejectedByTheSchema_unlessOnlyTheReaderCanSee_it(MalformedCorpus.Case c) {
    boolean schemaRejects = !schemaErrors(c.ruleSet(), c.document()).isEmpty();
    assertTrue(
        schemaRejects || READER_ONLY.contains(c.code()) || READER_ONLY_CASES.contains(c.name()),
        "the schema accepts " + c + " which the reader rejects with " + c.code().id());
  }

  @Test
  void generatedDocuments_passBothTheReaderAndTheSchema() {
    QmsJson json = QmsJson.strict();
    qt().withExamples(100)
        .forAll(JsonGenerators.qualitySystems())
        .check(system -> schemaErrors(false, json.write(system)).isEmpty());
    qt().withExamples(100)
        .forAll(JsonGenerators.ruleSets())
        .check(ruleSet -> schemaErrors(true, json.write(ruleSet)).isEmpty());
  }
}
