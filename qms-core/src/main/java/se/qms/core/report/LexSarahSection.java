package se.qms.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.qms.core.improvement.Ratio;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.lexsarah.LexSarahStatistics;
import se.qms.core.lexsarah.ProviderKind;
import se.qms.core.measure.Period;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;

/**
 * Lex Sarah: the year's compilation of staff reports of missförhållanden (SOSFS 2011:9 5 kap. 5 §
 * and 6 §; SoL 14 kap. 3–7 §§, LSS 24 a–g §§), as seed 000 §4.3.2.1 (Örnsköldsvik 2016) prints it,
 * with the notifications to IVO of seed 001 and seed 004 §6.4.3.
 *
 * <p>A report belongs to the year it was reported in (31 December in, 1 January out); a
 * notification to the year it was made. The tables count the reports of the own activity (egen
 * regi), as the seed does; the table per tertial also shows enskild verksamhet. Tables, by id:
 *
 * <ul>
 *   <li>{@code lex-sarah-tertials}: reports per tertial, egen regi and enskild verksamhet;
 *   <li>{@code lex-sarah-committees}: reports per nämnd with shares;
 *   <li>{@code lex-sarah-units}: reports per unit and tertial;
 *   <li>{@code lex-sarah-categories}: categories per nämnd — a report counts once in each of its
 *       categories, so the total is the number of category mentions (119 in 108 reports);
 *   <li>{@code lex-sarah-assessments}: reports by their latest assessment;
 *   <li>{@code lex-sarah-summary}: reports, individuals concerned and notifications to IVO, with the
 *       change from the year before when that year has reports (85 to 108, +27 %).
 * </ul>
 *
 * Every figure names the reports it counts ({@code lexSarahCases/<id>}). Without reports in the
 * year the section writes nothing. Stateless and thread-safe.
 */
