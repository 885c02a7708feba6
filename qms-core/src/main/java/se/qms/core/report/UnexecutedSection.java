package se.qms.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.qms.core.compliance.Finding;
import se.qms.core.measure.Period;
import se.qms.core.unexecuted.CountTable;
import se.qms.core.unexecuted.DelayReason;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.QuarterlyReporting;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.core.unexecuted.UnexecutedStatistics;
import se.qms.core.unexecuted.WaitingKind;
import se.qms.core.unexecuted.WaitingTimeBucket;
import se.qms.core.unexecuted.WaitingTimeScale;

/**
 * Ej verkställda beslut: favourable decisions not carried out within three months (SoL 16 kap. 6
 * f–h §§, LSS 28 f–h §§), reported per quarter to IVO, the auditors and the council, as the yearly
 * report compiles them: seed 001 Tabell 11–14 (Säffle 2019) and seed 004 §6.4.5 (Östersund,
 * "per den 31 december 2019").
 *
 * <p>Two populations, as {@link UnexecutedStatistics} defines them with the rule set's {@link
 * UnexecutedDecisionPolicy} (the defaults without one): the decisions reportable on some day of
 * the year, their wait measured to its end or the year's last day (seed 001: 53 decisions in
 * 2019), and those reportable on the year's last day — or on the day judged, if earlier — their
 * wait measured to that day (seed 004: 97). Tables, by id:
 *
 * <ul>
 *   <li>{@code unexecuted-sol-insats}, {@code unexecuted-lss-insats}: decisions reported during the
 *       year per insats, by gender and by reason for the delay (Tabell 11 and 13);
 *   <li>{@code unexecuted-sol-waiting}, {@code unexecuted-lss-waiting}: the same by gender and
 *       waiting time, in the buckets 3–6, 6–9, 9–12 and over 12 months (Tabell 12 and 14 print 6–12
 *       as one bucket: the sum of 6–9 and 9–12);
 *   <li>{@code unexecuted-year-end}: the decisions not carried out at the year's end per insats, by
 *       gender, with how many of them wait after an interruption (avbrott i verkställigheten);
 *   <li>{@code unexecuted-year-end-waiting}: those never carried out per insats and waiting time,
 *       "exkl avbrott i verkställighet".
 * </ul>
 *
 * A paragraph sums up and names the quarterly reports found missing or late ({@value
 * QuarterlyReporting#REPORT_MISSING}, {@value QuarterlyReporting#REPORT_LATE}) for quarters of the
 * year. Every figure names the decisions it counts ({@code unexecutedDecisions/<id>}). Without
 * decisions in either population the section writes nothing. Stateless and thread-safe.
 */
