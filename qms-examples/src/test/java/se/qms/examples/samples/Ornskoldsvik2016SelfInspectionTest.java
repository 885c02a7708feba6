package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.TrafficLight;
import se.qms.core.selfinspection.ChecklistOutcome;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.selfinspection.CoverageMeasure;

/**
 * Seed 000 §2.1.1.4.2 and §4.2 rebuilt from per-manager records: six coverage shares and the two
 * checklists reported as Ej godkänd. The populations (7, 7, 7, 13, 13, 14 unit managers) are the
 * smallest that give the printed roundings; the document does not print them (see SOURCE.md).
 */
class Ornskoldsvik2016SelfInspectionTest {
  private final QualitySystem system = Sample.load(Sample.ORNSKOLDSVIK_2016).qualitySystem();
  private static final Period YEAR = Period.year(2016);

  private static List<String> managers(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      out.add(String.format("vf-e%02d", i));
    }
    return out;
  }

  private CoverageMeasure measure(String template, int population) {
    return CoverageMeasure.builder()
        .indicatorId("egenkontroll-" + template)
        .templateId(template)
        .addAllPopulation(managers(population))
        .build();
  }

  @ParameterizedTest
  @CsvSource({
    "ssa, 7, 6, '85,7 %'",
    "sba, 7, 5, '71,4 %'",
    "samhallsstorningar, 7, 6, '85,7 %'",
    "ska-lean, 13, 9, '69,2 %'",
    "forbattringsmojligheter, 13, 8, '61,5 %'",
    "ekologisk, 14, 9, '64,3 %'"
  })
  void coverageShare_fromCompletedChecklists_isAsPrinted(String template, int population, int done, String printed) {
    CoverageMeasure m = measure(template, population);
    CoverageMeasure.Coverage c = m.coverage(YEAR, system.completedChecklists());
    assertEquals(done, c.numerator());
    assertEquals(population, c.denominator());
    assertEquals(printed, c.displaySv());
    Observation computed = m.observe(YEAR, system.completedChecklists());
    assertEquals(100.0 * done / population, computed.total().getAsDouble());
    assertEquals(YEAR, computed.period());
    assertTrue(system.indicator(m.indicatorId()).orElseThrow().title().startsWith("Andel enhetschefer som har genomfört egenkontroll med stöd av checklistan"));
  }

  /** A checklist's egenkontroll is Godkänd when every checklist completed with it in the year is. */
  private List<ChecklistOutcome> outcomes(String templateId) {
    ChecklistTemplate template = system.checklistTemplate(templateId, 1).orElseThrow();
    return system.completedChecklists().stream()
        .filter(c -> c.templateId().equals(templateId) && YEAR.contains(c.date()))
        .map(template::evaluate)
        .collect(Collectors.toList());
  }

  private String utfall(String templateId) {
    return outcomes(templateId).stream().allMatch(ChecklistOutcome::passed) ? "Godkänd" : "Ej godkänd";
  }

  @ParameterizedTest
  @CsvSource({
    "ska-lean, Ej godkänd",
    "forbattringsmojligheter, Ej godkänd",
    "ssa, Godkänd",
    "sba, Godkänd",
    "samhallsstorningar, Godkänd",
    "ekologisk, Godkänd"
  })
  void utfall_perChecklist_asSection4_2(String templateId, String printed) {
    assertEquals(printed, utfall(templateId));
  }

  @Test
  void failedChecklists_nameTheUnitsAndItems_forDeviationsOrActions() {
    List<String> failed = new ArrayList<>();
    for (ChecklistTemplate t : system.checklistTemplates()) {
      for (CompletedChecklist c : system.completedChecklists()) {
        if (c.templateId().equals(t.id())) {
          ChecklistOutcome o = t.evaluate(c);
          if (!o.passed()) {
            assertEquals(TrafficLight.RED, o.light());
            failed.add(c.unitId() + ":" + String.join(",", o.failedItems()));
          }
        }
      }
    }
    assertEquals(
        List.of("vf-e04:processer", "vf-e08:processer", "vf-e02:lex-sarah", "vf-e06:lex-sarah"), failed);
  }

  @Test
  void sixTemplates_and43CompletedChecklists() {
    assertEquals(6, system.checklistTemplates().size());
    assertEquals(6 + 5 + 6 + 9 + 8 + 9, system.completedChecklists().size());
  }
}