final class LexSarahSection implements ReportContributor {
  static final String COLLECTION = "lexSarahCases";
  private static final Text TOTAL = Tables.TOTAL;
  private static final Text EGEN_REGI_NOTE =
      Text.of("Rapporter från verksamhet i egen regi.", "Reports from the municipality's own activities.");

  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    Optional<LexSarahRegister> register = context.system().part(LexSarahRegister.class);
    if (register.isEmpty()) {
      return;
    }
    Organisation organisation = context.system().organisation();
    Period year = context.period();
    LexSarahStatistics all = LexSarahStatistics.of(register.get()).withOrganisation(organisation);
    LexSarahStatistics inYear = all.within(year);
    LexSarahStatistics own = all.where(c -> c.provider() == ProviderKind.MUNICIPAL);
    LexSarahStatistics ownYear = own.within(year);
    if (inYear.reports() == 0 && own.notifiedToIvo(year) == 0) {
      return;
    }
    SectionKind s = SectionKind.LEX_SARAH;
    if (inYear.reports() > 0) {
      draft.add(s, tertials(inYear, context.year()));
    }
    if (ownYear.reports() > 0) {
      draft.add(s, committees(ownYear, organisation));
      draft.add(s, units(ownYear, organisation, context.year()));
      if (ownYear.categoryMentions() > 0) {
        draft.add(s, categories(ownYear, organisation));
      }
      draft.add(s, assessments(ownYear));
    }
    draft.add(s, summary(own, context.year()));
    draft.add(s, paragraph(own, ownYear, inYear, context.year()));
  }

  static List<RecordRef> refs(List<LexSarahCase> cases) {
    List<RecordRef> out = new ArrayList<>(cases.size());
    for (LexSarahCase c : cases) {
      out.add(RecordRef.of(COLLECTION, c.id()));
    }
    return CrossTables.sorted(out);
  }

  private static List<RecordRef> refs(LexSarahStatistics stats, Predicate<? super LexSarahCase> filter) {
    return refs(stats.where(filter).cases());
  }

  private static ReportTable tertials(LexSarahStatistics inYear, int year) {
    CrossTables.Shape t =
        CrossTables.of(
                "lex-sarah-tertials",
                Text.of("Lex Sarah-rapporter per tertial " + year, "Lex Sarah reports by tertial " + year),
                Text.of("Tertial", "Tertial"),
                List.of(
                    Text.of(ProviderKind.MUNICIPAL.swedish(), ProviderKind.MUNICIPAL.english()),
                    Text.of(ProviderKind.PRIVATE.swedish(), ProviderKind.PRIVATE.english())))
            .totalColumn(TOTAL)
            .totalRow(TOTAL);
    for (int n = 1; n <= 3; n++) {
      Period tertial = Period.tertial(year, n);
      LexSarahStatistics in = inYear.within(tertial);
      t.line(
          Text.of("T" + n + " " + year),
          List.of(
              refs(in, c -> c.provider() == ProviderKind.MUNICIPAL),
              refs(in, c -> c.provider() == ProviderKind.PRIVATE)));
    }
    return t.build();
  }

  private static ReportTable committees(LexSarahStatistics ownYear, Organisation organisation) {
    List<Tables.Count> counts = new ArrayList<>();
    List<String> ids = committeeIds(ownYear, organisation);
    List<Text> names = labels(organisation, ids);
    for (int i = 0; i < ids.size(); i++) {
      String committee = ids.get(i);
      counts.add(new Tables.Count(names.get(i), refs(ownYear, c -> c.committeeId().equals(committee))));
    }
    return Tables.countsWithShares(
        "lex-sarah-committees",
        Text.of("Lex Sarah-rapporter per nämnd", "Lex Sarah reports by committee"),
        Text.of("Nämnd", "Committee"),
        counts);
  }

  private static ReportTable units(LexSarahStatistics ownYear, Organisation organisation, int year) {
    List<Text> columns = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      columns.add(Text.of("T" + n));
    }
    CrossTables.Shape t =
        CrossTables.of(
                "lex-sarah-units",
                Text.of("Lex Sarah-rapporter per enhet och tertial " + year,
                    "Lex Sarah reports by unit and tertial " + year),
                Text.of("Enhet", "Unit"),
                columns)
            .totalColumn(TOTAL)
            .totalRow(TOTAL)
            .note(EGEN_REGI_NOTE);
    Map<String, Boolean> unitIds = new LinkedHashMap<>();
    for (OrganisationUnit u : organisation.units()) {
      if (ownYear.cases().stream().anyMatch(c -> c.unitId().equals(Optional.of(u.id())))) {
        unitIds.put(u.id(), true);
      }
    }
    ownYear.cases().stream()
        .map(LexSarahCase::unitId)
        .flatMap(Optional::stream)
        .sorted()
        .forEach(id -> unitIds.putIfAbsent(id, true));
    List<String> ids = new ArrayList<>(unitIds.keySet());
    List<Text> names = labels(organisation, ids);
    for (int i = 0; i < ids.size(); i++) {
      Optional<String> unit = Optional.of(ids.get(i));
      t.line(names.get(i), byTertial(ownYear.where(c -> c.unitId().equals(unit)), year));
    }
    LexSarahStatistics unknown = ownYear.where(c -> c.unitId().isEmpty());
    if (unknown.reports() > 0) {
      t.line(Text.of("Enhet ej angiven", "Unit not given"), byTertial(unknown, year));
    }
    return t.build();
  }

  private static List<List<RecordRef>> byTertial(LexSarahStatistics stats, int year) {
    List<List<RecordRef>> cells = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      cells.add(refs(stats.within(Period.tertial(year, n)).cases()));
    }
    return cells;
  }

  /** Categories per nämnd; reports without a category are left out (see the paragraph). */
  static ReportTable categories(LexSarahStatistics ownYear, Organisation organisation) {
    List<String> committees = committeeIds(ownYear, organisation);
    List<Text> columns = labels(organisation, committees);
    CrossTables.Shape t =
        CrossTables.of(
                "lex-sarah-categories",
                Text.of("Kategorier som rapporterna innefattar", "Categories the reports concern"),
                Text.of("Kategori", "Category"),
                columns)
            .totalColumn(TOTAL)
            .totalRow(Text.of("Antal kategorier", "Number of categories"))
            .shareColumn(Tables.SHARE)
            .note(
                Text.of(
                    "En rapport räknas en gång i varje kategori den innefattar.",
                    "A report counts once in each category it concerns."));
    for (LexSarahCategory category : LexSarahCategory.values()) {
      List<List<RecordRef>> cells = new ArrayList<>();
      for (String committee : committees) {
        cells.add(
            refs(ownYear, c -> c.committeeId().equals(committee) && c.categories().contains(category)));
      }
      t.line(Text.of(category.swedish(), category.english()), cells);
    }
    return t.build();
  }

  private static ReportTable assessments(LexSarahStatistics ownYear) {
    List<Tables.Count> counts = new ArrayList<>();
    for (LexSarahAssessment a : LexSarahAssessment.values()) {
      counts.add(
          new Tables.Count(
              Text.of(a.swedish(), a.english()),
              refs(ownYear, c -> c.assessment().equals(Optional.of(a)))));
    }
    List<RecordRef> open = refs(ownYear, c -> c.assessment().isEmpty());
    if (!open.isEmpty()) {
      counts.add(new Tables.Count(Text.of("Ännu inte bedömd", "Not yet assessed"), open));
    }
    return Tables.countsWithShares(
        "lex-sarah-assessments",
        Text.of("Lex Sarah-rapporter efter bedömning", "Lex Sarah reports by assessment"),
        Text.of("Bedömning", "Assessment"),
        counts);
  }

  /** Reports, individuals and notifications, with the change from the year before if it had reports. */
  private static ReportTable summary(LexSarahStatistics own, int year) {
    Period current = Period.year(year);
    Period previous = Period.year(year - 1);
    boolean compare = own.count(previous) > 0;
    ReportTable.Builder t =
        ReportTable.builder(
            "lex-sarah-summary",
            Text.of("Lex Sarah i sammandrag", "Lex Sarah in summary"),
            Text.of("Uppgift", "Figure"));
    if (compare) {
      t.columns(Text.of(Integer.toString(year - 1)), Text.of(Integer.toString(year)),
          Text.of("Förändring", "Change"));
    } else {
      t.columns(Text.of(Integer.toString(year)));
    }
    LexSarahStatistics now = own.within(current);
    LexSarahStatistics before = own.within(previous);
    summaryRow(t, compare, Text.of("Rapporter", "Reports"),
        now.reports(), refs(now.cases()), before.reports(), refs(before.cases()));
    summaryRow(t, compare, Text.of("Berörda individer", "Individuals concerned"),
        now.individuals(), refs(now.cases()), before.individuals(), refs(before.cases()));
    List<LexSarahCase> notifiedNow = notified(own, current);
    List<LexSarahCase> notifiedBefore = notified(own, previous);
    summaryRow(t, compare, Text.of("Anmälningar till IVO", "Notifications to IVO"),
        notifiedNow.size(), refs(notifiedNow), notifiedBefore.size(), refs(notifiedBefore));
    if (compare) {
      t.change(0, 1, 2);
    }
    t.note(
        Text.of(
            EGEN_REGI_NOTE.sv() + " Anmälningar räknas det år de gjordes.",
            EGEN_REGI_NOTE.en() + " Notifications count in the year they were made."));
    return t.build();
  }

  private static List<LexSarahCase> notified(LexSarahStatistics stats, Period period) {
    return stats.where(c -> c.notified().map(period::contains).orElse(false)).cases();
  }

  private static void summaryRow(
      ReportTable.Builder t, boolean compare, Text label,
      long now, List<RecordRef> nowRefs, long before, List<RecordRef> beforeRefs) {
    ReportCell current = ReportCell.count(now, nowRefs);
    if (!compare) {
      t.row(ReportRow.of(label, List.of(current)));
      return;
    }
    ReportCell change;
    if (before == 0) {
      change = ReportCell.missing(Text.of("Inga året före", "None the year before"));
    } else {
      List<RecordRef> both = new ArrayList<>(beforeRefs);
      both.addAll(nowRefs);
      change =
          ReportCell.number(
              Ratio.change(before, now).percent(0).doubleValue(), 0, Text.of("%"),
              CrossTables.sorted(both));
    }
    t.row(ReportRow.of(label, List.of(ReportCell.count(before, beforeRefs), current, change)));
  }

  private static Paragraph paragraph(
      LexSarahStatistics own, LexSarahStatistics ownYear, LexSarahStatistics inYear, int year) {
    long reports = ownYear.reports();
    long privateReports = inYear.reports() - reports;
    long notified = own.notifiedToIvo(Period.year(year));
    long unclassified = ownYear.where(c -> c.categories().isEmpty()).reports();
    long unknownIndividuals = ownYear.reportsWithoutIndividualCount();
    StringBuilder sv = new StringBuilder();
    StringBuilder en = new StringBuilder();
    sv.append("Under ").append(year).append(" gjordes ").append(reports)
        .append(" lex Sarah-rapporter i egen regi");
    en.append("In ").append(year).append(", ").append(reports)
        .append(" lex Sarah reports were made in the municipality's own activities");
    Optional<Ratio> change = own.yearOnYearChange(year);
    if (change.isPresent()) {
      long before = own.count(Period.year(year - 1));
      sv.append(" (").append(before).append(" året före, en förändring med ")
          .append(signed(change.get())).append(")");
      en.append(" (").append(before).append(" the year before, a change of ")
          .append(signed(change.get())).append(")");
    }
    sv.append(". De innefattar ").append(ownYear.categoryMentions()).append(" kategorier och rör ")
        .append(ownYear.individuals()).append(" individer");
    en.append(". They concern ").append(ownYear.categoryMentions()).append(" categories and ")
        .append(ownYear.individuals()).append(" individuals");
    if (unknownIndividuals > 0) {
      sv.append(" (antalet saknas för ").append(unknownIndividuals).append(" rapporter)");
      en.append(" (the number is missing for ").append(unknownIndividuals).append(" reports)");
    }
    sv.append(". ").append(notified).append(" anmälningar gjordes till IVO under året.");
    en.append(". ").append(notified).append(" notifications were made to IVO during the year.");
    if (unclassified > 0) {
      sv.append(" ").append(unclassified).append(" rapporter saknar ännu kategori.");
      en.append(" ").append(unclassified).append(" reports have no category yet.");
    }
    if (privateReports > 0) {
      sv.append(" Därtill kom ").append(privateReports).append(" rapporter från enskild verksamhet.");
      en.append(" A further ").append(privateReports).append(" reports came from private providers.");
    }
    List<LexSarahCase> sources = new ArrayList<>(inYear.cases());
    sources.addAll(notified(own, Period.year(year)));
    return Paragraph.of(Text.of(sv.toString(), en.toString()), refs(sources));
  }

  private static String signed(Ratio change) {
    String text = change.formatPercent(0);
    return change.numerator() > 0 ? "+" + text : text;
  }

  /** The committees of the cases, in the organisation's order, then by id. */
  private static List<String> committeeIds(LexSarahStatistics stats, Organisation organisation) {
    List<String> ids = new ArrayList<>();
    for (OrganisationUnit u : organisation.units()) {
      if (stats.cases().stream().anyMatch(c -> c.committeeId().equals(u.id()))) {
        ids.add(u.id());
      }
    }
    stats.cases().stream()
        .map(LexSarahCase::committeeId)
        .filter(id -> !ids.contains(id))
        .distinct()
        .sorted()
        .forEach(ids::add);
    return ids;
  }

  /** The unit's name, or its id when the organisation does not know it. */
  private static String name(Organisation organisation, String unitId) {
    return organisation.unit(unitId).map(OrganisationUnit::name).orElse(unitId);
  }

  /** Names as row labels, with the id added to a name another unit also bears. */
  private static List<Text> labels(Organisation organisation, List<String> unitIds) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (String id : unitIds) {
      seen.merge(name(organisation, id), 1, Integer::sum);
    }
    List<Text> out = new ArrayList<>();
    for (String id : unitIds) {
      String n = name(organisation, id);
      out.add(Text.of(seen.get(n) > 1 ? n + " (" + id + ")" : n));
    }
    return out;
  }
}
