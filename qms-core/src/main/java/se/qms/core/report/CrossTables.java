package se.qms.core.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.qms.core.improvement.Ratio;

/**
 * Cross tables of counts for the section contributors of lex Sarah, ej verkställda beslut,
 * egenkontroller and åtgärder: part rows by part columns, each cell the records it counts, with an
 * optional total column (row totals), total row (column totals) and share column, and the relations
 * that let {@link TableChecker} confirm them. Sources are sorted, so that the same records give the
 * same list in every table and small-number protection masks them alike ({@link SmallNumbers}).
 */
final class CrossTables {
  private CrossTables() {}

  /** The records as a sorted list without repeats. */
  static List<RecordRef> sorted(Collection<RecordRef> refs) {
    RecordRef[] a = refs.toArray(new RecordRef[0]);
    java.util.Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (n == 0 || !a[i].equals(a[n - 1])) {
        a[n++] = a[i];
      }
    }
    return List.of(n == a.length ? a : java.util.Arrays.copyOf(a, n));
  }

  /** A count cell of {@code refs}, sorted. */
  static ReportCell count(Collection<RecordRef> refs) {
    List<RecordRef> s = sorted(refs);
    return ReportCell.count(s.size(), s);
  }

  /** One part row: its label and, per part column, the records counted. */
  static final class Line {
    final Text label;
    final List<List<RecordRef>> cells;

    Line(Text label, List<List<RecordRef>> cells) {
      this.label = label;
      List<List<RecordRef>> copy = new ArrayList<>();
      cells.forEach(c -> copy.add(sorted(c)));
      this.cells = List.copyOf(copy);
    }
  }

  /** Starts a cross table of {@code columns} part columns. */
  static Shape of(String id, Text caption, Text labelHeader, List<Text> columns) {
    return new Shape(id, caption, labelHeader, columns);
  }

  /** What a cross table shows; not thread-safe. */
  static final class Shape {
    private final String id;
    private final Text caption;
    private final Text labelHeader;
    private final List<Text> columns;
    private final List<Line> lines = new ArrayList<>();
    private Text totalColumn;
    private Text totalRow;
    private Text shareColumn;
    private Text note = Text.empty();

    private Shape(String id, Text caption, Text labelHeader, List<Text> columns) {
      this.id = id;
      this.caption = caption;
      this.labelHeader = labelHeader;
      this.columns = List.copyOf(columns);
    }

    Shape line(Text label, List<List<RecordRef>> cells) {
      lines.add(new Line(label, cells));
      return this;
    }

    /** Adds a total column after the parts: in every row, the sum of the part columns. */
    Shape totalColumn(Text header) {
      totalColumn = header;
      return this;
    }

    /** Adds a total row under the parts: in every column, the sum of the part rows. */
    Shape totalRow(Text label) {
      totalRow = label;
      return this;
    }

    /**
     * Adds a share column after the total column: each row's total over the total row's, in whole
     * per cent. Needs the total column and the total row.
     */
    Shape shareColumn(Text header) {
      shareColumn = header;
      return this;
    }

    Shape note(Text text) {
      note = text;
      return this;
    }

    boolean isEmpty() {
      return lines.isEmpty();
    }

    ReportTable build() {
      if (shareColumn != null && (totalColumn == null || totalRow == null)) {
        throw new IllegalStateException("a share column needs a total column and a total row");
      }
      int parts = columns.size();
      ReportTable.Builder t = ReportTable.builder(id, caption, labelHeader);
      t.columns(columns.toArray(Text[]::new));
      if (totalColumn != null) {
        t.columns(totalColumn);
      }
      if (shareColumn != null) {
        t.columns(shareColumn);
      }
      List<List<RecordRef>> columnAll = new ArrayList<>();
      for (int c = 0; c < parts; c++) {
        columnAll.add(new ArrayList<>());
      }
      List<RecordRef> all = new ArrayList<>();
      List<List<RecordRef>> rowAll = new ArrayList<>();
      for (Line line : lines) {
        List<RecordRef> row = new ArrayList<>();
        for (int c = 0; c < parts; c++) {
          row.addAll(line.cells.get(c));
          columnAll.get(c).addAll(line.cells.get(c));
        }
        rowAll.add(row);
        all.addAll(row);
      }
      // a record may lie in several cells (a lex Sarah report in each of its categories): totals
      // count cells, not distinct records, so they are computed from the cell counts
      long grand = all.size();
      int[] partRows = new int[lines.size()];
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        List<ReportCell> cells = new ArrayList<>();
        for (int c = 0; c < parts; c++) {
          List<RecordRef> s = line.cells.get(c);
          cells.add(ReportCell.count(s.size(), s));
        }
        List<RecordRef> row = rowAll.get(i);
        if (totalColumn != null) {
          cells.add(ReportCell.count(row.size(), sorted(row)));
        }
        if (shareColumn != null) {
          cells.add(share(row.size(), grand, sorted(row)));
        }
        partRows[i] = t.row(ReportRow.of(line.label, cells));
      }
      if (totalRow != null) {
        List<ReportCell> cells = new ArrayList<>();
        for (int c = 0; c < parts; c++) {
          cells.add(ReportCell.count(columnAll.get(c).size(), sorted(columnAll.get(c))));
        }
        if (totalColumn != null) {
          cells.add(ReportCell.count(grand, sorted(all)));
        }
        if (shareColumn != null) {
          cells.add(share(grand, grand, sorted(all)));
        }
        int total = t.row(ReportRow.total(totalRow, cells));
        if (!lines.isEmpty()) {
          t.columnTotals(partRows, total);
        }
        if (shareColumn != null) {
          t.shares(parts, parts + 1, total);
        }
      }
      if (totalColumn != null) {
        int[] partColumns = new int[parts];
        for (int c = 0; c < parts; c++) {
          partColumns[c] = c;
        }
        t.rowTotals(partColumns, parts);
      }
      t.note(note);
      return t.build();
    }
  }

  private static ReportCell share(long part, long whole, List<RecordRef> sources) {
    return whole == 0
        ? ReportCell.missing(Text.of("Inga poster", "No records"))
        : ReportCell.share(Ratio.share(part, whole), 0, sources);
  }
}