final class UnexecutedSection implements ReportContributor {
  static final String COLLECTION = "unexecutedDecisions";
  private static final WaitingTimeScale SCALE = WaitingTimeScale.quarterSteps();
  private static final Text DECISIONS = Text.of("Antal beslut", "Decisions");

  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    Optional<UnexecutedDecisionRegister> register =
        context.system().part(UnexecutedDecisionRegister.class);
    if (register.isEmpty()) {
      return;
    }
    UnexecutedDecisionPolicy policy =
        context.ruleSet().part(UnexecutedDecisionPolicy.class).orElse(UnexecutedDecisionPolicy.defaults());
    List<FavourableDecision> decisions = register.get().decisions();
    Period year = context.period();
    LocalDate day = context.asOf().isBefore(year.end()) ? context.asOf() : year.end();
    UnexecutedStatistics during = UnexecutedStatistics.reportedDuring(policy, decisions, year);
    UnexecutedStatistics atEnd = UnexecutedStatistics.reportableOn(policy, decisions, day);
    List<Finding> reporting = reportingFindings(context, year);
    if (during.size() == 0 && atEnd.size() == 0 && reporting.isEmpty()) {
      return;
    }
    SectionKind s = SectionKind.UNEXECUTED_DECISIONS;
    for (Law law : Law.values()) {
      UnexecutedStatistics ofLaw = during.only(law);
      if (ofLaw.size() > 0) {
        draft.add(s, byInsats(ofLaw, law, context.year()));
        draft.add(s, byGenderAndWaitingTime(ofLaw, law, context.year()));
      }
    }
    if (atEnd.size() > 0) {
      draft.add(s, yearEnd(atEnd, day));
      UnexecutedStatistics neverExecuted = atEnd.only(WaitingKind.EXECUTION);
      if (neverExecuted.size() > 0) {
        draft.add(s, yearEndWaiting(neverExecuted, day));
      }
    }
    draft.add(s, paragraph(during, atEnd, day, reporting, context.year()));
  }

  private static List<RecordRef> refs(List<FavourableDecision> decisions) {
    List<RecordRef> out = new ArrayList<>(decisions.size());
    for (FavourableDecision d : decisions) {
      out.add(RecordRef.of(COLLECTION, d.id()));
    }
    return CrossTables.sorted(out);
  }

  private static List<RecordRef> refs(UnexecutedStatistics stats, Predicate<FavourableDecision> filter) {
    List<FavourableDecision> kept = new ArrayList<>();
    for (FavourableDecision d : stats.decisions()) {
      if (filter.test(d)) {
        kept.add(d);
      }
    }
    return refs(kept);
  }

  private static String lawId(Law law) {
    return law.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Tabell 11 and 13: Antal beslut, Kvinnor, Män, then the reasons. */
  private static ReportTable byInsats(UnexecutedStatistics stats, Law law, int year) {
    CountTable shape = stats.byInsatsAndGender();
    boolean notGiven = stats.decisions().stream().anyMatch(d -> d.delayReason().isEmpty());
    ReportTable.Builder t =
        ReportTable.builder(
            "unexecuted-" + lawId(law) + "-insats",
            Text.of(
                "Ej verkställda beslut enligt " + law.abbreviation() + " rapporterade " + year
                    + ", per insats, kön och orsak",
                "Decisions under " + law.abbreviation() + " not carried out, reported in " + year
                    + ", by insats, gender and reason"),
            Text.of("Insats", "Insats"));
    t.columns(DECISIONS);
    for (Gender g : Gender.values()) {
      t.columns(Text.of(g.swedishPlural(), g == Gender.MAN ? "Men" : "Women"));
    }
    for (DelayReason r : DelayReason.values()) {
      t.columns(Text.of(r.swedish(), r.english()));
    }
    if (notGiven) {
      t.columns(Text.of("Ej angivet", "Not given"));
    }
    List<Predicate<FavourableDecision>> cols = new ArrayList<>();
    cols.add(d -> true);
    for (Gender g : Gender.values()) {
      cols.add(d -> d.gender() == g);
    }
    for (DelayReason r : DelayReason.values()) {
      cols.add(d -> d.delayReason().equals(Optional.of(r)));
    }
    if (notGiven) {
      cols.add(d -> d.delayReason().isEmpty());
    }
    List<String> codes = shape.rows();
    List<Text> labels = insatsLabels(stats, codes);
    int[] parts = new int[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      parts[i] = t.row(ReportRow.of(labels.get(i), cells(stats, d -> d.insats().code().equals(code), cols)));
    }
    int total = t.row(ReportRow.total(Tables.TOTAL, cells(stats, d -> true, cols)));
    t.columnTotals(parts, total);
    t.rowTotals(new int[] {1, 2}, 0);
    int reasons = DelayReason.values().length + (notGiven ? 1 : 0);
    int[] reasonColumns = new int[reasons];
    for (int i = 0; i < reasons; i++) {
      reasonColumns[i] = 3 + i;
    }
    t.rowTotals(reasonColumns, 0);
    return t.build();
  }

  private static List<ReportCell> cells(
      UnexecutedStatistics stats, Predicate<FavourableDecision> row, List<Predicate<FavourableDecision>> columns) {
    List<ReportCell> out = new ArrayList<>();
    for (Predicate<FavourableDecision> column : columns) {
      List<RecordRef> refs = refs(stats, row.and(column));
      out.add(ReportCell.count(refs.size(), refs));
    }
    return out;
  }

  /** Insats labels, with the law or code added where two insatser share one. */
  private static List<Text> insatsLabels(UnexecutedStatistics stats, List<String> codes) {
    Map<String, FavourableDecision> byCode = new HashMap<>();
    for (FavourableDecision d : stats.decisions()) {
      byCode.putIfAbsent(d.insats().code(), d);
    }
    Map<String, Integer> seen = new HashMap<>();
    for (String code : codes) {
      seen.merge(byCode.get(code).insats().label(), 1, Integer::sum);
    }
    List<Text> out = new ArrayList<>();
    for (String code : codes) {
      String label = byCode.get(code).insats().label();
      out.add(Text.of(seen.get(label) > 1 ? label + " (" + byCode.get(code).law().abbreviation() + ", " + code + ")" : label));
    }
    return out;
  }

  private static List<Text> bucketColumns() {
    List<Text> out = new ArrayList<>();
    for (WaitingTimeBucket b : SCALE.buckets()) {
      String en =
          b.toMonths().map(t -> b.fromMonths() + "–" + t + " months").orElse("Over " + b.fromMonths() + " months");
      out.add(Text.of(b.label(), en));
    }
    return out;
  }

  private static List<List<RecordRef>> byBucket(UnexecutedStatistics stats, Predicate<FavourableDecision> row) {
    List<List<RecordRef>> cells = new ArrayList<>();
    for (WaitingTimeBucket b : SCALE.buckets()) {
      cells.add(
          refs(stats, row.and(d -> stats.monthsWaited(d.id()).map(b::contains).orElse(false))));
    }
    return cells;
  }

  /** Tabell 12 and 14: Kvinna, Man by waiting time. */
  private static ReportTable byGenderAndWaitingTime(UnexecutedStatistics stats, Law law, int year) {
    CrossTables.Shape t =
        CrossTables.of(
                "unexecuted-" + lawId(law) + "-waiting",
                Text.of(
                    "Ej verkställda beslut enligt " + law.abbreviation() + " rapporterade " + year
                        + ", per kön och tid från beslut",
                    "Decisions under " + law.abbreviation() + " not carried out, reported in " + year
                        + ", by gender and time since the decision"),
                Text.of("Kön", "Gender"),
                bucketColumns())
            .totalColumn(Tables.TOTAL)
            .totalRow(Tables.TOTAL)
            .note(
                Text.of(
                    "Väntetiden räknas i hela månader till verkställigheten eller årets sista dag.",
                    "The wait counts complete months to the execution or the year's last day."));
    for (Gender g : Gender.values()) {
      t.line(Text.of(g.swedish(), g.english()), byBucket(stats, d -> d.gender() == g));
    }
    return t.build();
  }

  /** Seed 004: per insats and gender at the year's end, with the interrupted ones. */
  private static ReportTable yearEnd(UnexecutedStatistics stats, LocalDate day) {
    ReportTable.Builder t =
        ReportTable.builder(
            "unexecuted-year-end",
            Text.of(
                "Beslut som inte verkställts inom föreskriven tid per " + day + ", per insats och kön",
                "Decisions not carried out in time as of " + day + ", by insats and gender"),
            Text.of("Insats", "Insats"));
    List<Predicate<FavourableDecision>> cols = new ArrayList<>();
    for (Gender g : Gender.values()) {
      t.columns(Text.of(g.swedishPlural(), g == Gender.MAN ? "Men" : "Women"));
      cols.add(d -> d.gender() == g);
    }
    t.columns(Tables.TOTAL, Text.of("Varav avbrott i verkställigheten", "Of which interrupted"));
    cols.add(d -> true);
    UnexecutedStatistics interrupted = stats.only(WaitingKind.RESUMPTION);
    cols.add(d -> interrupted.monthsWaited(d.id()).isPresent());
    List<String> codes = stats.byInsatsAndGender().rows();
    List<Text> labels = insatsLabels(stats, codes);
    int[] parts = new int[codes.size()];
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      parts[i] = t.row(ReportRow.of(labels.get(i), cells(stats, d -> d.insats().code().equals(code), cols)));
    }
    int total = t.row(ReportRow.total(Tables.TOTAL, cells(stats, d -> true, cols)));
    t.columnTotals(parts, total);
    t.rowTotals(new int[] {0, 1}, 2);
    return t.build();
  }

  /** Seed 004 §6.4.5: never carried out, per insats and time since the decision. */
  private static ReportTable yearEndWaiting(UnexecutedStatistics stats, LocalDate day) {
    CrossTables.Shape t =
        CrossTables.of(
                "unexecuted-year-end-waiting",
                Text.of(
                    "Ej verkställda beslut per " + day + ", per insats och tid från beslut",
                    "Decisions not carried out as of " + day + ", by insats and time since the decision"),
                Text.of("Insats", "Insats"),
                bucketColumns())
            .totalColumn(Tables.TOTAL)
            .totalRow(
                Text.of(
                    "Summa exkl. avbrott i verkställigheten", "Total excluding interruptions"));
    List<String> codes = stats.byInsatsAndGender().rows();
    List<Text> labels = insatsLabels(stats, codes);
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      t.line(labels.get(i), byBucket(stats, d -> d.insats().code().equals(code)));
    }
    return t.build();
  }

  /** Findings on missing or late quarterly reports for quarters of the year. */
  private static List<Finding> reportingFindings(ReportContext context, Period year) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : context.compliance().findings()) {
      if (!f.ruleId().equals(QuarterlyReporting.REPORT_MISSING)
          && !f.ruleId().equals(QuarterlyReporting.REPORT_LATE)) {
        continue;
      }
      String[] parts = f.subject().split("/");
      if (parts.length > 1 && parts[1].startsWith(Integer.toString(year.year()))) {
        out.add(f);
      }
    }
    return out;
  }

  private static Paragraph paragraph(
      UnexecutedStatistics during, UnexecutedStatistics atEnd, LocalDate day, List<Finding> reporting, int year) {
    long interrupted = atEnd.only(WaitingKind.RESUMPTION).size();
    StringBuilder sv = new StringBuilder();
    StringBuilder en = new StringBuilder();
    sv.append("Under ").append(year).append(" rapporterades ").append(during.size())
        .append(" gynnande beslut som inte verkställts inom tre månader (")
        .append(during.only(Law.SOL).size()).append(" enligt SoL, ")
        .append(during.only(Law.LSS).size()).append(" enligt LSS). Per ").append(day)
        .append(" fanns ").append(atEnd.size()).append(" beslut som inte verkställts inom föreskriven tid, varav ")
        .append(interrupted).append(" efter avbrott i verkställigheten.");
    en.append("In ").append(year).append(", ").append(during.size())
        .append(" favourable decisions not carried out within three months were reported (")
        .append(during.only(Law.SOL).size()).append(" under SoL, ")
        .append(during.only(Law.LSS).size()).append(" under LSS). As of ").append(day).append(", ")
        .append(atEnd.size()).append(" decisions had not been carried out in time, ")
        .append(interrupted).append(" of them after an interruption.");
    long missing = reporting.stream().filter(f -> f.ruleId().equals(QuarterlyReporting.REPORT_MISSING)).count();
    long late = reporting.size() - missing;
    if (!reporting.isEmpty()) {
      sv.append(" Kvartalsrapporteringen till IVO, revisorerna och fullmäktige: ").append(missing)
          .append(" rapporter saknas och ").append(late).append(" lämnades för sent (SoL 16 kap. 6 f §, LSS 28 f §).");
      en.append(" Quarterly reporting to IVO, the auditors and the council: ").append(missing)
          .append(" reports are missing and ").append(late).append(" were submitted late (SoL 16 kap. 6 f §, LSS 28 f §).");
    }
    List<FavourableDecision> all = new ArrayList<>(during.decisions());
    all.addAll(atEnd.decisions());
    List<RecordRef> sources = new ArrayList<>(refs(all));
    for (Finding f : reporting) {
      sources.add(OverdueNeeds.ref(f.subject()));
    }
    return Paragraph.of(Text.of(sv.toString(), en.toString()), CrossTables.sorted(sources));
  }
}
