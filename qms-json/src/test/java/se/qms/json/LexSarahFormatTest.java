package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.deadline.TimeLimit;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahReferral;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.lexsarah.LexSarahStatus;
import se.qms.core.lexsarah.LexSarahStep;
import se.qms.core.lexsarah.LexSarahTimeliness;
import se.qms.core.lexsarah.LexSarahTimelinessPolicy;
import se.qms.core.organisation.Role;

/** The lex Sarah parts of the base documents, read into the model and written back. */
class LexSarahFormatTest {
  private final QmsJson json = QmsJson.strict();

  @Test
  void cases_areReadWithTheirHistory() {
    QualitySystem system = json.readQualitySystem(MalformedCorpus.QS);
    LexSarahRegister register = system.part(LexSarahRegister.class).orElseThrow();
    LexSarahCase notified = register.find("LS-1").orElseThrow();
    assertEquals(LexSarahStatus.NOTIFIED, notified.status());
    assertEquals(Optional.of(LocalDate.of(2019, 3, 20)), notified.notified());
    assertEquals(Optional.of(LocalDate.of(2019, 3, 19)), notified.notificationDecision());
    assertEquals(Optional.of(Role.NAMND), notified.history().get(4).decidedBy());
    assertEquals(List.of(LexSarahCategory.NEGLECT, LexSarahCategory.EXECUTION), notified.categories());
    assertEquals(12, notified.riskEstimate().orElseThrow().value());
    LexSarahCase referred = register.find("LS-2").orElseThrow();
    assertEquals(Optional.of(LexSarahAssessment.NO_IMPROPRIETY), referred.assessment());
    assertEquals(Optional.of(LexSarahReferral.COMPLAINT), referred.referral());
    assertEquals(Optional.empty(), referred.registered());
    register.checkReferences(system.organisation());
  }

  @Test
  void timelinessPolicy_isReadWithItsBasis_andDefaultsWhereNoneIsGiven() {
    RuleSet rules = json.readRuleSet(MalformedCorpus.RS);
    LexSarahTimelinessPolicy policy = rules.part(LexSarahTimelinessPolicy.class).orElseThrow();
    assertEquals(2, policy.limits().size());
    assertEquals(TimeLimit.workingDays(1), policy.limit(LexSarahStep.REGISTRATION).orElseThrow().rule().limit());
    assertEquals(
        "SoL 14 kap. 6 §; LSS 24 e §; SOSFS 2011:9 5 kap. 5 §",
        policy.limit(LexSarahStep.REGISTRATION).orElseThrow().basis());
    assertTrue(policy.limit(LexSarahStep.NOTIFICATION).orElseThrow().rule().moveToNextWorkingDay());
    assertEquals("SoL 14 kap. 7 §; kommunens rutin", policy.limit(LexSarahStep.NOTIFICATION).orElseThrow().basis());
    assertFalse(policy.limit(LexSarahStep.INVESTIGATION_START).isPresent());
  }

  @Test
  void theDocumentsTogether_giveTheFindingsOfThePolicy() {
    QualitySystem system = json.readQualitySystem(MalformedCorpus.QS);
    LexSarahTimeliness timeliness =
        LexSarahTimeliness.of(json.readRuleSet(MalformedCorpus.RS).part(LexSarahTimelinessPolicy.class).orElseThrow());
    // LS-2 came in with its history from the investigation on: nothing known to judge;
    // LS-1 was registered the next working day and notified five days after the assessment
    assertEquals(
        List.of(),
        timeliness.findings(system.part(LexSarahRegister.class).orElseThrow().cases(), LocalDate.of(2019, 12, 31)));
  }

  @Test
  void writtenCases_readBackEqual_andInPropertyOrder() {
    QualitySystem system = json.readQualitySystem(MalformedCorpus.QS);
    byte[] written = json.write(system);
    assertEquals(system, json.readQualitySystem(written));
    String text = new String(written, StandardCharsets.UTF_8);
    assertTrue(text.contains("\"lexSarahCases\" : [ {\n    \"id\" : \"LS-1\",\n    \"committeeId\" : \"sn\","), text);
    assertFalse(text.contains("\"provider\""));
    RuleSet rules = json.readRuleSet(MalformedCorpus.RS);
    String ruleText = new String(json.write(rules), StandardCharsets.UTF_8);
    assertFalse(ruleText.contains("LSS 24 e"), "a default basis is left out");
    assertEquals(rules, json.readRuleSet(json.write(rules)));
  }
}
