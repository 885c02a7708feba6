package se.qms.examples.samples;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.process.ProcessNumber;

/** Reads the measure tables transcribed from the seeds into indicators, observations and references. */
final class MeasureTables {
  final Map<String, Indicator> indicators = new LinkedHashMap<>();
  final Map<String, Observation> observations = new LinkedHashMap<>();
  final List<ReferenceValue> references = new ArrayList<>();
  final Map<String, LightPolicy> policies = new LinkedHashMap<>();
  final List<PrintedJudgement> printed = new ArrayList<>();

  /** Seed 000 §2.1.2.3.12: the thirteen SIQ core-value scores of 2016 and their lights. */
  void readSiqCoreValues(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 4)) {
      String id = "siq-" + slug(row.get(0));
      indicators.put(
          id,
          Indicator.builder()
              .id(id)
              .title(row.get(0))
              .unit(MeasureUnit.INDEX)
              .direction(Direction.HIGHER_IS_BETTER)
              .decimals(2)
              .process(ProcessNumber.parse("2.1.2.3.12"))
              .build());
      Period year = Period.year(2016);
      observe(Observation.of(id, year, number(row, 1)));
      printed.add(
          new PrintedJudgement(
              PrintedJudgement.Kind.LIGHT, id, year, Optional.empty(), row.get(3), row.place()));
    }
  }

  /** Light policies: indicator id, BANDS, green from, yellow from. */
  void readLightPolicies(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 4)) {
      if (!row.get(1).equals("BANDS")) {
        throw row.invalid("kind", row.get(1), "BANDS");
      }
      policies.put(row.get(0), LightPolicy.bands(number(row, 2), number(row, 3)));
    }
  }

  /** Seed 001 tables 1–10: survey results 2018 and 2019 with the printed trend word. */
  void readTrendTables(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 8)) {
      String id = shorten("tabell" + row.get(0) + "-" + slug(row.get(2)));
      indicators.putIfAbsent(
          id,
          Indicator.builder()
              .id(id)
              .title(row.get(2) + " (" + row.get(1) + ")")
              .unit(unit(row, row.get(5)))
              .direction(Direction.HIGHER_IS_BETTER)
              .build());
      observe(survey(id, Period.year(2018), number(row, 3)));
      observe(survey(id, Period.year(2019), number(row, 4)));
      printed.add(
          new PrintedJudgement(
              PrintedJudgement.Kind.TREND,
              id,
              Period.year(2019),
              Optional.empty(),
              row.get(6),
              row.place()));
    }
  }

  /** Seed 004 §7–8: own results against comparison groups and other municipalities (Kolada). */
  void readKoladaComparisons(String resource) {
    for (Tsv.Row row : Tsv.read(resource, 10)) {
      String id = shorten("s" + row.get(0) + "-" + slug(row.get(1)));
      indicators.putIfAbsent(
          id,
          Indicator.builder()
              .id(id)
              .title(row.get(1))
              .unit(unit(row, row.get(7)))
              .direction(direction(row, row.get(8)))
              .build());
      Period year = Period.year(Integer.parseInt(row.get(3)));
      Observation own =
          Observation.builder()
              .indicatorId(id)
              .period(year)
              .total(number(row, 4))
              .source(ObservationSource.KOLADA)
              .build();
      Observation earlier = observations.putIfAbsent(id + "/" + year, own);
      if (earlier != null && !earlier.total().equals(own.total())) {
        throw row.invalid("ownValue", row.get(4), "the same own value on every row of " + id + " " + year);
      }
      String group = row.get(5);
      if (!row.get(6).isBlank()) {
        ReferenceKind kind =
            group.toLowerCase(Locale.ROOT).contains("kommuner")
                ? ReferenceKind.COMPARISON_GROUP
                : ReferenceKind.OTHER_UNIT;
        references.add(ReferenceValue.named(id, year, kind, group, number(row, 6)));
      }
      if (!row.get(9).isBlank()) {
        printed.add(
            new PrintedJudgement(
                PrintedJudgement.Kind.COMPARISON, id, year, Optional.of(group), row.get(9), row.place()));
      }
    }
  }

  private void observe(Observation o) {
    if (observations.putIfAbsent(o.indicatorId() + "/" + o.period(), o) != null) {
      throw se.qms.core.InvalidValueException.violates(
          se.qms.core.QmsErrorCode.DUPLICATE_ID,
          "observation",
          o.indicatorId() + "/" + o.period(),
          "must appear once in the sample");
    }
  }

  private static Observation survey(String id, Period period, double value) {
    return Observation.builder()
        .indicatorId(id)
        .period(period)
        .total(value)
        .source(ObservationSource.SURVEY)
        .build();
  }

  private static double number(Tsv.Row row, int column) {
    try {
      return Double.parseDouble(row.get(column));
    } catch (NumberFormatException e) {
      throw row.invalid("column " + (column + 1), row.get(column), "a number with a decimal point");
    }
  }

  private static MeasureUnit unit(Tsv.Row row, String text) {
    switch (text) {
      case "percent":
        return MeasureUnit.PERCENT;
      case "days":
        return MeasureUnit.DAYS;
      case "SEK per inhabitant":
        return MeasureUnit.KRONOR;
      case "index":
      case "score":
        return MeasureUnit.INDEX;
      case "count":
        return MeasureUnit.COUNT;
      default:
        throw row.invalid("unit", text, "percent, days, SEK per inhabitant, index, score or count");
    }
  }

  private static Direction direction(Tsv.Row row, String text) {
    switch (text) {
      case "true":
        return Direction.HIGHER_IS_BETTER;
      case "false":
        return Direction.LOWER_IS_BETTER;
      case "unknown":
        return Direction.NEUTRAL;
      default:
        throw row.invalid("higherIsBetter", text, "true, false or unknown");
    }
  }

  private static String shorten(String id) {
    return id.length() <= 100 ? id : id.substring(0, 100);
  }

  /** "Engagerat Ledarskap" → "engagerat-ledarskap"; å, ä, ö lose their marks. */
  static String slug(String text) {
    String plain =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}
