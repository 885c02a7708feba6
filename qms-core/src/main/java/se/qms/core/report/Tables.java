package se.qms.core.report;

import java.util.ArrayList;
import java.util.List;
import se.qms.core.improvement.Ratio;

/**
 * Shapes the section contributors share: a count table with shares of its total, and the record
 * references of a list of ids.
 */
final class Tables {
  static final Text COUNT = Text.of("Antal", "Number");
  static final Text SHARE = Text.of("Andel", "Share");
  static final Text TOTAL = Text.of("Totalt", "Total");

  private Tables() {}

  /** References to {@code ids} of {@code collection}. */
  static List<RecordRef> refs(String collection, List<String> ids) {
    List<RecordRef> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(RecordRef.of(collection, id));
    }
    return out;
  }

  /** One labelled count with the records it counts. */
  static final class Count {
    final Text label;
    final List<RecordRef> sources;

    Count(Text label, List<RecordRef> sources) {
      this.label = label;
      this.sources = List.copyOf(sources);
    }
  }

  /**
   * A table of counts, their shares of the total (whole per cent) and a total row, with the
   * relations that make the checker confirm it.
   */
  static ReportTable countsWithShares(String id, Text caption, Text labelHeader, List<Count> counts) {
    return countsWithShares(id, caption, labelHeader, counts, 0);
  }

  /**
   * As {@link #countsWithShares(String, Text, Text, List)} for counts of records that each stand
   * for several cases (a line of a case record set): {@code counts} gives the number per label.
   */
  static ReportTable countsWithShares(
      String id, Text caption, Text labelHeader, java.util.Map<Text, List<RecordRef>> sources,
      java.util.Map<Text, Long> counts, int decimals) {
    ReportTable.Builder t = ReportTable.builder(id, caption, labelHeader).columns(COUNT, SHARE);
    long total = 0;
    List<RecordRef> all = new ArrayList<>();
    for (java.util.Map.Entry<Text, Long> e : counts.entrySet()) {
      total += e.getValue();
      all.addAll(sources.get(e.getKey()));
    }
    int[] parts = new int[counts.size()];
    int i = 0;
    for (java.util.Map.Entry<Text, Long> e : counts.entrySet()) {
      List<RecordRef> refs = sources.get(e.getKey());
      parts[i++] =
          t.row(
              ReportRow.of(
                  e.getKey(),
                  List.of(
                      ReportCell.count(e.getValue(), refs),
                      total == 0
                          ? ReportCell.missing(Text.of("Inga ärenden", "No cases"))
                          : ReportCell.share(Ratio.share(e.getValue(), total), decimals, refs))));
    }
    int totalRow =
        t.row(
            ReportRow.total(
                TOTAL,
                List.of(
                    ReportCell.count(total, all),
                    total == 0
                        ? ReportCell.missing(Text.of("Inga ärenden", "No cases"))
                        : ReportCell.share(Ratio.share(total, total), decimals, all))));
    t.columnTotals(parts, totalRow);
    t.shares(0, 1, totalRow);
    return t.build();
  }

  /** As {@link #countsWithShares(String, Text, Text, List)} with shares to {@code decimals}. */
  static ReportTable countsWithShares(
      String id, Text caption, Text labelHeader, List<Count> counts, int decimals) {
    ReportTable.Builder t = ReportTable.builder(id, caption, labelHeader).columns(COUNT, SHARE);
    List<RecordRef> all = new ArrayList<>();
    counts.forEach(c -> all.addAll(c.sources));
    long total = all.size();
    int[] parts = new int[counts.size()];
    for (int i = 0; i < counts.size(); i++) {
      Count c = counts.get(i);
      parts[i] =
          t.row(
              ReportRow.of(
                  c.label,
                  List.of(
                      ReportCell.count(c.sources.size(), c.sources),
                      total == 0
                          ? ReportCell.missing(Text.of("Inga ärenden", "No cases"))
                          : ReportCell.share(Ratio.share(c.sources.size(), total), decimals, c.sources))));
    }
    int totalRow =
        t.row(
            ReportRow.total(
                TOTAL,
                List.of(
                    ReportCell.count(total, all),
                    total == 0
                        ? ReportCell.missing(Text.of("Inga ärenden", "No cases"))
                        : ReportCell.share(Ratio.share(total, total), decimals, all))));
    if (counts.size() > 0) {
      t.columnTotals(parts, totalRow);
    }
    t.shares(0, 1, totalRow);
    return t.build();
  }
}
