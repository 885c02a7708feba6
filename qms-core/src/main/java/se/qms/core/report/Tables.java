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

  /**
   * One labelled count with the records it counts; a record may stand for several cases (a line of
   * a case record set), so the number is kept apart from the references.
   */
  static final class Count {
    final Text label;
    final long n;
    final List<RecordRef> sources;

    Count(Text label, List<RecordRef> sources) {
      this(label, sources.size(), sources);
    }

    Count(Text label, long n, List<RecordRef> sources) {
      this.label = label;
      this.n = n;
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

  /** As {@link #countsWithShares(String, Text, Text, List)} with shares to {@code decimals}. */
  static ReportTable countsWithShares(
      String id, Text caption, Text labelHeader, List<Count> counts, int decimals) {
    ReportTable.Builder t = ReportTable.builder(id, caption, labelHeader).columns(COUNT, SHARE);
    List<RecordRef> all = new ArrayList<>();
    long total = 0;
    for (Count c : counts) {
      all.addAll(c.sources);
      total += c.n;
    }
    int[] parts = new int[counts.size()];
    for (int i = 0; i < counts.size(); i++) {
      Count c = counts.get(i);
      parts[i] = t.row(ReportRow.of(c.label, List.of(ReportCell.count(c.n, c.sources), share(c.n, total, decimals, c.sources))));
    }
    int totalRow =
        t.row(ReportRow.total(TOTAL, List.of(ReportCell.count(total, all), share(total, total, decimals, all))));
    if (!counts.isEmpty()) {
      t.columnTotals(parts, totalRow);
    }
    t.shares(0, 1, totalRow);
    return t.build();
  }

  private static ReportCell share(long n, long total, int decimals, List<RecordRef> sources) {
    return total == 0
        ? ReportCell.missing(Text.of("Inga ärenden", "No cases"))
        : ReportCell.share(Ratio.share(n, total), decimals, sources);
  }
}
