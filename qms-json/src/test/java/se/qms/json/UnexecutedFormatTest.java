package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.Period;
import se.qms.core.unexecuted.ExecutionStatus;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.Recipient;
import se.qms.core.unexecuted.SubmittedReport;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON form of decisions not carried out, their reports and the policy. */
class UnexecutedFormatTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private final QmsJson json = QmsJson.strict();

  private static byte[] baseWithDecisions() {
    ObjectNode root = (ObjectNode) MAPPER.readTree(MalformedCorpus.QS);
    return MAPPER.writeValueAsBytes(MalformedCorpus.withDecisions(root));
  }

  @Test
  void theCorpusDecision_passesTheSchemaAndTheReader() {
    byte[] document = baseWithDecisions();
    assertEquals(List.of(), SchemaAgreementTest.schemaErrors(false, document));
    QualitySystem system = json.readQualitySystem(document);
    UnexecutedDecisionRegister register = system.part(UnexecutedDecisionRegister.class).orElseThrow();
    assertEquals(1, register.decisions().size());
    assertEquals(ExecutionStatus.EXECUTED, register.decisions().get(0).status());
    assertEquals(Optional.of(LocalDate.of(2019, 7, 1)), register.decisions().get(0).executed());
    assertEquals(
        List.of(SubmittedReport.of(Period.quarter(2019, 2), Law.LSS, Recipient.IVO, LocalDate.of(2019, 7, 15))),
        register.reports());
    assertEquals(system, json.readQualitySystem(json.write(system)));
  }

  @Test
  void aSystemWithoutDecisions_hasNoRegisterPart() {
    assertTrue(json.readQualitySystem(MalformedCorpus.QS).part(UnexecutedDecisionRegister.class).isEmpty());
  }

  @Test
  void aDefaultPolicy_isWrittenAsAnEmptyObject_andReadBack() {
    RuleSet ruleSet =
        RuleSet.builder().name("Regler").addParts(UnexecutedDecisionPolicy.defaults()).build();
    String written = new String(json.write(ruleSet), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(written.contains("\"unexecutedDecisionPolicy\" : { }"), written);
    assertEquals(ruleSet, json.readRuleSet(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
