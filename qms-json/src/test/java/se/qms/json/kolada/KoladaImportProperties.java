package se.qms.json.kolada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.measure.GenderGroup;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;
import se.qms.json.kolada.KoladaGenerators.Cell;

class KoladaImportProperties {
  private static final KoladaConfig CONFIG =
      KoladaConfig.builder()
          .ownMunicipality(KoladaGenerators.OWN)
          .putIndicatorIds("N00001", "ej-aterakt-barn")
          .putGroupNames("G00001", "Liknande kommuner IFO")
          .build();
  private static final KoladaReader READER = KoladaReader.of(CONFIG);

  @Test
  void writeThenRead_givesTheGeneratedValues_whateverTheOrderAndPaging() {
    qt().forAll(KoladaGenerators.responses(), longs().all(), longs().all())
        .checkAssert(
            (cells, seed, otherSeed) -> {
              KoladaImport read = READER.readPages(KoladaGenerators.pages(cells, seed));
              KoladaImport reordered = READER.readPages(KoladaGenerators.pages(cells, otherSeed));
              assertEquals(expectedObservations(cells), new HashSet<>(read.observations()));
              assertEquals(expectedReferences(cells), new HashSet<>(read.references()));
              assertEquals(read.observations(), reordered.observations());
              assertEquals(read.references(), reordered.references());
              assertEquals(
                  cells.stream()
                      .filter(c -> !c.area().equals(KoladaGenerators.OWN) && total(c).isEmpty())
                      .count(),
                  read.notes().stream().filter(n -> n.messageEn().contains("no total")).count());
            });
  }

  @Test
  void observationsAndReferences_areSorted_andFitMeasureData() {
    qt().forAll(KoladaGenerators.responses(), longs().all())
        .checkAssert(
            (cells, seed) -> {
              KoladaImport read = READER.readPages(KoladaGenerators.pages(cells, seed));
              assertEquals(read.observations().size(), read.measureData().observations().size());
              assertEquals(
                  read.observations(),
                  read.observations().stream()
                      .sorted(
                          Comparator.comparing(Observation::indicatorId)
                              .thenComparing(Observation::period))
                      .collect(Collectors.toList()));
            });
  }

  private static Set<Observation> expectedObservations(List<Cell> cells) {
    Set<Observation> expected = new HashSet<>();
    for (Cell c : cells) {
      if (!c.area().equals(KoladaGenerators.OWN)) {
        continue;
      }
      Observation.Builder b =
          Observation.builder()
              .indicatorId(c.kpi().equals("N00001") ? "ej-aterakt-barn" : c.kpi())
              .unitId(c.area())
              .period(Period.year(c.year()))
              .source(ObservationSource.KOLADA);
      Optional<Double> total = total(c);
      if (total.isPresent()) {
        b.total(total.get());
      } else {
        b.missingReason("Kolada: värde saknas");
      }
      value(c, GenderGroup.WOMEN).ifPresent(b::women);
      value(c, GenderGroup.MEN).ifPresent(b::men);
      expected.add(b.build());
    }
    return expected;
  }

  private static Set<ReferenceValue> expectedReferences(List<Cell> cells) {
    Set<ReferenceValue> expected = new HashSet<>();
    for (Cell c : cells) {
      Optional<Double> total = total(c);
      if (c.area().equals(KoladaGenerators.OWN) || total.isEmpty()) {
        continue;
      }
      String indicator = c.kpi().equals("N00001") ? "ej-aterakt-barn" : c.kpi();
      Period period = Period.year(c.year());
      if (c.area().equals("0000")) {
        expected.add(
            ReferenceValue.average(indicator, period, ReferenceKind.NATIONAL_AVERAGE, total.get()));
      } else if (c.area().startsWith("G")) {
        String name = c.area().equals("G00001") ? "Liknande kommuner IFO" : c.area();
        expected.add(
            ReferenceValue.named(
                indicator, period, ReferenceKind.COMPARISON_GROUP, name, total.get()));
      } else {
        expected.add(
            ReferenceValue.named(
                indicator, period, ReferenceKind.OTHER_UNIT, c.area(), total.get()));
      }
    }
    return expected;
  }

  private static Optional<Double> total(Cell c) {
    return value(c, GenderGroup.TOTAL);
  }

  private static Optional<Double> value(Cell c, GenderGroup g) {
    Optional<Double> v = c.values().get(g);
    return v == null ? Optional.empty() : v;
  }
}
