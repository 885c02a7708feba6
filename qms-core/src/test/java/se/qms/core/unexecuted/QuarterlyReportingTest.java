package se.qms.core.unexecuted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.measure.Period;

class QuarterlyReportingTest {
  private static final UnexecutedDecisionPolicy POLICY = UnexecutedDecisionPolicy.defaults();
  private static final QuarterlyReporting REPORTING = QuarterlyReporting.of(POLICY);
  private static final Insats BOENDE = InsatsCatalogue.defaults().find("sol-sarskilt-boende").orElseThrow();
  private static final Insats DAGLIG = InsatsCatalogue.defaults().find("lss-daglig-verksamhet").orElseThrow();
  private static final Period Q3 = Period.quarter(2019, 3);

  /** Reportable from 2019-05-16, still open. */
  private static final FavourableDecision OPEN =
      FavourableDecision.decided("B-open", BOENDE, LocalDate.of(2019, 2, 15), Gender.WOMAN)
          .withDelayReason(DelayReason.RESOURCE_SHORTAGE)
          .apply(ExecutionCommand.offer(LocalDate.of(2019, 8, 1)))
          .next()
          .apply(ExecutionCommand.decline(LocalDate.of(2019, 8, 9)))
          .next();
  /** Reportable from 2019-07-02, executed 2019-09-10. */
  private static final FavourableDecision EXECUTED =
      FavourableDecision.decided("B-exec", DAGLIG, LocalDate.of(2019, 4, 1), Gender.MAN)
          .apply(ExecutionCommand.execute(LocalDate.of(2019, 9, 10)))
          .next();
  /** Executed in time: never reported. */
  private static final FavourableDecision IN_TIME =
      FavourableDecision.decided("B-ok", DAGLIG, LocalDate.of(2019, 4, 1), Gender.MAN)
          .apply(ExecutionCommand.execute(LocalDate.of(2019, 7, 1)))
          .next();

  private static final List<FavourableDecision> ALL = List.of(OPEN, EXECUTED, IN_TIME);

  @Nested
  class Report {
    private final QuarterReport report = REPORTING.report(ALL, Q3);

    @Test
    void holdsTheDecisionsReportableDuringTheQuarter() {
      assertEquals(
          List.of("B-open", "B-exec"),
          report.entries().stream().map(QuarterReportEntry::decisionId).collect(Collectors.toList()));
    }

    @Test
    void marksNewStillOpenAndClosed() {
      assertEquals(List.of("B-exec"), ids(report.newlyReportable()));
      assertEquals(List.of("B-open"), ids(report.stillOpen()));
      assertEquals(List.of("B-exec"), ids(report.closedDuringQuarter()));
      QuarterReportEntry exec = report.closedDuringQuarter().get(0);
      assertEquals(Optional.of(LocalDate.of(2019, 9, 10)), exec.closedOn());
      assertEquals(Optional.of(ExecutionCommandType.EXECUTE), exec.closedBy());
      assertEquals(5, exec.monthsWaited());
      assertEquals(LocalDate.of(2019, 7, 2), exec.reportableFrom());
    }

    @Test
    void carriesOffersDeclinesAndReason() {
      QuarterReportEntry open = report.stillOpen().get(0);
      assertEquals(List.of(LocalDate.of(2019, 8, 1)), open.offers());
      assertEquals(List.of(LocalDate.of(2019, 8, 9)), open.declines());
      assertEquals(Optional.of(DelayReason.RESOURCE_SHORTAGE), open.delayReason());
      assertEquals(7, open.monthsWaited());
      assertEquals(Law.SOL, open.law());
      assertEquals(1, report.entries(Law.LSS).size());
    }

    @Test
    void nextQuarter_carriesOnlyTheOpenOne_asNotNew() {
      QuarterReport q4 = REPORTING.report(ALL, Period.quarter(2019, 4));
      assertEquals(List.of("B-open"), ids(q4.entries()));
      assertTrue(q4.newlyReportable().isEmpty());
    }

