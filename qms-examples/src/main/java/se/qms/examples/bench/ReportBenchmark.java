package se.qms.examples.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.report.HtmlRenderer;
import se.qms.core.report.MarkdownRenderer;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.ReportGenerator;
import se.qms.examples.generate.NationalDataSet;
import se.qms.json.QmsJson;

/**
 * The kvalitetsberättelse at national scale: the report models of all {@code municipalities} (290, 580, 1160) of the
 * synthetic national data set ({@link NationalDataSet}, seed 2019) for 2019, one after another on
 * one thread — each generation evaluates the compliance rules for its overdue items, builds every
 * table with its record references and ranks the development needs. Goal: at most 2 s for all 290.
 * And the rendering of one municipality's report (the first of the data set) as self-contained
 * HTML and as Markdown. Goal: at most 50 ms for the HTML. The systems are loaded from their
 * documents, as in {@link ComplianceBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class ReportBenchmark {
  /** 1×, 2× and 4× the national size. */
  @Param({"290", "580", "1160"})
  public int municipalities;

  private List<QualitySystem> systems;
  private ReportGenerator generator;
  private RuleSet ruleSet;
  private QualityReport one;

  /** Generates the data set and loads it from its documents. */
  @Setup
  public void setUp() {
    generator = QmsJson.reportGenerator();
    ruleSet = NationalDataSet.ruleSet();
    QmsJson json = QmsJson.strict();
    systems = new ArrayList<>(municipalities);
    NationalDataSet dataSet = NationalDataSet.seeded(2019L);
    for (int i = 0; i < municipalities; i++) {
      systems.add(json.readQualitySystem(json.write(dataSet.municipality(i))));
    }
    one = generator.generate(systems.get(0), ruleSet, 2019);
    System.out.printf(
        "%nthe first municipality's report: %d tables, %d characters of HTML%n",
        one.tables().size(), HtmlRenderer.render(one, ReportLanguage.SV).length());
    long tables = 0;
    long needs = 0;
    for (QualitySystem s : systems) {
      QualityReport r = generator.generate(s, ruleSet, 2019);
      tables += r.tables().size();
      needs += r.developmentNeeds().size();
    }
    System.out.printf(
        "%n%d reports, %d tables, %d development needs%n", systems.size(), tables, needs);
  }

  /** Generates the report model of every municipality. */
  @Benchmark
  public void generateAll(Blackhole bh) {
    for (QualitySystem s : systems) {
      bh.consume(generator.generate(s, ruleSet, 2019));
    }
  }

  /** Renders one municipality's report as HTML. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String renderHtml() {
    return HtmlRenderer.render(one, ReportLanguage.SV);
  }

  /** Renders one municipality's report as Markdown. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String renderMarkdown() {
    return MarkdownRenderer.render(one, ReportLanguage.SV);
  }
}
