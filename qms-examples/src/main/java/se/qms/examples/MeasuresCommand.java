package se.qms.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.measure.Comparison;
import se.qms.core.measure.Development;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.MeasureResult;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.measure.Trend;
import se.qms.examples.samples.Sample;

/** {@code qms measures}: a sample's results with traffic lights, trends and comparisons. */
final class MeasuresCommand implements Command {
  @Override
  public String name() {
    return "measures";
  }

  @Override
  public String summary() {
    return "print a sample's measures with traffic lights, trends and comparisons";
  }

  @Override
  public String usage() {
    return "qms measures [--sample NAME] [--lang sv|en]\n"
        + "  --sample  a bundled sample with measures (default "
        + Sample.ORNSKOLDSVIK_2016
        + "; also "
        + Sample.SAFFLE_2019
        + ", "
        + Sample.OSTERSUND_2020
        + ")\n"
        + "  --lang    output language (default sv)";
  }

  @Override
  public int run(List<String> words, PrintStream out) {
    Arguments args = Arguments.parse(words, Set.of("sample", "lang"));
    args.expectNoPositionals();
    Language lang = Language.of(args.choice("lang", "sv", Language.CODES));
    Sample sample = Sample.load(args.option("sample").orElse(Sample.ORNSKOLDSVIK_2016));
    if (sample.indicators().isEmpty()) {
      throw Arguments.usage("sample " + sample.name() + " has no measures");
    }
    MeasureData data = sample.measureData();
    MeasureEngine engine = MeasureEngine.of(sample.indicators(), sample.lightPolicies());
    out.println(sample.title());
    for (Indicator indicator : sample.indicators()) {
      out.println();
      out.println(indicator.title());
      for (Observation o : data.observations()) {
        if (o.indicatorId().equals(indicator.id())) {
          boolean judged = sample.lightPolicies().containsKey(indicator.id());
          out.println("  " + line(o, indicator, judged ? engine.evaluate(o, data) : null, data, lang));
        }
      }
    }
    return Qms.EXIT_OK;
  }

  /** One observation's line; {@code result} is null when the indicator has no light policy. */
  private static String line(
      Observation o, Indicator indicator, MeasureResult result, MeasureData data, Language lang) {
    StringBuilder s = new StringBuilder();
    s.append(o.period()).append(": ");
    s.append(o.total().isPresent() ? lang.number(o.total().getAsDouble(), indicator.decimals()) : "—");
    if (result != null) {
      s.append("  ")
          .append(lang.pick(result.light().colourSv(), result.light().colourEn()))
          .append(" (")
          .append(lang.pick(result.light().meaningSv(), result.light().meaningEn()))
          .append(')');
    }
    Optional<Observation> previous = data.observation(o.indicatorId(), o.unitId(), o.period().previous());
    if (o.hasValue() && previous.isPresent() && previous.get().hasValue()) {
      Trend trend = Trend.between(previous.get().total().getAsDouble(), o.total().getAsDouble(), 0);
      Development development = Development.of(trend, indicator.direction());
      s.append("  ").append(lang.pick(trend.swedish(), trend.english()));
      if (development != Development.UNCHANGED) {
        s.append(" (").append(lang.pick(development.swedish(), development.english())).append(')');
      }
    }
    for (ReferenceValue r : data.references()) {
      if (o.hasValue() && r.indicatorId().equals(o.indicatorId()) && r.period().equals(o.period())) {
        Comparison c = Comparison.of(o.total().getAsDouble(), r.value(), indicator.direction(), 0);
        s.append("  | ")
            .append(lang.pick(c.outcome().swedish(), c.outcome().english()))
            .append(lang.pick(" än ", " than "))
            .append(r.name().orElse(lang.pick(r.kind().swedish(), r.kind().english())))
            .append(" (")
            .append(lang.number(r.value(), indicator.decimals()))
            .append(')');
      }
    }
    return s.toString();
  }
}
