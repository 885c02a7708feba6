package se.qms.core.measure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * The index of {@link MeasureData} answers exactly like a map keyed by (indicator, unit, period)
 * and (indicator, period, kind, name), and rejects exactly the keys a map would see twice.
 */
class MeasureDataProperties {
  private static final ReferenceKind[] KINDS = ReferenceKind.values();

  /** Small key spaces, so that generated lists repeat keys and probe sequences collide. */
  private static Gen<List<int[]>> keyLists() {
    return lists().of(integers().between(0, 3).zip(integers().between(0, 2), integers().between(0, 3),
            (a, b, c) -> new int[] {a, b, c}))
        .ofSizeBetween(0, 40);
  }

  private static Observation observation(int[] k) {
    Observation.Builder b = Observation.builder().indicatorId("i" + k[0]).period(Period.year(2010 + k[2])).total(k[0] + k[2]);
    if (k[1] > 0) {
      b.unitId("u" + k[1]);
    }
    return b.build();
  }

  private static ReferenceValue reference(int[] k) {
    ReferenceKind kind = KINDS[k[1] % KINDS.length];
    String id = "i" + k[0];
    Period period = Period.year(2010 + k[2]);
    return kind.isNamed()
        ? ReferenceValue.named(id, period, kind, "g" + k[2], k[0])
        : ReferenceValue.average(id, period, kind, k[0]);
  }

  /** Keys in runs, as documents list them: the order that lets construction prove uniqueness. */
  private static List<int[]> inRuns(List<int[]> keys) {
    List<int[]> sorted = new ArrayList<>(keys);
    sorted.sort(java.util.Comparator.<int[]>comparingInt(k -> k[0]).thenComparingInt(k -> k[1]).thenComparingInt(k -> k[2]));
    return sorted;
  }

  @Test
  void observations_areFoundExactlyAsInAMap_andRepeatedKeysRejected() {
    qt().forAll(keyLists()).check(MeasureDataProperties::observationsAgreeWithAMap);
  }

  @Test
  void observationsInRuns_areFoundExactlyAsInAMap_andRepeatedKeysRejected() {
    qt().forAll(keyLists()).check(keys -> observationsAgreeWithAMap(inRuns(keys)));
  }

  @Test
  void referencesInRuns_areFoundExactlyAsInAMap_andRepeatedKeysRejected() {
    qt().forAll(keyLists()).check(keys -> referencesAgreeWithAMap(inRuns(keys)));
  }

  private static boolean observationsAgreeWithAMap(List<int[]> keys) {
    Map<List<Object>, Observation> expected = new LinkedHashMap<>();
    List<Observation> obs = new ArrayList<>();
    boolean repeated = false;
    for (int[] k : keys) {
      Observation o = observation(k);
      obs.add(o);
      repeated |= expected.putIfAbsent(List.of(o.indicatorId(), o.unitId().orElse(""), o.period()), o) != null;
    }
    MeasureData data;
    try {
      data = MeasureData.of(obs, List.of());
    } catch (InvalidValueException e) {
      return repeated && e.code() == QmsErrorCode.DUPLICATE_ID;
    }
    if (repeated) {
      return false;
    }
    for (int a = 0; a < 4; a++) {
      for (int b = 0; b < 3; b++) {
        for (int c = 0; c < 4; c++) {
          Optional<String> unit = b == 0 ? Optional.empty() : Optional.of("u" + b);
          Optional<Observation> found = data.observation("i" + a, unit, Period.year(2010 + c));
          Observation want = expected.get(List.of("i" + a, unit.orElse(""), Period.year(2010 + c)));
          if (!found.equals(Optional.ofNullable(want))) {
            return false;
          }
        }
      }
    }
    return data.observations().equals(obs);
  }

  @Test
  void references_areFoundExactlyAsInAMap_andRepeatedKeysRejected() {
    qt().forAll(keyLists()).check(MeasureDataProperties::referencesAgreeWithAMap);
  }

  private static boolean referencesAgreeWithAMap(List<int[]> keys) {
    Map<List<Object>, Double> expected = new HashMap<>();
    List<ReferenceValue> refs = new ArrayList<>();
    boolean repeated = false;
    for (int[] k : keys) {
      ReferenceValue r = reference(k);
      refs.add(r);
      repeated |= expected.putIfAbsent(List.of(r.indicatorId(), r.period(), r.kind(), r.name().orElse("")), r.value()) != null;
    }
    MeasureData data;
    try {
      data = MeasureData.of(List.of(), refs);
    } catch (InvalidValueException e) {
      return repeated && e.code() == QmsErrorCode.DUPLICATE_ID;
    }
    if (repeated) {
      return false;
    }
    for (int a = 0; a < 4; a++) {
      for (ReferenceKind kind : KINDS) {
        for (int c = 0; c < 4; c++) {
          Optional<String> name = kind.isNamed() ? Optional.of("g" + c) : Optional.empty();
          OptionalDouble found = data.reference("i" + a, Period.year(2010 + c), kind, name);
          Double want = expected.get(List.of("i" + a, Period.year(2010 + c), kind, name.orElse("")));
          if (!found.equals(want == null ? OptionalDouble.empty() : OptionalDouble.of(want))) {
            return false;
          }
        }
      }
    }
    return data.references().equals(refs);
  }
}
