package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.measure.Comparison;
import se.qms.core.measure.Development;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.TrafficLight;
import se.qms.core.measure.Trend;

/** The measure tables of seeds 000, 001 and 004, checked against what the documents print. */
class MeasureSamplesTest {
  private static double value(MeasureData data, String indicatorId, Period period) {
    return data.observation(indicatorId, Optional.empty(), period).orElseThrow().total().getAsDouble();
  }

  private static Indicator indicator(Sample sample, String id) {
    return sample.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
  }

  /** Seed 001 tables 1–10: the printed trend words follow from the 2018 and 2019 values. */
  @Nested
  class Saffle2019TrendTables {
    private final Sample sample = Sample.load(Sample.SAFFLE_2019);

    @Test
    void fortyFourRows_inTenTables() {
      assertEquals(44, sample.printedJudgements().size());
      assertEquals(
          10,
          sample.indicators().stream().map(i -> i.id().substring(0, i.id().indexOf('-'))).distinct().count());
    }

    @Test
    void everyPrintedTrend_followsFromTheValues_withToleranceZero() {
      List<String> disagreements = new ArrayList<>();
      for (PrintedJudgement p : sample.printedJudgements()) {
        Trend computed =
            Trend.between(
                value(sample.measureData(), p.indicatorId(), Period.year(2018)),
                value(sample.measureData(), p.indicatorId(), Period.year(2019)),
                0);
        // table 5 prints "Besående", a typo for Bestående
        String word = p.printed().equals("Besående") ? "Bestående" : p.printed();
        if (Trend.parseSwedish(word) != computed) {
          disagreements.add(p.place() + ": printed " + p.printed() + ", computed " + computed);
        }
      }
      assertEquals(List.of(), disagreements);
    }

    @Test
    void theTypo_isTheOnlyWordOutsideTheVocabulary() {
      assertEquals(
          List.of("Besående"),
          sample.printedJudgements().stream()
              .map(PrintedJudgement::printed)
              .filter(w -> !List.of("Ökande", "Minskande", "Bestående").contains(w))
              .collect(Collectors.toList()));
    }
  }

  /** Seed 000 §2.1.2.3.12: one fixed-band policy gives the thirteen SIQ core values their lights. */
  @Nested
  class Ornskoldsvik2016SiqCoreValues {
    private final Sample sample = Sample.load(Sample.ORNSKOLDSVIK_2016);

    private Map<String, TrafficLight> lights(Map<String, LightPolicy> policies) {
      MeasureEngine engine = MeasureEngine.of(sample.indicators(), policies);
      return engine.evaluateAll(sample.measureData().observations(), sample.measureData()).stream()
          .collect(Collectors.toMap(r -> r.indicatorId(), r -> r.light()));
    }

    private static TrafficLight printed(String symbol) {
      // ◆ is Gul by the legend of §1.6.1; ● is the other symbol used, for the higher scores
      return symbol.equals("◆") ? TrafficLight.YELLOW : symbol.equals("●") ? TrafficLight.GREEN : null;
    }

    @Test
    void thirteenScores_getThePrintedLights() {
      Map<String, TrafficLight> lights = lights(sample.lightPolicies());
      assertEquals(13, lights.size());
      for (PrintedJudgement p : sample.printedJudgements()) {
        assertEquals(printed(p.printed()), lights.get(p.indicatorId()), p.place());
      }
      assertEquals(TrafficLight.GREEN, lights.get("siq-kundorientering")); // 3,95
      assertEquals(TrafficLight.YELLOW, lights.get("siq-allas-delaktighet")); // 3,51
    }

    @Test
    void greenBoundary_isDeterminedBetween351And361() {
      for (double green : new double[] {3.51, 3.62}) {
        Map<String, LightPolicy> shifted =
            sample.lightPolicies().keySet().stream()
                .collect(Collectors.toMap(k -> k, k -> LightPolicy.bands(green, 3.0)));
        Map<String, TrafficLight> lights = lights(shifted);
        boolean allMatch =
            sample.printedJudgements().stream()
                .allMatch(p -> printed(p.printed()) == lights.get(p.indicatorId()));
        assertEquals(false, allMatch, "boundary " + green);
      }
    }
  }

  /** Seed 004 §7–8: "bättre/sämre än liknande kommuner" against the printed values. */
  @Nested
  class Ostersund2020Comparisons {
    private final Sample sample = Sample.load(Sample.OSTERSUND_2020);

    private List<PrintedJudgement> groupStatements() {
      return sample.printedJudgements().stream()
          .filter(p -> p.against().orElse("").toLowerCase().contains("kommuner"))
          .filter(p -> p.printed().contains("bättre") || p.printed().contains("sämre"))
          .collect(Collectors.toList());
    }

    private Comparison.Outcome computed(PrintedJudgement p) {
      Indicator indicator = indicator(sample, p.indicatorId());
      double own = value(sample.measureData(), p.indicatorId(), p.period());
      OptionalDouble group =
          sample.measureData().reference(p.indicatorId(), p.period(), ReferenceKind.COMPARISON_GROUP, p.against());
      return Comparison.of(own, group.getAsDouble(), indicator.direction(), 0).outcome();
    }

    @Test
    void everyStatement_followsFromTheValues_exceptChildrensInvestigationTime() {
      List<String> contradicted = new ArrayList<>();
      int checked = 0;
      for (PrintedJudgement p : groupStatements()) {
        Comparison.Outcome printed = p.printed().contains("bättre") ? Comparison.Outcome.BETTER : Comparison.Outcome.WORSE;
        checked++;
        if (computed(p) != printed) {
          contradicted.add(p.indicatorId());
        }
      }
      assertEquals(16, checked); // 13 in §7, 3 in §8.2
      // 100 days printed as "något bättre" than 98 days: an investigation time is lower-better
      assertEquals(1, contradicted.size(), contradicted.toString());
      assertTrue(contradicted.get(0).startsWith("s7.2-utredningstid"), contradicted.get(0));
      assertTrue(contradicted.get(0).contains("barn-och-ungdom"));
    }

    @Test
    void section82_worsenedIndicators_declinedFrom2018To2019() {
      for (PrintedJudgement p : sample.printedJudgements()) {
        if (p.printed().contains("har försämrats")) {
          Indicator indicator = indicator(sample, p.indicatorId());
          Trend trend =
              Trend.between(
                  value(sample.measureData(), p.indicatorId(), Period.year(2018)),
                  value(sample.measureData(), p.indicatorId(), Period.year(2019)),
                  0);
          assertEquals(Development.WORSENING, Development.of(trend, indicator.direction()), p.place());
        }
      }
    }

    @Test
    void seriesAgainstLiknandeKommunerIfo_2016To2019_areComplete() {
      long series =
          sample.measureData().references().stream()
              .filter(r -> r.name().orElse("").equals("Liknande kommuner IFO"))
              .count();
      assertEquals(16, series);
      assertNotEquals(0, sample.measureData().observations().stream().filter(Observation::hasValue).count());
    }
  }
}
