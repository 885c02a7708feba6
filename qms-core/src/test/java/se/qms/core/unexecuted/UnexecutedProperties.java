package se.qms.core.unexecuted;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.Finding;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.deadline.Elapsed;
import se.qms.core.deadline.SwedishCalendar;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;
import se.qms.testing.QmsGenerators;

class UnexecutedProperties {
  private static final UnexecutedDecisionPolicy POLICY = UnexecutedDecisionPolicy.defaults();
  private static final Reportability RULE = Reportability.of(POLICY);
  private static final LocalDate FROM = LocalDate.of(2017, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  private static boolean closesBetween(FavourableDecision d, LocalDate after, LocalDate upTo) {
    for (ExecutionEvent e : d.history()) {
      boolean closing =
          e.command() == ExecutionCommandType.EXECUTE
              || e.command() == ExecutionCommandType.RESUME
              || e.command() == ExecutionCommandType.END;
      if (closing && e.date().isAfter(after) && !e.date().isAfter(upTo)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void reportability_isMonotonicInTime_untilExecutedResumedOrEnded() {
    qt().withExamples(2_000)
        .forAll(
            QmsGenerators.favourableDecisions(),
            QmsGenerators.dates(FROM, TO),
            integers().between(0, 800))
        .check(
            (d, day, later) -> {
              LocalDate next = day.plusDays(later);
              return !RULE.isReportable(d, day)
                  || closesBetween(d, day, next)
                  || RULE.isReportable(d, next);
            });
  }

  @Test
  void aReportableDecision_hasWaitedAtLeastTheLimit_andLiesInExactlyOneBucketOfEachScale() {
    List<WaitingTimeScale> scales =
        List.of(WaitingTimeScale.quarterSteps(), WaitingTimeScale.halfYearSteps());
    qt().withExamples(2_000)
        .forAll(QmsGenerators.favourableDecisions(), QmsGenerators.dates(FROM, TO))
        .check(
            (d, day) -> {
              if (!RULE.isReportable(d, day)) {
                return true;
              }
              long months = RULE.reportablePeriod(d, day).orElseThrow().monthsWaitedOn(day);
              if (months < 3) {
                return false;
              }
              for (WaitingTimeScale scale : scales) {
                long holding = scale.buckets().stream().filter(b -> b.contains(months)).count();
                if (holding != 1) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void waitingTimeTables_partitionTheCountedDecisions() {
    qt().withExamples(300)
        .forAll(
            lists().of(QmsGenerators.favourableDecisions()).ofSizeBetween(0, 30),
            QmsGenerators.dates(FROM, TO),
            integers().between(2017, 2022))
        .check(
            (generated, day, year) -> {
              List<FavourableDecision> ds = unique(generated);
              UnexecutedStatistics on = UnexecutedStatistics.reportableOn(POLICY, ds, day);
              UnexecutedStatistics during =
                  UnexecutedStatistics.reportedDuring(POLICY, ds, Period.year(year));
              return partitions(on) && partitions(during);
            });
  }

  /**
   * The report findings count, for each missing report, what {@link QuarterlyReporting#report}
   * lists for its quarter and law, and raise one only where that report has entries (or the policy
   * asks for reports when there are none); the findings are the report findings, then the
   * sanction notes.
   */
  @Test
  void missingReportFindings_countTheQuartersReport() {
    QuarterlyReporting whenNone =
        QuarterlyReporting.of(UnexecutedDecisionPolicy.builder().reportWhenNone(true).build());
    qt().withExamples(300)
        .forAll(
            lists().of(QmsGenerators.favourableDecisions()).ofSizeBetween(0, 30),
            QmsGenerators.dates(FROM, TO),
            integers().between(0, 1))
        .check(
            (generated, asOf, none) -> {
              List<FavourableDecision> ds = unique(generated);
              QuarterlyReporting reporting = none == 1 ? whenNone : QuarterlyReporting.of(POLICY);
              List<Finding> found = reporting.reportFindings(ds, List.of(), asOf);
              List<Finding> expected = new ArrayList<>();
              Period last = Period.containing(PeriodKind.QUARTER, asOf);
              for (Period q = QuarterlyReporting.firstQuarter(ds, List.of()).orElse(null);
                  q != null && q.compareTo(last) <= 0;
                  q = q.next()) {
                QuarterReport report = reporting.report(ds, q);
                for (Law law : Law.values()) {
                  int count = report.entries(law).size();
                  String prefix = "unexecutedDecisionReports/" + q + "/" + law.name() + "/";
                  if ((count > 0 || none == 1) && asOf.isAfter(reporting.dueDate(q))) {
                    expected.add(
                        found.stream()
                            .filter(f -> f.subject().startsWith(prefix))
                            .filter(f -> f.messageEn().contains("(" + count + " decisions to report)"))
                            .findFirst()
                            .orElse(null));
                  }
                }
              }
              List<Finding> all = new ArrayList<>(found);
              all.addAll(reporting.sanctionNotes(ds, asOf));
              return !expected.contains(null)
                  && expected.size() * POLICY.recipients().size() == found.size()
                  && all.equals(reporting.findings(ds, List.of(), asOf));
            });
  }

  private static boolean partitions(UnexecutedStatistics s) {
    return s.byGenderAndWaitingTime(WaitingTimeScale.quarterSteps()).total() == s.size()
        && s.byInsatsAndWaitingTime(WaitingTimeScale.halfYearSteps()).total() == s.size()
        && s.byInsatsAndGender().total() == s.size()
        && s.byInsatsAndReason().total() == s.size()
        && s.only(Law.SOL).size() + s.only(Law.LSS).size() == s.size()
        && s.only(WaitingKind.EXECUTION).size() + s.only(WaitingKind.RESUMPTION).size() == s.size();
  }

  private static List<FavourableDecision> unique(List<FavourableDecision> generated) {
    List<FavourableDecision> out = new ArrayList<>();
    for (int i = 0; i < generated.size(); i++) {
      FavourableDecision d = generated.get(i);
      out.add(
          FavourableDecision.builder()
              .id("B-" + i)
              .insats(d.insats())
              .decided(d.decided())
              .gender(d.gender())
              .delayReason(d.delayReason())
              .status(d.status())
              .addAllHistory(d.history())
              .build());
    }
    return out;
  }

  @Test
  void everyCommand_isApplied_orRejected_andTheHistoryIsOnlyAppended() {
    ExecutionCommandType[] types = ExecutionCommandType.values();
    qt().withExamples(1_000)
        .forAll(
            QmsGenerators.favourableDecisions(),
            lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 30))
        .check(
            (start, script) -> {
              FavourableDecision current = start;
              LocalDate day = start.history().isEmpty()
                  ? start.decided()
                  : start.history().get(start.history().size() - 1).date();
              for (int step : script) {
                ExecutionCommandType type = types[step % types.length];
                day = day.plusDays(step / types.length % 60);
                List<ExecutionEvent> before = List.copyOf(current.history());
                ExecutionStatus status = current.status();
                ExecutionTransition t;
                try {
                  t = current.apply(ExecutionCommand.of(type, day));
                } catch (InvalidValueException e) {
                  if (e.code() != QmsErrorCode.TRANSITION_NOT_ALLOWED
                      || status.after(type).isPresent()
                      || !current.history().equals(before)) {
                    return false;
                  }
                  continue;
                }
                List<ExecutionEvent> after = t.next().history();
                if (status.after(type).isEmpty()
                    || after.size() != before.size() + 1
                    || !after.subList(0, before.size()).equals(before)
                    || !after.get(before.size()).equals(t.event())
                    || t.event().from() != status
                    || t.event().to() != t.next().status()
                    || !current.history().equals(before)) {
                  return false;
                }
                current = t.next();
              }
              return true;
            });
  }

  @Test
  void completeMonths_agreeWithTheDeadlinePackage() {
    SwedishCalendar calendar = SwedishCalendar.standard();
    qt().forAll(QmsGenerators.dates(FROM, TO), integers().between(0, 1_000))
        .check(
            (from, days) ->
                Months.between(from, from.plusDays(days))
                    == Elapsed.between(from, from.plusDays(days), calendar).months());
  }

  @Test
  void theLimitEnd_isTheDeadlinePackagesThreeMonths() {
    SwedishCalendar calendar = SwedishCalendar.standard();
    qt().forAll(QmsGenerators.dates(FROM, TO))
        .check(
            day ->
                RULE.limitEnd(FavourableDecision.decided("B", InsatsCatalogue.defaults().insatser().get(0), day, Gender.MAN)
                        .waitingPeriods()
                        .get(0))
                    .equals(se.qms.core.deadline.TimeLimit.months(3).end(day, calendar)));
  }
}
