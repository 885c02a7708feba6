package se.qms.json.kolada;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.quicktheories.core.Gen;
import se.qms.core.measure.GenderGroup;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Generators of Kolada v2 data for property tests, and their serialisation to envelopes. */
final class KoladaGenerators {
  private KoladaGenerators() {}

  static final String OWN = "2380";
  static final List<String> KPIS = List.of("N00001", "N00002", "N00945", "U00405", "N07932");
  static final List<String> AREAS =
      List.of(OWN, "0980", "0163", "2284", "G00001", "G124026", KoladaIds.COUNTRY);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * One generated data object: a KPI's values for one area and year; a gender missing from the map
   * has no entry, an empty value is Kolada's null.
   */
  record Cell(String kpi, String area, int year, Map<GenderGroup, Optional<Double>> values) {
    Key key() {
      return new Key(kpi, area, year);
    }
  }

  record Key(String kpi, String area, int year) {}

  /** A value: usually a finite number, sometimes an integer, sometimes null. */
  static Gen<Optional<Double>> values() {
    return integers()
        .between(0, 9)
        .zip(
            doubles().between(-1_000_000, 1_000_000),
            integers().between(0, 200),
            (kind, d, i) ->
                kind < 2 ? Optional.<Double>empty() : Optional.of(kind < 5 ? (double) i : d));
  }

  /** A gender entry: absent ({@code null}), Kolada null (empty) or a value. */
  private static Gen<Optional<Double>> entries(int absentInTen) {
    return integers().between(0, 9).zip(values(), (n, v) -> n < absentInTen ? null : v);
  }

  static Gen<Cell> cells() {
    return integers()
        .between(0, KPIS.size() - 1)
        .zip(
            integers().between(0, AREAS.size() - 1),
            integers().between(2010, 2024),
            (k, a, y) -> new Key(KPIS.get(k), AREAS.get(a), y))
        .zip(
            entries(1),
            entries(4),
            entries(4),
            (key, t, k, m) -> {
              Map<GenderGroup, Optional<Double>> values = new EnumMap<>(GenderGroup.class);
              if (t != null) {
                values.put(GenderGroup.TOTAL, t);
              }
              if (k != null) {
                values.put(GenderGroup.WOMEN, k);
              }
              if (m != null) {
                values.put(GenderGroup.MEN, m);
              }
              return new Cell(key.kpi(), key.area(), key.year(), values);
            });
  }

  /** Up to 40 data objects, at most one per KPI, area and year. */
  static Gen<List<Cell>> responses() {
    return lists()
        .of(cells())
        .ofSizeBetween(0, 40)
        .map(
            list -> {
              Map<Key, Cell> unique = new LinkedHashMap<>();
              list.forEach(c -> unique.putIfAbsent(c.key(), c));
              return List.copyOf(unique.values());
            });
  }

  /**
   * The cells as one to three v2 pages, data objects and gender values in an order drawn from
   * {@code seed}.
   */
  static List<String> pages(List<Cell> cells, long seed) {
    Random random = new Random(seed);
    List<Cell> shuffled = new ArrayList<>(cells);
    Collections.shuffle(shuffled, random);
    int pages = 1 + random.nextInt(3);
    int size = Math.max(1, (shuffled.size() + pages - 1) / pages);
    List<String> out = new ArrayList<>();
    for (int from = 0; from < shuffled.size() || out.isEmpty(); from += size) {
      List<Cell> part =
          shuffled.subList(Math.min(from, shuffled.size()), Math.min(from + size, shuffled.size()));
      ObjectNode envelope = JSON.createObjectNode();
      ArrayNode values = envelope.putArray("values");
      for (Cell cell : part) {
        ObjectNode datum = values.addObject();
        datum.put("kpi", cell.kpi());
        datum.put("municipality", cell.area());
        datum.put("period", cell.year());
        ArrayNode genders = datum.putArray("values");
        List<GenderGroup> order = new ArrayList<>(cell.values().keySet());
        Collections.shuffle(order, random);
        for (GenderGroup g : order) {
          ObjectNode v = genders.addObject();
          v.put("gender", g.koladaCode());
          v.put("count", cell.area().startsWith("G") ? 7 : 1);
          v.put("status", "");
          Optional<Double> value = cell.values().get(g);
          if (value.isPresent()) {
            v.put("value", value.get().doubleValue());
          } else {
            v.putNull("value");
          }
        }
      }
      envelope.put("count", part.size());
      if (from + size < shuffled.size()) {
        envelope.put("next_page", "https://api.kolada.se/v2/data?page=" + (out.size() + 2));
      }
      out.add(JSON.writeValueAsString(envelope));
    }
    return out;
  }
}
