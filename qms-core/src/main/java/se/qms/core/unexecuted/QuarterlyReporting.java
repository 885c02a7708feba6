package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;

/**
 * The quarterly reporting of decisions not carried out (SoL 16 kap. 6 f–h §, LSS 28 f–h §; seed
 * 001, seed 003 "var tredje månad", seed 004 §6.4.5): the report for a quarter, and the findings a
 * compliance check raises as of a day.
 *
 * <p>Findings, with stable rule ids:
 *
 * <ul>
 *   <li>{@value #REPORT_MISSING} (error): a quarter had decisions under a law reportable on at
 *       least one of its days (or the policy asks for reports even when there are none), the
 *       report was due ({@link #dueDate(Period)}) before the day judged, and no report under that
 *       law to one of the policy's recipients was submitted by then. Basis: the policy's reporting
 *       reference for the law ("SoL 16 kap. 6 f §", "LSS 28 f §").
 *   <li>{@value #REPORT_LATE} (warning): such a report was submitted after it was due.
 *   <li>{@value #SANCTION_RANGE} (information): a decision reportable on the day judged has waited
 *       at least the policy's months for the note (six by default); IVO may apply to the
 *       administrative court for a särskild avgift of 10 000–1 000 000 kr. Basis: the policy's
 *       sanction reference ("SoL 16 kap. 6 a §", "LSS 28 a §").
 * </ul>
 *
 * <p>A report submitted after the day judged counts as not yet submitted. Pure functions of their
 * arguments; immutable and thread-safe.
 */
public final class QuarterlyReporting {
  /** The rule id of a missing quarterly report. */
  public static final String REPORT_MISSING = "unexecuted.report-missing";
  /** The rule id of a late quarterly report. */
  public static final String REPORT_LATE = "unexecuted.report-late";
  /** The rule id of the note on the sanction range for a long wait. */
  public static final String SANCTION_RANGE = "unexecuted.sanction-range";

  private final UnexecutedDecisionPolicy policy;
  private final Reportability rule;

  private QuarterlyReporting(UnexecutedDecisionPolicy policy) {
    this.policy = policy;
    this.rule = Reportability.of(policy);
  }

  /**
   * The reporting of a policy.
   *
   * @param policy not null
   */
  public static QuarterlyReporting of(UnexecutedDecisionPolicy policy) {
    return new QuarterlyReporting(Checks.present(policy, "policy"));
  }

  /**
   * The day a quarter's report is due: the last day of the policy's number of whole months after
   * the quarter (by default the month after: 30 April for Q1, 31 July, 31 October, 31 January).
   */
  public LocalDate dueDate(Period quarter) {
    return requireQuarter(quarter).end().plusDays(1).plusMonths(policy.reportDueMonths()).minusDays(1);
  }

  /**
   * The report for a quarter: every decision reportable on at least one of its days.
   *
   * @param decisions not null
   * @param quarter a quarter; not null
   * @throws InvalidValueException with {@link QmsErrorCode#REPORT_PERIOD_NOT_QUARTER} if the
   *     period is not a quarter
   */
  public QuarterReport report(List<FavourableDecision> decisions, Period quarter) {
    requireQuarter(quarter);
    List<QuarterReportEntry> entries = new ArrayList<>();
    for (FavourableDecision d : Checks.present(decisions, "decisions")) {
      Optional<WaitingPeriod> found = rule.reportablePeriodDuring(d, quarter);
      if (found.isEmpty()) {
        continue;
      }
      WaitingPeriod p = found.get();
      LocalDate from = rule.firstReportableDay(p);
      LocalDate end = quarter.end();
      List<LocalDate> offers = new ArrayList<>();
      List<LocalDate> declines = new ArrayList<>();
      for (ExecutionEvent e : d.history()) {
        boolean inWait = !e.date().isBefore(p.start()) && !e.date().isAfter(end) && p.waitsOn(e.date());
        if (inWait && e.command() == ExecutionCommandType.OFFER) {
          offers.add(e.date());
        } else if (inWait && e.command() == ExecutionCommandType.DECLINE) {
          declines.add(e.date());
        }
      }
      Optional<LocalDate> closed = p.closedOn().filter(c -> !c.isAfter(end));
      entries.add(
          QuarterReportEntry.builder()
              .decisionId(d.id())
              .insats(d.insats())
              .gender(d.gender())
              .decided(d.decided())
              .kind(p.kind())
              .waitingSince(p.start())
              .reportableFrom(from)
              .newlyReportable(quarter.contains(from))
              .addAllOffers(offers)
              .addAllDeclines(declines)
              .delayReason(d.delayReason())
              .delayReasonText(d.delayReasonText())
              .closedOn(closed)
              .closedBy(closed.isPresent() ? p.closedBy() : Optional.empty())
              .monthsWaited(p.monthsWaitedOn(end))
              .build());
    }
    return QuarterReport.of(quarter, entries);
  }

