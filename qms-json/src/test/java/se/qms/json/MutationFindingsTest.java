package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;

/**
 * What the mutation testing ({@link DocumentMutationProperties}) found, each kept as a case so it
 * stays fixed. Rejected documents found by it are cases of the malformed corpus instead.
 */
class MutationFindingsTest {
  private final QmsJson json = QmsJson.strict();

  /** A target of "as last period, in percent" with no change used to be read back in points. */
  @Test
  void previousPeriodInPercent_withoutADelta_keepsItsUnit() {
    RuleSet rules =
        RuleSet.builder()
            .name("Regler")
            .putLightPolicies(
                "m1", LightPolicy.target(Target.previousPeriod(0, Target.DeltaUnit.PERCENT), Tolerance.none()))
            .build();
    assertEquals(rules, json.readRuleSet(json.write(rules)));
  }

  /** A delta of -0 used to be read as -0 and written as no delta, so it came back as +0. */
  @Test
  void negativeZero_isReadAsZero() {
    byte[] doc =
        new String(MalformedCorpus.RS, java.nio.charset.StandardCharsets.UTF_8)
            .replace("\"delta\" : 1.0", "\"delta\" : -0.0")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    RuleSet rules = json.readRuleSet(doc);
    assertEquals(rules, json.readRuleSet(json.write(rules)));
    assertEquals(
        0L,
        rules.lightPolicies().values().stream()
            .flatMap(p -> p.target().stream())
            .filter(t -> Double.doubleToRawLongBits(t.delta()) == Double.doubleToRawLongBits(-0.0))
            .count());
  }
}
