package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.Finding;
import se.qms.core.process.ProcessMap;
import se.qms.risk.Risk;
import se.qms.risk.RiskBand;
import se.qms.risk.RiskEvaluator;
import se.qms.risk.RiskMatrix;
import se.qms.risk.RiskReview;
import se.qms.risk.RiskScore;

/**
 * Seed 000 §4.1 prints no value or level per risk, only the summary "1 Kritisk, 1 Medium, 3 Låg,
 * Totalt: 5". Rebuilt here from the five printed ratings with the default bands.
 */
class Ornskoldsvik2016RiskSummaryTest {
  private final Sample sample = Sample.load(Sample.ORNSKOLDSVIK_2016);
  private final List<Risk> risks = sample.risks();
  private final RiskEvaluator evaluator = RiskEvaluator.defaults();

  @Test
  void fiveRisks_giveOneKritiskOneMediumThreeLag() {
    assertEquals(5, risks.size());
    RiskMatrix matrix = evaluator.matrix(risks);
    Map<String, Integer> summary =
        matrix.bandCounts().entrySet().stream()
            .collect(Collectors.toMap(e -> e.getKey().nameSv(), Map.Entry::getValue));
    assertEquals(Map.of("Kritisk", 1, "Medium", 1, "Låg", 3), summary);
    assertEquals(5, matrix.total());
    assertEquals(0, matrix.unassessed());
  }

  @Test
  void theRiskOfValue12_isR1_andEscalated_theOthersAreNot() {
    Map<String, RiskScore> scores =
        risks.stream().collect(Collectors.toMap(Risk::id, r -> evaluator.score(r).orElseThrow()));
    RiskScore r1 = scores.get("R1");
    assertEquals(12.0, r1.value());
    assertEquals("Kritisk", r1.band().nameSv());
    assertTrue(r1.isEscalated());
    for (String id : List.of("R2", "R3", "R4", "R5")) {
      assertFalse(scores.get(id).isEscalated(), id);
    }
  }

  @Test
  void eachRisk_hasThePrintedRatings_andTheirProductsBand() {
    Map<String, String> bands =
        risks.stream()
            .collect(
                Collectors.toMap(
                    Risk::id, r -> evaluator.score(r).map(RiskScore::band).map(RiskBand::nameSv).orElseThrow()));
    assertEquals(
        Map.of("R1", "Kritisk", "R2", "Låg", "R3", "Låg", "R4", "Låg", "R5", "Medium"), bands);
    RiskScore r4 = evaluator.score(risks.get(3)).orElseThrow();
    assertEquals(1.4, r4.meanProbability());
    assertEquals(1.75, r4.meanSeverity());
    assertEquals(2.45, r4.value(), 1e-12);
    assertTrue(r4.assessorCount().isEmpty()); // seed 000 prints no individual ratings
  }

  @Test
  void risksOneToFour_linkProcessesOfTheMap_withTheSameTitle() {
    ProcessMap map = sample.processMap();
    assertEquals(
        "Uppmärksamma och/eller agera vid våld i nära relationer/misstanke om våld i nära relationer",
        map.find(risks.get(0).process().orElseThrow().toString()).orElseThrow().title());
    for (Risk risk : risks.subList(0, 4)) {
      assertTrue(map.find(risk.process().orElseThrow().toString()).isPresent(), risk.id());
      assertEquals("Frekventa iakttagelser av risker", risk.basis().orElseThrow());
    }
    assertTrue(risks.get(4).process().isEmpty());
    assertEquals(List.of("R3-A1"), risks.get(2).actionIds());
  }

  /** R1 is Kritisk without an action; no dates are printed, so continuity cannot be judged. */
  @Test
  void review_findsTheKritiskRiskWithoutAction() {
    List<Finding> findings = RiskReview.defaults().evaluate(risks, LocalDate.of(2016, 12, 31));
    List<String> errors =
        findings.stream()
            .filter(f -> f.ruleId().equals(RiskReview.CRITICAL_WITHOUT_ACTION))
            .map(Finding::subject)
            .collect(Collectors.toList());
    assertEquals(List.of("risks/R1"), errors);
    assertEquals(
        5, findings.stream().filter(f -> f.ruleId().equals(RiskReview.ASSESSMENT_UNDATED)).count());
  }
}