  /** The findings on a register's decisions and reports as of {@code asOf}. */
  public List<Finding> findings(UnexecutedDecisionRegister register, LocalDate asOf) {
    Checks.present(register, "register");
    return findings(register.decisions(), register.reports(), asOf);
  }

  /**
   * The findings as of {@code asOf}: missing and late quarterly reports for every quarter from the
   * first with a decision or report up to the one holding {@code asOf}, by quarter, law and
   * recipient; then notes on the sanction range, in the order of the decisions.
   *
   * @param decisions not null
   * @param reports the reports submitted; not null
   * @param asOf the day judged; not null
   */
  public List<Finding> findings(
      List<FavourableDecision> decisions, List<SubmittedReport> reports, LocalDate asOf) {
    List<Finding> out = new ArrayList<>(reportFindings(decisions, reports, asOf));
    out.addAll(sanctionNotes(decisions, asOf));
    return List.copyOf(out);
  }

  /**
   * The findings on missing and late quarterly reports as of {@code asOf} ({@value
   * #REPORT_MISSING}, {@value #REPORT_LATE}), by quarter, law and recipient: those of {@link
   * #findings(List, List, LocalDate)} without the sanction notes.
   *
   * <p>Counts, for each quarter and law, the decisions {@link #report(List, Period)} would list,
   * in one pass over the decisions rather than by building each quarter's report.
   *
   * @param decisions not null
   * @param reports the reports submitted; not null
   * @param asOf the day judged; not null
   */
  public List<Finding> reportFindings(
      List<FavourableDecision> decisions, List<SubmittedReport> reports, LocalDate asOf) {
    Checks.present(decisions, "decisions");
    Checks.present(reports, "reports");
    Checks.present(asOf, "asOf");
    Optional<Period> first = firstQuarter(decisions, reports);
    Period last = Period.containing(PeriodKind.QUARTER, asOf);
    if (first.isEmpty() || first.get().compareTo(last) > 0) {
      return List.of();
    }
    int[][] counts = reportableCounts(decisions, first.get(), last);
    List<Finding> out = new ArrayList<>();
    int n = 0;
    for (Period q = first.get(); q.compareTo(last) <= 0; q = q.next(), n++) {
      LocalDate due = dueDate(q);
      for (Law law : Law.values()) {
        int count = counts[n][law.ordinal()];
        if (!policy.reportWhenNone() && count == 0) {
          continue;
        }
        for (Recipient recipient : policy.recipients()) {
          Optional<SubmittedReport> submitted = submitted(reports, q, law, recipient, asOf);
          if (submitted.isEmpty() && asOf.isAfter(due)) {
            out.add(missing(q, law, recipient, due, count));
          } else if (submitted.isPresent() && submitted.get().submitted().isAfter(due)) {
            out.add(late(q, law, recipient, due, submitted.get().submitted()));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * For each quarter from {@code first} to {@code last} and each law, the number of decisions
   * reportable on at least one day of the quarter ({@link Reportability#isReportableDuring}): a
   * waiting period is reportable from its first reportable day up to the day before it closes, so
   * it counts in every quarter from the one holding the first day to the one holding that day
   * before. A decision counts once per quarter however many of its periods are reportable then.
   */
  private int[][] reportableCounts(List<FavourableDecision> decisions, Period first, Period last) {
    int base = quarterNumber(first.start());
    int quarters = quarterNumber(last.start()) - base + 1;
    int[][] counts = new int[quarters][Law.values().length];
    int[] countedFor = new int[quarters]; // the serial of the decision last counted in a quarter
    int serial = 0;
    for (FavourableDecision d : decisions) {
      serial++;
      int law = d.law().ordinal();
      for (WaitingPeriod p : d.waitingPeriods()) {
        LocalDate from = rule.firstReportableDay(p);
        Optional<LocalDate> closed = p.closedOn();
        if (closed.isPresent() && !from.isBefore(closed.get())) {
          continue; // closed within the limit: never reportable
        }
        int to = closed.isPresent() ? quarterNumber(closed.get().minusDays(1)) - base : quarters - 1;
        for (int q = Math.max(0, quarterNumber(from) - base); q <= Math.min(to, quarters - 1); q++) {
          if (countedFor[q] != serial) {
            countedFor[q] = serial;
            counts[q][law]++;
          }
        }
      }
    }
    return counts;
  }

  /** Quarters since year 0: consecutive quarters have consecutive numbers. */
  private static int quarterNumber(LocalDate day) {
    return day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
  }

  /**
   * The notes on the sanction range as of {@code asOf} ({@value #SANCTION_RANGE}), in the order of
   * the decisions: those of {@link #findings(List, List, LocalDate)} without the report findings.
   *
   * @param decisions not null
   * @param asOf the day judged; not null
   */
  public List<Finding> sanctionNotes(List<FavourableDecision> decisions, LocalDate asOf) {
    Checks.present(decisions, "decisions");
    Checks.present(asOf, "asOf");
    List<Finding> out = new ArrayList<>();
    for (FavourableDecision d : decisions) {
      Optional<WaitingPeriod> p = rule.reportablePeriod(d, asOf);
      if (p.isPresent() && p.get().monthsWaitedOn(asOf) >= policy.sanctionNoteAfterMonths()) {
        out.add(sanctionNote(d, p.get().monthsWaitedOn(asOf)));
      }
    }
    return List.copyOf(out);
  }

  static Optional<Period> firstQuarter(
      List<FavourableDecision> decisions, List<SubmittedReport> reports) {
    LocalDate earliest = null;
    for (FavourableDecision d : decisions) {
      earliest = earliest == null || d.decided().isBefore(earliest) ? d.decided() : earliest;
    }
    Period first = earliest == null ? null : Period.containing(PeriodKind.QUARTER, earliest);
    for (SubmittedReport r : reports) {
      first = first == null || r.quarter().compareTo(first) < 0 ? r.quarter() : first;
    }
    return Optional.ofNullable(first);
  }

  private static Optional<SubmittedReport> submitted(
      List<SubmittedReport> reports, Period q, Law law, Recipient recipient, LocalDate asOf) {
    for (SubmittedReport r : reports) {
      if (r.quarter().equals(q)
          && r.law() == law
          && r.recipient() == recipient
          && !r.submitted().isAfter(asOf)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private Finding missing(Period q, Law law, Recipient recipient, LocalDate due, int count) {
    return Finding.builder()
        .ruleId(REPORT_MISSING)
        .severity(FindingSeverity.ERROR)
        .messageSv(
            "Rapporten om ej verkställda beslut enligt "
                + law.abbreviation()
                + " för "
                + q
                + " till "
                + recipient.swedish()
                + " saknas ("
                + count
                + " beslut att rapportera); den skulle ha lämnats senast "
                + due
                + ".")
        .messageEn(
            "The report on decisions not carried out under "
                + law.abbreviation()
                + " for "
                + q
                + " to "
                + recipient.english()
                + " is missing ("
                + count
                + " decisions to report); it was due by "
                + due
                + ".")
        .basis(policy.reportingReference(law))
        .subject(subject(q, law, recipient))
        .build();
  }

  private Finding late(Period q, Law law, Recipient recipient, LocalDate due, LocalDate on) {
    return Finding.builder()
        .ruleId(REPORT_LATE)
        .severity(FindingSeverity.WARNING)
        .messageSv(
            "Rapporten om ej verkställda beslut enligt "
                + law.abbreviation()
                + " för "
                + q
                + " till "
                + recipient.swedish()
                + " lämnades "
                + on
                + ", efter "
                + due
                + ".")
        .messageEn(
            "The report on decisions not carried out under "
                + law.abbreviation()
                + " for "
                + q
                + " to "
                + recipient.english()
                + " was submitted on "
                + on
                + ", after it was due on "
                + due
                + ".")
        .basis(policy.reportingReference(law))
        .subject(subject(q, law, recipient))
        .build();
  }

  private Finding sanctionNote(FavourableDecision d, long months) {
    String range =
        kronor(policy.sanctionMinimumKronor()) + "–" + kronor(policy.sanctionMaximumKronor()) + " kr";
    return Finding.builder()
        .ruleId(SANCTION_RANGE)
        .severity(FindingSeverity.INFO)
        .messageSv(
            "Beslutet "
                + d.id()
                + " ("
                + d.insats()
                + ") har väntat på verkställighet i "
                + months
                + " månader; IVO kan ansöka hos förvaltningsrätten om särskild avgift på "
                + range
                + ".")
        .messageEn(
            "Decision "
                + d.id()
                + " ("
                + d.insats().label()
                + ", "
                + d.law().abbreviation()
                + ") has waited "
                + months
                + " months to be carried out; IVO may apply to the administrative court for a"
                + " special fee of "
                + range
                + ".")
        .basis(policy.sanctionReference(d.law()))
        .subject("unexecutedDecisions/" + d.id())
        .build();
  }

  /** 1000000 → "1 000 000", as the seeds print amounts. */
  static String kronor(long amount) {
    String digits = Long.toString(amount);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(' ');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  private static String subject(Period q, Law law, Recipient recipient) {
    return "unexecutedDecisionReports/" + q + "/" + law.name() + "/" + recipient.name();
  }

  private static Period requireQuarter(Period quarter) {
    Checks.present(quarter, "quarter");
    if (quarter.kind() != PeriodKind.QUARTER) {
      throw InvalidValueException.violates(
          QmsErrorCode.REPORT_PERIOD_NOT_QUARTER, "quarter", quarter, "must be a quarter");
    }
    return quarter;
  }

  @Override
  public String toString() {
    return "QuarterlyReporting{due " + policy.reportDueMonths() + " months after the quarter}";
  }
}
