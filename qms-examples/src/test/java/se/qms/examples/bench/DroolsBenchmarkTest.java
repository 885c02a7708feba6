package se.qms.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.measure.TrafficLight;

/** The Drools comparison compares like with like: both engines give every fact the same outcome. */
class DroolsBenchmarkTest {
  private static final DroolsBenchmark.Rules RULES = DroolsBenchmark.Rules.build();

  @Test
  void qmsAndDrools_agreeOnEveryFact_bothWaysOfRunningDrools() {
    List<Object> facts = DroolsBenchmark.facts(20_000, 7L);
    assertNull(RULES.disagreement(facts));
  }

  @Test
  void facts_coverEveryLightAndEveryRiskBand() {
    List<Object> facts = DroolsBenchmark.facts(20_000, 7L);
    RULES.runQms(facts);
    List<TrafficLight> lights =
        facts.stream().filter(LightFact.class::isInstance).map(f -> ((LightFact) f).getLight()).distinct().collect(Collectors.toList());
    assertEquals(TrafficLight.values().length, lights.size(), lights.toString());
    List<Integer> bands =
        facts.stream().filter(RiskFact.class::isInstance).map(f -> ((RiskFact) f).getBand()).distinct().collect(Collectors.toList());
    assertEquals(3, bands.size(), bands.toString());
    assertTrue(facts.stream().filter(RiskFact.class::isInstance).anyMatch(f -> ((RiskFact) f).isEscalated()));
  }

  @Test
  void drl_namesEveryRuleOnce() {
    String drl = DroolsBenchmark.Rules.drl();
    assertEquals(13, drl.split("\nrule \"", -1).length - 1 + (drl.startsWith("rule") ? 1 : 0), drl);
  }
}
