package se.qms.core.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.measure.Development;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.MeasureResult;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.measure.TrafficLight;
import se.qms.core.measure.Trend;
import se.qms.core.process.ProcessNode;

/**
 * Goals, processes with their measures, and comparisons (seed 000 §1.6.1 and §3, seed 001 Tabell
 * 1–10, seed 004 §7–8): each indicator's result of the year for the whole organisation, its target
 * and traffic light by the rule set's policy, last year's value and the trend (tolerance zero, as
 * the seeds print it), the lights counted by colour, results by gender, and the reference values
 * (riket, länet, comparison groups) of the year. Red lights become development needs.
 *
 * <p>An indicator's result is its observation of the report year — the whole year, or else the
 * latest shorter period — or, without one, its latest observation of an earlier year; the value it
 * is compared with is the observation of the same period one year earlier.
 */
final class MeasureSections implements ReportContributor {
  private static final Text MISSING_VALUE = Text.of("Uppgift saknas", "No data");

  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    QualitySystem system = context.system();
    if (system.indicators().isEmpty()) {
      return;
    }
    MeasureData data = system.measureData();
    // a rule set may be shared by several systems: policies of indicators this one lacks are ignored
    Map<String, se.qms.core.measure.LightPolicy> policies = new LinkedHashMap<>();
    context.ruleSet().lightPolicies().forEach(
        (id, policy) -> {
          if (system.indicator(id).isPresent()) {
            policies.put(id, policy);
          }
        });
    MeasureEngine engine = MeasureEngine.of(system.indicators(), policies);
    Map<String, List<Observation>> byIndicator = new LinkedHashMap<>();
    for (Observation o : data.observations()) {
      if (o.unitId().isEmpty()) {
        byIndicator.computeIfAbsent(o.indicatorId(), k -> new ArrayList<>()).add(o);
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Indicator indicator : system.indicators()) {
      List<Observation> series = byIndicator.getOrDefault(indicator.id(), List.of());
      Optional<Observation> current = resultOfYear(series, context.year());
      if (current.isEmpty()) {
        continue;
      }
      Observation o = current.get();
      Optional<Observation> previous =
          data.observation(indicator.id(), Optional.empty(), sameLastYear(o.period()));
      MeasureResult result = engine.evaluate(o, data);
      rows.add(new Row(indicator, o, previous, result));
    }
    if (rows.isEmpty()) {
      draft.paragraph(
          SectionKind.PROCESSES,
          Text.of(
              "Inga mätvärden är registrerade för " + context.year() + ".",
              "No results are recorded for " + context.year() + "."));
      return;
    }
    goals(context, rows, draft);
    measures(system, rows, draft);
    byGender(rows, draft);
    comparisons(context, rows, draft);
    for (Row r : rows) {
      if (r.result.light() == TrafficLight.RED) {
        draft.need(
            DevelopmentNeed.of(
                NeedKind.RED_LIGHT,
                r.indicator.id(),
                Text.of(
                    "Förbättra \"" + r.indicator.title() + "\": " + value(r).format(ReportLanguage.SV)
                        + " når inte målet" + targetText(r, ReportLanguage.SV) + ".",
                    "Improve \"" + title(r.indicator) + "\": " + value(r).format(ReportLanguage.EN)
                        + " does not reach the target" + targetText(r, ReportLanguage.EN) + "."),
                1,
                List.of(ref(r.observation))));
      }
    }
  }

  private static String targetText(Row r, ReportLanguage language) {
    return r.result.target().isPresent()
        ? " " + ReportCell.number(r.result.target().getAsDouble(), r.indicator.decimals(), unit(r.indicator), List.of())
            .format(language)
        : "";
  }