    @Test
    void aPeriodThatIsNoQuarter_isRejected() {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> REPORTING.report(ALL, Period.year(2019)));
      assertEquals(QmsErrorCode.REPORT_PERIOD_NOT_QUARTER, e.code());
    }
  }

  private static List<String> ids(List<QuarterReportEntry> entries) {
    return entries.stream().map(QuarterReportEntry::decisionId).collect(Collectors.toList());
  }

  private static List<SubmittedReport> allOf(Period q, Law law, LocalDate on) {
    return List.of(
        SubmittedReport.of(q, law, Recipient.IVO, on),
        SubmittedReport.of(q, law, Recipient.AUDITORS, on),
        SubmittedReport.of(q, law, Recipient.COUNCIL, on));
  }

  @Nested
  class Findings {
    private final List<FavourableDecision> executedOnly = List.of(EXECUTED);

    @Test
    void noReportForTheQuarter_afterItWasDue_isAnErrorPerRecipient() {
      List<Finding> f = REPORTING.findings(executedOnly, List.of(), LocalDate.of(2019, 11, 1));
      assertEquals(3, f.size());
      assertTrue(f.stream().allMatch(x -> x.ruleId().equals(QuarterlyReporting.REPORT_MISSING)));
      assertTrue(f.stream().allMatch(x -> x.severity() == FindingSeverity.ERROR));
      assertEquals("LSS 28 f §", f.get(0).basis());
      assertEquals("unexecutedDecisionReports/2019-Q3/LSS/IVO", f.get(0).subject());
    }

    @Test
    void onTheDueDay_nothingIsMissingYet() {
      assertEquals(LocalDate.of(2019, 10, 31), REPORTING.dueDate(Q3));
      assertTrue(REPORTING.findings(executedOnly, List.of(), LocalDate.of(2019, 10, 31)).isEmpty());
    }

    @Test
    void reportsOnTime_noFinding() {
      assertTrue(
          REPORTING.findings(executedOnly, allOf(Q3, Law.LSS, LocalDate.of(2019, 10, 31)), LocalDate.of(2020, 6, 1))
              .isEmpty());
    }

    @Test
    void reportsAfterTheDueDay_areLate() {
      List<Finding> f =
          REPORTING.findings(executedOnly, allOf(Q3, Law.LSS, LocalDate.of(2019, 11, 1)), LocalDate.of(2020, 6, 1));
      assertEquals(3, f.size());
      assertTrue(f.stream().allMatch(x -> x.ruleId().equals(QuarterlyReporting.REPORT_LATE)));
      assertTrue(f.stream().allMatch(x -> x.severity() == FindingSeverity.WARNING));
    }

    @Test
    void aReportSubmittedAfterTheDayJudged_countsAsMissing() {
      List<Finding> f =
          REPORTING.findings(executedOnly, allOf(Q3, Law.LSS, LocalDate.of(2019, 12, 1)), LocalDate.of(2019, 11, 15));
      assertEquals(3, f.size());
      assertTrue(f.stream().allMatch(x -> x.ruleId().equals(QuarterlyReporting.REPORT_MISSING)));
    }

    @Test
    void onlyTheRecipientsOfThePolicy_areRequired() {
      QuarterlyReporting ivoOnly =
          QuarterlyReporting.of(
              UnexecutedDecisionPolicy.builder().reportsToAuditors(false).reportsToCouncil(false).build());
      assertEquals(1, ivoOnly.findings(executedOnly, List.of(), LocalDate.of(2019, 11, 1)).size());
    }

    @Test
    void aQuarterWithNothingToReport_needsNoReport_unlessThePolicySaysSo() {
      assertTrue(REPORTING.findings(List.of(IN_TIME), List.of(), LocalDate.of(2019, 12, 1)).isEmpty());
      QuarterlyReporting always =
          QuarterlyReporting.of(UnexecutedDecisionPolicy.builder().reportWhenNone(true).build());
      // 2019-Q2 and 2019-Q3, for SoL and LSS, to three recipients each
      assertEquals(12, always.findings(List.of(IN_TIME), List.of(), LocalDate.of(2019, 12, 1)).size());
    }

    @Test
    void longWait_getsAnInformationalNoteOnTheSanctionRange() {
      List<SubmittedReport> reports = new java.util.ArrayList<>();
      for (int q = 2; q <= 4; q++) {
        reports.addAll(allOf(Period.quarter(2019, q), Law.SOL, Period.quarter(2019, q).end()));
      }
      List<Finding> before = REPORTING.findings(List.of(OPEN), reports, LocalDate.of(2019, 8, 14));
      assertTrue(before.isEmpty(), before.toString());
      List<Finding> f = REPORTING.findings(List.of(OPEN), reports, LocalDate.of(2019, 8, 15));
      assertEquals(1, f.size());
      Finding note = f.get(0);
      assertEquals(QuarterlyReporting.SANCTION_RANGE, note.ruleId());
      assertEquals(FindingSeverity.INFO, note.severity());
      assertEquals("SoL 16 kap. 6 a §", note.basis());
      assertEquals("unexecutedDecisions/B-open", note.subject());
      assertTrue(note.messageSv().contains("10 000–1 000 000 kr"), note.messageSv());
    }
  }

  @Test
  void submittedReport_beforeTheQuarterEnds_isRejected() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> SubmittedReport.of(Q3, Law.SOL, Recipient.IVO, LocalDate.of(2019, 9, 29)));
    assertEquals(QmsErrorCode.REPORT_BEFORE_QUARTER_END, e.code());
    assertEquals(
        QmsErrorCode.REPORT_PERIOD_NOT_QUARTER,
        assertThrows(
                InvalidValueException.class,
                () -> SubmittedReport.of(Period.year(2019), Law.SOL, Recipient.IVO, LocalDate.of(2020, 1, 5)))
            .code());
  }

  @Test
  void kronor_groupsThousands() {
    assertEquals("10 000", QuarterlyReporting.kronor(10_000));
    assertEquals("1 000 000", QuarterlyReporting.kronor(1_000_000));
    assertEquals("457 300", QuarterlyReporting.kronor(457_300));
    assertEquals("0", QuarterlyReporting.kronor(0));
  }
}
