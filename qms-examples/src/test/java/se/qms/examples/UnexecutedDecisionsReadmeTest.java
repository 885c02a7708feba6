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
import se.qms.core.measure.Period;
import se.qms.core.unexecuted.DelayReason;
import se.qms.core.unexecuted.ExecutionCommand;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.Insats;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.QuarterReport;
import se.qms.core.unexecuted.QuarterlyReporting;
import se.qms.core.unexecuted.Recipient;
import se.qms.core.unexecuted.Reportability;
import se.qms.core.unexecuted.SubmittedReport;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedStatistics;
import se.qms.core.unexecuted.WaitingTimeScale;

/** The README's example on decisions not carried out runs, prints what it says, and is in the README verbatim. */
class UnexecutedDecisionsReadmeTest {
  private static void example(PrintStream out) {
    // unexecuted:begin
    UnexecutedDecisionPolicy policy = UnexecutedDecisionPolicy.defaults();
    Insats kontaktperson = policy.catalogue().find("lss-kontaktperson").orElseThrow();
    FavourableDecision decision =
        FavourableDecision.decided("LSS-2018-031", kontaktperson, LocalDate.of(2018, 11, 30),
                Gender.WOMAN)
            .withDelayReason(DelayReason.RESOURCE_SHORTAGE);
    Reportability rule = Reportability.of(policy);
    out.println(rule.isReportable(decision, LocalDate.of(2019, 2, 28))); // false: 30 Nov + 3 months
    out.println(rule.isReportable(decision, LocalDate.of(2019, 3, 1)));  // true
    decision = decision.apply(ExecutionCommand.execute(LocalDate.of(2019, 7, 15))).next();

    QuarterlyReporting reporting = QuarterlyReporting.of(policy);
    QuarterReport q1 = reporting.report(List.of(decision), Period.quarter(2019, 1));
    out.println(q1.newlyReportable().size()); // 1
    List<SubmittedReport> sent = List.of(SubmittedReport.of(
        Period.quarter(2019, 1), Law.LSS, Recipient.IVO, LocalDate.of(2019, 4, 10)));
    for (Finding f : reporting.findings(List.of(decision), sent, LocalDate.of(2019, 5, 2))) {
      out.println(f.ruleId() + " " + f.subject() + " (" + f.basis() + ")");
    }   // unexecuted.report-missing …/2019-Q1/LSS/AUDITORS and …/COUNCIL (LSS 28 f §)
    UnexecutedStatistics year =
        UnexecutedStatistics.reportedDuring(policy, List.of(decision), Period.year(2019));
    out.println(year.byGenderAndWaitingTime(WaitingTimeScale.halfYearSteps()).lines());
    // [Kvinna	0	1	0]: waited 7 complete months, 30 November to 15 July
    // unexecuted:end
  }

  @Test
  void printsWhatTheCommentsSay() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(
        List.of(
            "false",
            "true",
            "1",
            "unexecuted.report-missing unexecutedDecisionReports/2019-Q1/LSS/AUDITORS (LSS 28 f §)",
            "unexecuted.report-missing unexecutedDecisionReports/2019-Q1/LSS/COUNCIL (LSS 28 f §)",
            "[Kvinna\t0\t1\t0]"),
        bytes.toString(StandardCharsets.UTF_8).lines().collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void readmeShowsTheSameCode() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/se/qms/examples/UnexecutedDecisionsReadmeTest.java"));
    String code =
        source.substring(
            source.indexOf('\n', source.indexOf("// unexecuted" + ":begin")) + 1,
            source.indexOf("// unexecuted" + ":end"));
    String readme = Files.readString(Path.of("../README.md"));
    String normalised = code.stripIndent().strip();
    assertTrue(readme.contains(normalised), "README.md must contain:\n" + normalised);
  }
}
