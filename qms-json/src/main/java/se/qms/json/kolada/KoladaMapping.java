package se.qms.json.kolada;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.GenderGroup;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;

/**
 * Maps checked data objects to observations and references as {@link KoladaConfig} says (see the
 * package documentation), rejecting duplicates. Immutable and thread-safe.
 */
final class KoladaMapping {
  /** The missing reason of an own value Kolada has no total for. */
  static final String VALUE_MISSING = "Kolada: värde saknas";

  private static final Comparator<Observation> OBSERVATION_ORDER =
      Comparator.comparing(Observation::indicatorId)
          .thenComparing(o -> o.unitId().orElse(""))
          .thenComparing(Observation::period);
  private static final Comparator<ReferenceValue> REFERENCE_ORDER =
      Comparator.comparing(ReferenceValue::indicatorId)
          .thenComparing(ReferenceValue::period)
          .thenComparing(ReferenceValue::kind)
          .thenComparing(r -> r.name().orElse(""));

  private record Origin(int page, String pointer) {}

  private record ObservationKey(String indicatorId, String unitId, Period period) {}

  private record ReferenceKey(String indicatorId, Period period, ReferenceKind kind, String name) {}

  /** The data objects of one key merged: the first object and the values by gender. */
  private static final class Merged {
    final KoladaDatum first;
    final Map<GenderGroup, KoladaDatum.Value> values = new EnumMap<>(GenderGroup.class);
    final Map<GenderGroup, Origin> origins = new EnumMap<>(GenderGroup.class);

    Merged(KoladaDatum first) {
      this.first = first;
    }

    boolean isGroupMean() {
      return values.values().stream().anyMatch(v -> v.count() > 1);
    }
  }

  private final KoladaConfig config;

  KoladaMapping(KoladaConfig config) {
    this.config = config;
  }

  /**
   * The import of {@code pages}, or a {@link se.qms.json.QmsDocumentException} with every error
   * found in them and in the mapping.
   */
  KoladaImport map(List<KoladaPage> pages, Problems problems) {
    problems.throwIfAny();
    Map<KoladaDatum.Key, Merged> merged = new LinkedHashMap<>();
    for (KoladaPage page : pages) {
      for (KoladaDatum datum : page.data()) {
        Merged m = merged.computeIfAbsent(datum.key(), k -> new Merged(datum));
        for (KoladaDatum.Value value : datum.values()) {
          Origin origin =
              m.origins.putIfAbsent(value.gender(), new Origin(datum.page(), value.pointer()));
          if (origin == null) {
            m.values.put(value.gender(), value);
          } else {
            duplicateGender(problems, datum, value, origin);
          }
        }
      }
    }
    problems.throwIfAny();
    List<Observation> observations = new ArrayList<>();
    List<ReferenceValue> references = new ArrayList<>();
    Map<ObservationKey, Origin> observed = new HashMap<>();
    Map<ReferenceKey, Origin> referenced = new HashMap<>();
    for (Merged m : merged.values()) {
      KoladaDatum d = m.first;
      problems.page(d.page());
      Origin origin = new Origin(d.page(), d.pointer());
      String indicatorId = config.indicatorId(d.kpi());
      Period period = Period.year(d.year());
      if (d.area().equals(config.ownMunicipality())) {
        Origin earlier =
            observed.putIfAbsent(new ObservationKey(indicatorId, d.area(), period), origin);
        if (earlier != null) {
          collision(problems, d, indicatorId, earlier);
        } else {
          observations.add(observation(m, indicatorId, period));
        }
        continue;
      }
      ReferenceKind kind = kind(m);
      Optional<String> name = name(kind, d.area());
      OptionalDouble total = value(m, GenderGroup.TOTAL);
      if (total.isEmpty()) {
        problems.note(
            "no-total:" + d.page() + d.pointer(),
            d.pointer(),
            "ingen totalsumma (T) för "
                + d.kpi()
                + ", "
                + d.area()
                + ", "
                + d.year()
                + "; jämförelsevärdet utelämnas",
            "no total (T) for "
                + d.kpi()
                + ", "
                + d.area()
                + ", "
                + d.year()
                + "; the reference value is left out");
        continue;
      }
      Origin earlier =
          referenced.putIfAbsent(
              new ReferenceKey(indicatorId, period, kind, name.orElse("")), origin);
      if (earlier != null) {
        collision(problems, d, indicatorId, earlier);
      } else {
        references.add(
            ReferenceValue.builder()
                .indicatorId(indicatorId)
                .period(period)
                .kind(kind)
                .name(name)
                .value(total.getAsDouble())
                .build());
      }
    }
    problems.throwIfAny();
    observations.sort(OBSERVATION_ORDER);
    references.sort(REFERENCE_ORDER);
    return new KoladaImport(observations, references, problems.notes());
  }

