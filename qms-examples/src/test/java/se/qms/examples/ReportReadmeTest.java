package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.report.DevelopmentNeed;
import se.qms.core.report.Disclosure;
import se.qms.core.report.HtmlRenderer;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportLanguage;
import se.qms.core.report.ReportTable;
import se.qms.core.report.TableIssue;
import se.qms.examples.samples.Sample;
import se.qms.json.QmsJson;

/** The kvalitetsberättelse example of README.md: the code between the markers is the README's, verbatim. */
class ReportReadmeTest {
  @TempDir Path dir;

  static void example(QualitySystem system, RuleSet ruleSet, Path dir, PrintStream out) throws IOException {
    // report:begin
    QualityReport report = QmsJson.reportGenerator().generate(system, ruleSet, 2016);

    ReportTable risks = report.table("risk-bands").orElseThrow();
    out.println(risks.rows().get(0).label().sv() + " " + risks.rows().get(0).cell(0).format(ReportLanguage.SV));
    out.println(risks.rows().get(0).cell(0).sources()); // the records behind the figure

    for (DevelopmentNeed need : report.developmentNeeds()) {
      out.println(need.kind() + " " + need.subject() + " (" + need.weight() + ")");
    }
    List<TableIssue> issues = report.check(ReportLanguage.SV); // empty: every table adds up

    QualityReport published = report.withDisclosure(Disclosure.masked(3)); // counts 1 and 2 read "<3"
    Files.writeString(dir.resolve("kvalitetsberattelse-2016.html"), HtmlRenderer.render(published, ReportLanguage.SV));
    // report:end
    out.println(issues.size());
  }

  @Test
  void theReadmeExample_printsTheCriticalRisk_andWritesThePublicEdition() throws IOException {
    Sample s = Sample.load(Sample.ORNSKOLDSVIK_2016);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example(s.qualitySystem(), s.ruleSet(), dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals("Kritisk 1", lines.get(0));
    assertEquals("[risks/R1]", lines.get(1));
    assertTrue(lines.contains("CRITICAL_RISK risks/R1 (12)"), lines.toString());
    assertEquals("0", lines.get(lines.size() - 1));
    assertTrue(Files.readString(dir.resolve("kvalitetsberattelse-2016.html")).contains("<svg"));
  }

  @Test
  void theReadmeShowsTheSameCode() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/se/qms/examples/ReportReadmeTest.java"), StandardCharsets.UTF_8);
    String code = between(source, "// report:begin\n", "    // report:end").stripTrailing().stripIndent().strip();
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains(code), "README.md must hold the example verbatim:\n" + code);
  }

  static String between(String text, String begin, String end) {
    int b = text.indexOf(begin) + begin.length();
    return text.substring(b, text.indexOf(end, b));
  }
}
