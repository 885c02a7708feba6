package se.qms.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.improvement.CaseRecord;
import se.qms.core.improvement.CaseRecordSet;
import se.qms.core.improvement.CaseType;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.Deviation;
import se.qms.core.measure.Period;
import se.qms.core.organisation.OrganisationUnit;

/**
 * Complaints and comments (SOSFS 2011:9 5 kap. 3 §) and deviations, compiled for patterns and
 * trends (5 kap. 6 §; seed 001 Tabell 15, seed 004 §6.4.1–6.4.2, seed 000 §4.3.1).
 *
 * <p>Full cases count in the year they were received (complaints) or reported (deviations), by
 * kind, subject and source, or by category and unit, each with shares of the year's total. Case
 * record sets — cases known only as counts — are shown each as its own table, never merged with
 * each other or with the full cases: by the facts their lines differ in, with shares of the set's
 * total; as a series by period when the lines differ only in period; and as periods by one other
 * fact, with totals of both, when they differ in period and that fact.
 */
final class ImprovementSections implements ReportContributor {
  private static final Text UNKNOWN = Text.of("Uppgift saknas", "Not given");

  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    QualitySystem system = context.system();
    Period year = context.period();
    List<Complaint> complaints = new ArrayList<>();
    for (Complaint c : system.complaints()) {
      if (year.contains(c.received())) {
        complaints.add(c);
      }
    }
    List<Deviation> deviations = new ArrayList<>();
    for (Deviation d : system.deviations()) {
      if (year.contains(d.reported())) {
        deviations.add(d);
      }
    }
    if (!complaints.isEmpty()) {
      complaintTables(context, complaints, draft);
    }
    if (!deviations.isEmpty()) {
      deviationTables(context, deviations, draft);
    }
    for (CaseRecordSet set : system.caseRecordSets()) {
      SectionKind at = set.type() == CaseType.COMPLAINT ? SectionKind.COMPLAINTS : SectionKind.DEVIATIONS;
      draft.add(at, recordSetTable(set));
    }
  }

  private static void complaintTables(ReportContext context, List<Complaint> complaints, ReportDraft draft) {
    int y = context.year();
    draft.add(
        SectionKind.COMPLAINTS,
        Paragraph.of(
            Text.of(
                complaints.size() + " klagomål och synpunkter togs emot " + y + ".",
                complaints.size() + " complaints and comments were received in " + y + "."),
            refs(complaints, Complaint::id, "complaints")));
    draft.add(
        SectionKind.COMPLAINTS,
        byKey(
            "complaints-by-kind", Text.of("Klagomål och synpunkter per ärendetyp " + y, "Complaints and comments by kind " + y),
            Text.of("Ärendetyp", "Kind"), complaints, "complaints", Complaint::id,
            c -> Text.of(c.kind().swedish(), c.kind().english())));
    draft.add(
        SectionKind.COMPLAINTS,
        byKey(
            "complaints-by-subject", Text.of("Klagomål och synpunkter per ämne " + y, "Complaints and comments by subject " + y),
            Text.of("Ämne", "Subject"), complaints, "complaints", Complaint::id,
            c -> c.subject().map(s -> Text.of(s.label())).orElse(UNKNOWN)));
    draft.add(
        SectionKind.COMPLAINTS,
        byKey(
            "complaints-by-source", Text.of("Klagomål och synpunkter per avsändare " + y, "Complaints and comments by source " + y),
            Text.of("Avsändare", "Source"), complaints, "complaints", Complaint::id,
            c -> c.source().map(s -> Text.of(s.swedish(), s.english())).orElse(UNKNOWN)));
  }

  private static void deviationTables(ReportContext context, List<Deviation> deviations, ReportDraft draft) {
    int y = context.year();
    List<Deviation> withAction = new ArrayList<>();
    for (Deviation d : deviations) {
      if (!d.actionIds().isEmpty()) {
        withAction.add(d);
      }
    }
    draft.add(
        SectionKind.DEVIATIONS,
        Paragraph.of(
            Text.of(
                deviations.size() + " avvikelser rapporterades " + y + "; " + withAction.size()
                    + " av dem har lett till dokumenterade åtgärder.",
                deviations.size() + " deviations were reported in " + y + "; " + withAction.size()
                    + " of them led to documented actions."),
            refs(deviations, Deviation::id, "deviations")));
    draft.add(
        SectionKind.DEVIATIONS,
        byKey(
            "deviations-by-category", Text.of("Avvikelser per kategori " + y, "Deviations by category " + y),
            Text.of("Kategori", "Category"), deviations, "deviations", Deviation::id,
            d -> d.category().map(c -> Text.of(c.label())).orElse(UNKNOWN)));
    draft.add(
        SectionKind.DEVIATIONS,
        byKey(
            "deviations-by-unit", Text.of("Avvikelser per enhet " + y, "Deviations by unit " + y),
            Text.of("Enhet", "Unit"), deviations, "deviations", Deviation::id,
            d -> Text.of(
                context.system().organisation().unit(d.unitId()).map(OrganisationUnit::name).orElse(d.unitId()))));
  }

  private static <T> List<RecordRef> refs(List<T> items, Function<T, String> id, String collection) {
    List<RecordRef> out = new ArrayList<>(items.size());
    for (T t : items) {
      out.add(RecordRef.of(collection, id.apply(t)));
    }
    return out;
  }

  /** Counts of {@code items} by a label, in order of first appearance, with shares of the total. */
  private static <T> ReportTable byKey(
      String id, Text caption, Text header, List<T> items, String collection,
      Function<T, String> idOf, Function<T, Text> key) {
    Map<Text, List<RecordRef>> groups = new LinkedHashMap<>();
    for (T t : items) {
      groups.computeIfAbsent(key.apply(t), k -> new ArrayList<>()).add(RecordRef.of(collection, idOf.apply(t)));
    }
    List<Tables.Count> counts = new ArrayList<>();
    groups.forEach((label, refs) -> counts.add(new Tables.Count(label, refs)));
    return Tables.countsWithShares(id, caption, header, counts, 1);
  }

  /** The facts a record set's lines can differ in. */
  private enum Fact {
    PERIOD(Text.of("Period", "Period"), r -> r.period().map(p -> Text.of(p.toString()))),
    ORGANISATION(Text.of("Organisation", "Organisation"), r -> r.organisation().map(Text::of)),
    UNIT(Text.of("Enhet", "Unit"), r -> r.unit().map(Text::of)),
    CATEGORY(Text.of("Kategori", "Category"), r -> r.category().map(c -> Text.of(c.label()))),
    KIND(Text.of("Ärendetyp", "Kind"), r -> r.kind().map(k -> Text.of(k.swedish(), k.english()))),
    SUBJECT(Text.of("Ämne", "Subject"), r -> r.subject().map(c -> Text.of(c.label()))),
    SOURCE(Text.of("Avsändare", "Source"), r -> r.source().map(s -> Text.of(s.swedish(), s.english()))),
    ACTION(
        Text.of("Ledde till dokumenterad åtgärd", "Led to a documented action"),
        r -> r.ledToDocumentedAction().map(b -> b ? Text.of("Ja", "Yes") : Text.of("Nej", "No")));

    final Text header;
    final Function<CaseRecord, Optional<Text>> value;

    Fact(Text header, Function<CaseRecord, Optional<Text>> value) {
      this.header = header;
      this.value = value;
    }

    Text of(CaseRecord r) {
      return value.apply(r).orElse(UNKNOWN);
    }
  }

  /** One record set as a table of its own. */
  static ReportTable recordSetTable(CaseRecordSet set) {
    List<Fact> varying = new ArrayList<>();
    for (Fact f : Fact.values()) {
      Text first = f.of(set.lines().get(0).record());
      for (CaseRecordSet.Line l : set.lines()) {
        if (!f.of(l.record()).equals(first)) {
          varying.add(f);
          break;
        }
      }
    }
    Text caption =
        Text.of(
            set.title() + set.reference().map(r -> " (" + r + ")").orElse(""),
            set.title() + set.reference().map(r -> " (" + r + ")").orElse(""));
    Text header = varying.isEmpty() ? Text.of("Ärenden", "Cases") : joinHeaders(varying);
    Map<Text, List<RecordRef>> groups = new LinkedHashMap<>();
    Map<Text, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < set.lines().size(); i++) {
      CaseRecordSet.Line l = set.lines().get(i);
      Text label = varying.isEmpty() ? Text.of(set.title()) : joinValues(varying, l.record());
      List<RecordRef> refs = groups.computeIfAbsent(label, k -> new ArrayList<>());
      if (l.count() > 0) {
        refs.add(RecordRef.of("caseRecordSets", set.id() + "/lines/" + i));
      }
      counts.merge(label, (long) l.count(), Long::sum);
    }
    String id = "case-records-" + set.id();
    if (varying.size() == 2 && varying.get(0) == Fact.PERIOD) {
      return periodCrossTable(id, caption, set, varying.get(1));
    }
    if (varying.size() == 1 && varying.get(0) == Fact.PERIOD) {
      ReportTable.Builder t =
          ReportTable.builder(id, caption, Fact.PERIOD.header).columns(Tables.COUNT);
      groups.forEach(
          (label, refs) -> t.row(ReportRow.of(label, List.of(ReportCell.count(counts.get(label), refs)))));
      return t.note(Text.of("Antal ärenden per period.", "Cases per period.")).build();
    }
    List<Tables.Count> rows = new ArrayList<>();
    groups.forEach((label, refs) -> rows.add(new Tables.Count(label, counts.get(label), refs)));
    return Tables.countsWithShares(id, caption, header, rows, 1);
  }

  /**
   * A set whose lines differ in period and one other fact, as the seeds print such series (seed 004
   * §6.4.1 "Antal synpunkter": years down, kinds across, a total column): a row per period, a column
   * per value of the fact, totals of both.
   */
  private static ReportTable periodCrossTable(String id, Text caption, CaseRecordSet set, Fact fact) {
    List<Text> periods = new ArrayList<>();
    List<Text> values = new ArrayList<>();
    Map<List<Text>, Long> counts = new LinkedHashMap<>();
    Map<List<Text>, List<RecordRef>> sources = new LinkedHashMap<>();
    for (int i = 0; i < set.lines().size(); i++) {
      CaseRecordSet.Line l = set.lines().get(i);
      Text period = Fact.PERIOD.of(l.record());
      Text value = fact.of(l.record());
      if (!periods.contains(period)) {
        periods.add(period);
      }
      if (!values.contains(value)) {
        values.add(value);
      }
      List<Text> key = List.of(period, value);
      counts.merge(key, (long) l.count(), Long::sum);
      List<RecordRef> refs = sources.computeIfAbsent(key, k -> new ArrayList<>());
      if (l.count() > 0) {
        refs.add(RecordRef.of("caseRecordSets", set.id() + "/lines/" + i));
      }
    }
    List<Text> headers = new ArrayList<>(values);
    headers.add(Tables.TOTAL);
    ReportTable.Builder t =
        ReportTable.builder(id, caption, Fact.PERIOD.header).columns(headers.toArray(new Text[0]));
    long[] columnTotals = new long[values.size() + 1];
    List<List<RecordRef>> columnSources = new ArrayList<>();
    for (int c = 0; c <= values.size(); c++) {
      columnSources.add(new ArrayList<>());
    }
    int[] parts = new int[periods.size()];
    for (int r = 0; r < periods.size(); r++) {
      List<ReportCell> cells = new ArrayList<>();
      long rowTotal = 0;
      List<RecordRef> rowSources = new ArrayList<>();
      for (int c = 0; c < values.size(); c++) {
        List<Text> key = List.of(periods.get(r), values.get(c));
        long n = counts.getOrDefault(key, 0L);
        List<RecordRef> refs = sources.getOrDefault(key, List.of());
        cells.add(ReportCell.count(n, refs));
        rowTotal += n;
        rowSources.addAll(refs);
        columnTotals[c] += n;
        columnSources.get(c).addAll(refs);
      }
      cells.add(ReportCell.count(rowTotal, rowSources));
      columnTotals[values.size()] += rowTotal;
      columnSources.get(values.size()).addAll(rowSources);
      parts[r] = t.row(ReportRow.of(periods.get(r), cells));
    }
    List<ReportCell> totals = new ArrayList<>();
    for (int c = 0; c <= values.size(); c++) {
      totals.add(ReportCell.count(columnTotals[c], columnSources.get(c)));
    }
    int totalRow = t.row(ReportRow.total(Tables.TOTAL, totals));
    int[] partColumns = new int[values.size()];
    for (int c = 0; c < values.size(); c++) {
      partColumns[c] = c;
    }
    t.rowTotals(partColumns, values.size());
    t.columnTotals(parts, totalRow);
    return t.note(Text.of(fact.header.sv() + " per period.", fact.header.en() + " by period.")).build();
  }

  private static Text joinHeaders(List<Fact> facts) {
    StringBuilder sv = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Fact f : facts) {
      if (sv.length() > 0) {
        sv.append(" · ");
        en.append(" · ");
      }
      sv.append(f.header.sv());
      en.append(f.header.en());
    }
    return Text.of(sv.toString(), en.toString());
  }

  private static Text joinValues(List<Fact> facts, CaseRecord r) {
    StringBuilder sv = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (Fact f : facts) {
      if (sv.length() > 0) {
        sv.append(" · ");
        en.append(" · ");
      }
      Text v = f.of(r);
      sv.append(v.sv());
      en.append(v.en());
    }
    return Text.of(sv.toString(), en.toString());
  }
}
