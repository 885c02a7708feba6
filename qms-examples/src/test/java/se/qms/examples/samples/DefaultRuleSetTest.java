package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.RuleSet;
import se.qms.json.QmsJson;
import se.qms.risk.RiskPolicy;

/** The bundled default rule set holds the defaults the domain describes (../shared/DOMAIN.md). */
class DefaultRuleSetTest {
  @Test
  void defaultRuleSet_isTheLibrarysDefaultRiskPolicy() throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/samples/default-rule-set.json")) {
      bytes = in.readAllBytes();
    }
    RuleSet rules = QmsJson.strict().readRuleSet(bytes);
    assertEquals(RiskPolicy.defaults(), rules.part(RiskPolicy.class).orElseThrow());
    assertEquals(0, rules.lightPolicies().size());
  }
}