  /**
   * The result a report of {@code year} shows: the latest observation of that year, a whole year
   * preferred to its parts; without one, the latest of an earlier year (reports often show last
   * year's national statistics, seed 004 §7).
   */
  static Optional<Observation> resultOfYear(List<Observation> series, int year) {
    Observation best = null;
    for (Observation o : series) {
      if (o.period().year() <= year && (best == null || later(o.period(), best.period()))) {
        best = o;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether {@code a} is reported in preference to {@code b}: a later year, or a whole year, or a later end. */
  private static boolean later(Period a, Period b) {
    if (a.year() != b.year()) {
      return a.year() > b.year();
    }
    boolean aYear = a.kind() == se.qms.core.measure.PeriodKind.YEAR;
    boolean bYear = b.kind() == se.qms.core.measure.PeriodKind.YEAR;
    if (aYear != bYear) {
      return aYear;
    }
    return a.end().isAfter(b.end());
  }

  private static Period sameLastYear(Period p) {
    return Period.of(p.kind(), p.year() - 1, p.index());
  }

  static RecordRef ref(Observation o) {
    return RecordRef.of(
        "observations", o.indicatorId() + "@" + o.period() + o.unitId().map(u -> ":" + u).orElse(""));
  }

  private static String title(Indicator i) {
    return i.titleEn().orElse(i.title());
  }

  private static Text unit(Indicator i) {
    String symbol = i.unit().symbol();
    return symbol.isEmpty() ? Text.empty() : Text.of(symbol, i.unit() == se.qms.core.measure.MeasureUnit.DAYS ? "days" : symbol);
  }

  private static ReportCell value(Row r) {
    OptionalDouble v = r.observation.total();
    return v.isPresent()
        ? ReportCell.number(v.getAsDouble(), r.indicator.decimals(), unit(r.indicator), List.of(ref(r.observation)))
        : ReportCell.missing(
            r.observation.missingReason().map(Text::of).orElse(MISSING_VALUE));
  }

  /** The lights of the year counted by colour: how far the goals were reached. */
  private static void goals(ReportContext context, List<Row> rows, ReportDraft draft) {
    Map<TrafficLight, List<RecordRef>> byLight = new EnumMap<>(TrafficLight.class);
    for (Row r : rows) {
      byLight.computeIfAbsent(r.result.light(), k -> new ArrayList<>()).add(ref(r.observation));
    }
    List<Tables.Count> counts = new ArrayList<>();
    for (TrafficLight light : TrafficLight.values()) {
      List<RecordRef> refs = byLight.get(light);
      if (refs != null) {
        counts.add(
            new Tables.Count(
                Text.of(
                    light.isColour() ? light.colourSv() + " – " + light.meaningSv() : light.meaningSv(),
                    light.isColour() ? light.colourEn() + " – " + light.meaningEn() : light.meaningEn()),
                refs));
      }
    }
    draft.add(
        SectionKind.GOALS,
        Paragraph.of(
            Text.of(
                rows.size() + " mått har resultat att redovisa; "
                    + byLight.getOrDefault(TrafficLight.GREEN, List.of()).size()
                    + " nådde målet (grönt), "
                    + byLight.getOrDefault(TrafficLight.YELLOW, List.of()).size()
                    + " nådde det delvis (gult) och "
                    + byLight.getOrDefault(TrafficLight.RED, List.of()).size()
                    + " nådde det inte (rött).",
                rows.size() + " measures have results to report; "
                    + byLight.getOrDefault(TrafficLight.GREEN, List.of()).size()
                    + " reached their target (green), "
                    + byLight.getOrDefault(TrafficLight.YELLOW, List.of()).size()
                    + " partly (yellow) and "
                    + byLight.getOrDefault(TrafficLight.RED, List.of()).size()
                    + " did not (red)."),
            rows.stream().map(r -> ref(r.observation)).collect(java.util.stream.Collectors.toList())));
    draft.add(
        SectionKind.GOALS,
        Tables.countsWithShares(
            "goal-attainment",
            Text.of("Måluppfyllelse " + context.year(), "Goal attainment " + context.year()),
            Text.of("Färg", "Colour"),
            counts));
  }

  /**
   * The measures, one table per process in process-number order (caption: the process's number and
   * title), then one table of the measures linked to no process.
   */
  private static void measures(QualitySystem system, List<Row> rows, ReportDraft draft) {
    Map<String, List<Row>> byProcess = new java.util.TreeMap<>();
    List<Row> unlinked = new ArrayList<>();
    for (Row r : rows) {
      if (r.indicator.process().isPresent()) {
        byProcess.computeIfAbsent(r.indicator.process().get().toString(), k -> new ArrayList<>()).add(r);
      } else {
        unlinked.add(r);
      }
    }
    List<String> numbers = new ArrayList<>(byProcess.keySet());
    numbers.sort(
        java.util.Comparator.comparing(se.qms.core.process.ProcessNumber::parse));
    for (String n : numbers) {
      Optional<ProcessNode> node = system.processMap().find(n);
      String title = n + node.map(p -> " " + p.title()).orElse("");
      draft.add(
          SectionKind.PROCESSES,
          measureTable(
              "measures-" + n,
              Text.of("Mått för process " + title, "Measures of process " + title),
              byProcess.get(n)));
    }
    if (!unlinked.isEmpty()) {
      draft.add(
          SectionKind.PROCESSES,
          measureTable(
              "measures",
              numbers.isEmpty()
                  ? Text.of("Mått med mål, färg och trend", "Measures with targets, lights and trends")
                  : Text.of("Mått utan koppling till en process", "Measures linked to no process"),
              unlinked));
    }
  }

  private static ReportTable measureTable(String id, Text caption, List<Row> rows) {
    ReportTable.Builder t =
        ReportTable.builder(id, caption, Text.of("Mått", "Measure"))
            .columns(
                Text.of("Period", "Period"),
                Text.of("Resultat", "Result"),
                Text.of("Mål", "Target"),
                Text.of("Färg", "Light"),
                Text.of("Föregående år", "Previous year"),
                Text.of("Trend", "Trend"),
                Text.of("Utveckling", "Development"));
    Set<String> sv = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (Row r : rows) {
      String labelSv = r.indicator.title();
      String labelEn = title(r.indicator);
      if (!sv.add(labelSv) | !en.add(labelEn)) {
        labelSv = labelSv + " [" + r.indicator.id() + "]";
        labelEn = labelEn + " [" + r.indicator.id() + "]";
        sv.add(labelSv);
        en.add(labelEn);
      }
      ReportCell previous =
          r.previous.isPresent() && r.previous.get().total().isPresent()
              ? ReportCell.number(
                  r.previous.get().total().getAsDouble(), r.indicator.decimals(), unit(r.indicator),
                  List.of(ref(r.previous.get())))
              : ReportCell.missing(MISSING_VALUE);
      ReportCell trend = ReportCell.missing(Text.of("Inget värde att jämföra med", "Nothing to compare with"));
      ReportCell development = trend;
      if (r.previous.isPresent() && r.previous.get().total().isPresent()
          && r.observation.total().isPresent()) {
        Trend tr =
            Trend.between(
                r.previous.get().total().getAsDouble(), r.observation.total().getAsDouble(), 0);
        trend = ReportCell.text(Text.of(tr.swedish(), tr.english()));
        Development d = Development.of(tr, r.indicator.direction());
        development = ReportCell.text(Text.of(d.swedish(), d.english()));
      }
      t.row(
          ReportRow.of(
              Text.of(labelSv, labelEn),
              List.of(
                  ReportCell.text(r.observation.period().toString()),
                  value(r),
                  r.result.target().isPresent()
                      ? ReportCell.number(
                          r.result.target().getAsDouble(), r.indicator.decimals(), unit(r.indicator),
                          List.of(ref(r.observation)))
                      : ReportCell.missing(Text.of("Mål saknas", "No target")),
                  ReportCell.light(r.result.light(), List.of(ref(r.observation))),
                  previous,
                  trend,
                  development)));
    }
    return t.build();
  }

  /** Results split by gender, where an indicator has them (Kolada's K and M). */
  private static void byGender(List<Row> rows, ReportDraft draft) {
    ReportTable.Builder t =
        ReportTable.builder(
                "measures-by-gender",
                Text.of("Resultat efter kön", "Results by gender"),
                Text.of("Mått", "Measure"))
            .columns(Text.of("Kvinnor", "Women"), Text.of("Män", "Men"), Text.of("Totalt", "Total"));
    int n = 0;
    Set<String> labels = new HashSet<>();
    for (Row r : rows) {
      Observation o = r.observation;
      if (o.women().isEmpty() && o.men().isEmpty()) {
        continue;
      }
      String label = labels.add(r.indicator.title()) ? r.indicator.title() : r.indicator.title() + " [" + r.indicator.id() + "]";
      List<RecordRef> src = List.of(ref(o));
      t.row(
          ReportRow.of(
              Text.of(label),
              List.of(
                  number(o.women(), r, src), number(o.men(), r, src), number(o.total(), r, src))));
      n++;
    }
    if (n > 0) {
      draft.add(SectionKind.COMPARISONS, t.build());
    }
  }

  private static ReportCell number(OptionalDouble v, Row r, List<RecordRef> src) {
    return v.isPresent()
        ? ReportCell.number(v.getAsDouble(), r.indicator.decimals(), unit(r.indicator), src)
        : ReportCell.missing(MISSING_VALUE);
  }

  /**
   * Each result beside the reference values of its period (seed 004 §7: own value, "liknande
   * kommuner IFO", named municipalities), one narrow table per measure: its own result first, then
   * each reference in the order given.
   */
  private static void comparisons(ReportContext context, List<Row> rows, ReportDraft draft) {
    Map<String, List<ReferenceValue>> byIndicator = new LinkedHashMap<>();
    Map<String, Row> byId = new LinkedHashMap<>();
    rows.forEach(r -> byId.put(r.indicator.id(), r));
    for (ReferenceValue v : context.system().measureData().references()) {
      Row r = byId.get(v.indicatorId());
      if (r != null && v.period().equals(r.observation.period())) {
        byIndicator.computeIfAbsent(v.indicatorId(), k -> new ArrayList<>()).add(v);
      }
    }
    for (Map.Entry<String, List<ReferenceValue>> e : byIndicator.entrySet()) {
      Row r = byId.get(e.getKey());
      ReportTable.Builder t =
          ReportTable.builder(
                  "comparisons-" + r.indicator.id(),
                  Text.of(
                      "Jämförelse " + r.observation.period() + ": " + r.indicator.title(),
                      "Comparison " + r.observation.period() + ": " + title(r.indicator)),
                  Text.of("Jämförs med", "Compared with"))
              .columns(Text.of("Resultat", "Result"));
      t.row(ReportRow.of(Text.of("Eget resultat", "Own result"), List.of(value(r))));
      Set<String> labels = new HashSet<>();
      labels.add("Eget resultat");
      for (ReferenceValue v : e.getValue()) {
        Text label =
            v.name().isPresent() ? Text.of(v.name().get()) : Text.of(v.kind().swedish(), v.kind().english());
        for (int n = 2; !labels.add(label.sv()); n++) {
          label = Text.of(label.sv() + " (" + n + ")", label.en() + " (" + n + ")");
        }
        t.row(
            ReportRow.of(
                label,
                List.of(
                    ReportCell.number(
                        v.value(), r.indicator.decimals(), unit(r.indicator),
                        List.of(
                            RecordRef.of(
                                "references",
                                v.indicatorId() + "@" + v.period() + ":" + v.kind()
                                    + v.name().map(n -> ":" + n).orElse("")))))));
      }
      draft.add(SectionKind.COMPARISONS, t.build());
    }
  }

  /** One indicator's result of the year. */
  private static final class Row {
    final Indicator indicator;
    final Observation observation;
    final Optional<Observation> previous;
    final MeasureResult result;

    Row(Indicator indicator, Observation observation, Optional<Observation> previous, MeasureResult result) {
      this.indicator = indicator;
      this.observation = observation;
      this.previous = previous;
      this.result = result;
    }
  }

}
