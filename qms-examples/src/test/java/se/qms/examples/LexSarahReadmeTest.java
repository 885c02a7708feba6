package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.Finding;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahCommand;
import se.qms.core.lexsarah.LexSarahDimension;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.lexsarah.LexSarahRiskEstimate;
import se.qms.core.lexsarah.LexSarahStatistics;
import se.qms.core.lexsarah.LexSarahTimeliness;
import se.qms.core.lexsarah.LexSarahTransition;
import se.qms.core.lexsarah.ProviderKind;
import se.qms.core.measure.Period;
import se.qms.core.organisation.Role;
import se.qms.examples.samples.Sample;
import se.qms.risk.LexSarahEscalation;

/** The lex Sarah example of README.md: the code between the markers is the README's, verbatim. */
class LexSarahReadmeTest {
  static void example(PrintStream out) {
    // lex-sarah:begin
    LexSarahCase report =
        LexSarahCase.builder()
            .id("LS-2016-014")
            .committeeId("on") // the nämnd responsible
            .unitId("vf-sb")
            .reported(LocalDate.of(2016, 3, 7))
            .reporterRole(Role.MEDARBETARE)
            .individualCount(2)
            .addCategories(LexSarahCategory.FINANCIAL_IRREGULARITIES, LexSarahCategory.NEGLECT)
            .riskEstimate(LexSarahRiskEstimate.of(2, 4)) // probability × severity
            .build();
    LexSarahCase assessed =
        report
            .apply(LexSarahCommand.receive(LocalDate.of(2016, 3, 7))).next()
            .apply(LexSarahCommand.register(LocalDate.of(2016, 3, 14))).next()
            .apply(LexSarahCommand.startInvestigation(LocalDate.of(2016, 3, 15))).next()
            .apply(LexSarahCommand.assess(LocalDate.of(2016, 4, 1),
                LexSarahAssessment.SERIOUS_IMPROPRIETY)).next();
    // assessed.apply(LexSarahCommand.close(…)) fails with QMS-1702: notify IVO first
    LexSarahTransition notified = assessed.apply(LexSarahCommand.notifyIvo(
        LocalDate.of(2016, 4, 20), LocalDate.of(2016, 4, 19)).withDecidedBy(Role.NAMND));
    out.println(notified.event().swedishName()); // Anmäld till IVO

    List<Finding> breaches = LexSarahTimeliness.defaults() // 1 and 5 working days, 14 days
        .findings(List.of(notified.next()), LocalDate.of(2016, 12, 31));
    breaches.forEach(f -> out.println(f.ruleId()));
    // lex-sarah.registration-late (due 2016-03-08), lex-sarah.notification-late (due 2016-04-15)
    out.println(LexSarahEscalation.defaults().mustConsiderNotification(report)); // true: Hög

    LexSarahStatistics ornskoldsvik = LexSarahStatistics.of(Sample.load("ornskoldsvik-2016")
            .qualitySystem().part(LexSarahRegister.class).orElseThrow())
        .where(c -> c.provider() == ProviderKind.MUNICIPAL);
    LexSarahStatistics y2016 = ornskoldsvik.within(Period.year(2016));
    out.println(y2016.reports() + " reports, " + y2016.categoryMentions() + " categories"); // 108, 119
    out.println(y2016.table(LexSarahDimension.COMMITTEE).counts()); // [27, 81]
    out.println(ornskoldsvik.yearOnYearChange(2016).orElseThrow().formatPercent(0)); // 27 %
    // lex-sarah:end
  }

  @Test
  void example_printsWhatItsCommentsSay() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "Anmäld till IVO",
            "lex-sarah.registration-late",
            "lex-sarah.notification-late",
            "true",
            "108 reports, 119 categories",
            "[27, 81]",
            "27 %"),
        List.of(bytes.toString(StandardCharsets.UTF_8).split("\n")));
  }

  @Test
  void readme_containsTheExample() throws IOException {
    String source = Files.readString(Path.of("src/test/java/se/qms/examples/LexSarahReadmeTest.java"));
    int begin = source.indexOf('\n', source.indexOf("// lex-sarah:begin")) + 1;
    String block = source.substring(begin, source.indexOf("    // lex-sarah:end", begin));
    StringBuilder normalised = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      normalised.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    String expected = normalised.toString().stripTrailing();
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(expected), "README.md must contain the lex Sarah block:\n" + expected);
  }
}