  private ReferenceKind kind(Merged m) {
    String area = m.first.area();
    if (area.equals(KoladaIds.COUNTRY)) {
      return ReferenceKind.NATIONAL_AVERAGE;
    }
    if (KoladaIds.isGroup(area) || m.isGroupMean()) {
      return ReferenceKind.COMPARISON_GROUP;
    }
    return ReferenceKind.OTHER_UNIT;
  }

  private Optional<String> name(ReferenceKind kind, String area) {
    switch (kind) {
      case COMPARISON_GROUP:
        return Optional.of(config.groupName(area));
      case OTHER_UNIT:
        return Optional.of(area);
      default:
        return Optional.empty();
    }
  }

  private static Observation observation(Merged m, String indicatorId, Period period) {
    Observation.Builder b =
        Observation.builder()
            .indicatorId(indicatorId)
            .unitId(m.first.area())
            .period(period)
            .source(ObservationSource.KOLADA);
    OptionalDouble total = value(m, GenderGroup.TOTAL);
    if (total.isPresent()) {
      b.total(total.getAsDouble());
    } else {
      KoladaDatum.Value t = m.values.get(GenderGroup.TOTAL);
      String status = t == null ? "" : t.status();
      b.missingReason(
          status.isEmpty()
              ? VALUE_MISSING
              : VALUE_MISSING + " (status \"" + Problems.render(status) + "\")");
    }
    value(m, GenderGroup.WOMEN).ifPresent(b::women);
    value(m, GenderGroup.MEN).ifPresent(b::men);
    return b.build();
  }

  private static OptionalDouble value(Merged m, GenderGroup gender) {
    KoladaDatum.Value v = m.values.get(gender);
    return v == null ? OptionalDouble.empty() : v.value();
  }

  private static void duplicateGender(
      Problems problems, KoladaDatum datum, KoladaDatum.Value value, Origin first) {
    problems.page(datum.page());
    problems.error(
        value.pointer() + "/gender",
        QmsErrorCode.KOLADA_BODY_MALFORMED,
        datum.kpi()
            + ", "
            + datum.area()
            + ", "
            + datum.year()
            + " har redan ett värde för "
            + value.gender().koladaCode()
            + " ("
            + problems.whereSv(first.page(), first.pointer())
            + ")",
        datum.kpi()
            + ", "
            + datum.area()
            + ", "
            + datum.year()
            + " already has a value for "
            + value.gender().koladaCode()
            + " ("
            + problems.whereEn(first.page(), first.pointer())
            + ")",
        value.gender().koladaCode());
  }

  private static void collision(
      Problems problems, KoladaDatum datum, String indicatorId, Origin first) {
    problems.error(
        datum.pointer(),
        QmsErrorCode.DUPLICATE_ID,
        datum.kpi()
            + ", "
            + datum.area()
            + ", "
            + datum.year()
            + " ger samma indikator \""
            + indicatorId
            + "\" och namn som "
            + problems.whereSv(first.page(), first.pointer())
            + "; se KoladaConfig",
        datum.kpi()
            + ", "
            + datum.area()
            + ", "
            + datum.year()
            + " yields the same indicator \""
            + indicatorId
            + "\" and name as "
            + problems.whereEn(first.page(), first.pointer())
            + "; check the KoladaConfig",
        datum.kpi());
  }
}
