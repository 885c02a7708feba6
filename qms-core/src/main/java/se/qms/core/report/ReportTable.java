package se.qms.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A table of a report: a caption, a header for the column of row labels, value columns and rows,
 * and the relations its figures obey — shares of a total, totals of parts, year-on-year changes.
 * {@link #toPublished(ReportLanguage)} prints it as a {@link PublishedTable}, so {@link
 * TableChecker} can confirm that the printed figures follow from one another.
 *
 * <p>Invariants: the id is non-blank and unique within its report; there is at least one column;
 * every row has one cell per column; row labels are unique in each language; relations name
 * existing rows and columns. Immutable and thread-safe.
 */
public final class ReportTable implements ReportBlock {
  private final String id;
  private final Text caption;
  private final Text labelHeader;
  private final List<Text> columns;
  private final List<ReportRow> rows;
  private final List<Relation> relations;
  private final Text note;

  private ReportTable(Builder b, List<ReportRow> rows) {
    this.id = b.id;
    this.caption = b.caption;
    this.labelHeader = b.labelHeader;
    this.columns = List.copyOf(b.columns);
    this.rows = List.copyOf(rows);
    this.relations = List.copyOf(b.relations);
    this.note = b.note;
  }

  /**
   * Starts a table.
   *
   * @param id a stable id, unique in the report, such as {@code lex-sarah-categories}
   * @param caption the caption, such as "Lex Sarah-rapporter per kategori"
   * @param labelHeader the header of the column of row labels, such as "Kategori"
   */
  public static Builder builder(String id, Text caption, Text labelHeader) {
    return new Builder(id, caption, labelHeader);
  }

  /** The stable id. */
  public String id() {
    return id;
  }

  /** The caption. */
  public Text caption() {
    return caption;
  }

  /** The header of the column of row labels. */
  public Text labelHeader() {
    return labelHeader;
  }

  /** The headers of the value columns, left to right. */
  public List<Text> columns() {
    return columns;
  }

  /** The rows, top to bottom. */
  public List<ReportRow> rows() {
    return rows;
  }

  /** A note printed under the table, such as where the figures come from; may be empty. */
  public Text note() {
    return note;
  }

  /** The relations of the table, in the order declared. */
  List<Relation> relations() {
    return relations;
  }

  /** Every cell, row by row. */
  public List<ReportCell> cells() {
    List<ReportCell> all = new ArrayList<>();
    rows.forEach(r -> all.addAll(r.cells()));
    return all;
  }

  ReportTable withRows(List<ReportRow> replaced) {
    Builder b = new Builder(id, caption, labelHeader);
    b.columns.addAll(columns);
    b.relations.addAll(relations);
    b.note = note;
    return new ReportTable(b, replaced);
  }

  /**
   * The table as printed in {@code language}, with its relations, for {@link TableChecker}.
   *
   * @param language not null
   */
  public PublishedTable toPublished(ReportLanguage language) {
    Checks.present(language, "language");
    PublishedTable.Builder b = PublishedTable.builder(caption.in(language));
    String[] headers = columns.stream().map(c -> c.in(language)).toArray(String[]::new);
    b.columns(headers);
    for (ReportRow row : rows) {
      b.row(
          row.label().in(language),
          row.cells().stream().map(c -> c.format(language)).toArray(String[]::new));
    }
    for (Relation r : relations) {
      b.relation(r.toTableRelation(this, language));
    }
    return b.build();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReportTable)) {
      return false;
    }
    ReportTable o = (ReportTable) other;
    return id.equals(o.id)
        && caption.equals(o.caption)
        && labelHeader.equals(o.labelHeader)
        && columns.equals(o.columns)
        && rows.equals(o.rows)
        && relations.equals(o.relations)
        && note.equals(o.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, caption, labelHeader, columns, rows, relations, note);
  }

  @Override
  public String toString() {
    return id + " " + caption + " " + rows;
  }

  /** A relation by position, turned into labels when printed. */
  static final class Relation {
    final TableRelation.Kind kind;
    final int[] columns;
    final int[] rows;
    final int target;

    Relation(TableRelation.Kind kind, int[] columns, int[] rows, int target) {
      this.kind = kind;
      this.columns = columns;
      this.rows = rows;
      this.target = target;
    }

    TableRelation toTableRelation(ReportTable table, ReportLanguage language) {
      List<Text> cols = table.columns;
      switch (kind) {
        case SHARES:
          return TableRelation.shares(
              cols.get(columns[0]).in(language), cols.get(columns[1]).in(language),
              table.rows.get(target).label().in(language));
        case COLUMN_TOTALS:
          List<String> parts = new ArrayList<>();
          for (int r : rows) {
            parts.add(table.rows.get(r).label().in(language));
          }
          return TableRelation.columnTotals(parts, table.rows.get(target).label().in(language));
        case ROW_TOTALS:
          List<String> partColumns = new ArrayList<>();
          for (int c : columns) {
            partColumns.add(cols.get(c).in(language));
          }
          return TableRelation.rowTotals(partColumns, cols.get(target).in(language));
        default:
          return TableRelation.change(
              cols.get(columns[0]).in(language), cols.get(columns[1]).in(language),
              cols.get(columns[2]).in(language));
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Relation
          && ((Relation) other).kind == kind
          && java.util.Arrays.equals(((Relation) other).columns, columns)
          && java.util.Arrays.equals(((Relation) other).rows, rows)
          && ((Relation) other).target == target;
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, java.util.Arrays.hashCode(columns), java.util.Arrays.hashCode(rows), target);
    }
  }

  /** Builds tables; not thread-safe. */
  public static final class Builder {
    private final String id;
    private final Text caption;
    private final Text labelHeader;
    private final List<Text> columns = new ArrayList<>();
    private final List<ReportRow> rows = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private Text note = Text.empty();

    Builder(String id, Text caption, Text labelHeader) {
      this.id = Checks.text(id, 200, "id");
      this.caption = Checks.present(caption, "caption");
      this.labelHeader = Checks.present(labelHeader, "labelHeader");
    }

    /** Adds value columns, left to right. */
    public Builder columns(Text... headers) {
      for (Text h : headers) {
        columns.add(Checks.present(h, "columns[]"));
      }
      return this;
    }

    /** Adds a row; returns its index. */
    public int row(ReportRow row) {
      rows.add(Checks.present(row, "row"));
      return rows.size() - 1;
    }

    /** Sets the note under the table. */
    public Builder note(Text text) {
      note = Checks.present(text, "note");
      return this;
    }

    /** In every row, column {@code share} is column {@code count} over its value in {@code totalRow}. */
    public Builder shares(int count, int share, int totalRow) {
      relations.add(new Relation(TableRelation.Kind.SHARES, new int[] {count, share}, new int[0], totalRow));
      return this;
    }

    /** In every column, row {@code totalRow} is the sum of rows {@code parts}. */
    public Builder columnTotals(int[] parts, int totalRow) {
      relations.add(new Relation(TableRelation.Kind.COLUMN_TOTALS, new int[0], parts.clone(), totalRow));
      return this;
    }

    /** In every row, column {@code totalColumn} is the sum of columns {@code parts}. */
    public Builder rowTotals(int[] parts, int totalColumn) {
      relations.add(new Relation(TableRelation.Kind.ROW_TOTALS, parts.clone(), new int[0], totalColumn));
      return this;
    }

    /** In every row, column {@code percent} is the change from column {@code previous} to {@code current}. */
    public Builder change(int previous, int current, int percent) {
      relations.add(
          new Relation(TableRelation.Kind.CHANGE, new int[] {previous, current, percent}, new int[0], -1));
      return this;
    }

    /**
     * The table.
     *
     * @throws InvalidValueException {@link QmsErrorCode#TABLE_SHAPE_INVALID} for no columns, a row
     *     without one cell per column or a repeated row label; {@link
     *     QmsErrorCode#TABLE_LABEL_UNKNOWN} for a relation outside the table
     */
    public ReportTable build() {
      if (columns.isEmpty()) {
        throw InvalidValueException.violates(
            QmsErrorCode.TABLE_SHAPE_INVALID, "columns", id, "must name at least one column");
      }
      java.util.Set<String> sv = new java.util.HashSet<>();
      java.util.Set<String> en = new java.util.HashSet<>();
      for (int i = 0; i < rows.size(); i++) {
        ReportRow r = rows.get(i);
        if (r.cells().size() != columns.size()) {
          throw InvalidValueException.violates(
              QmsErrorCode.TABLE_SHAPE_INVALID, "rows[" + i + "].cells", r.cells().size(),
              "must have one cell per column (" + columns.size() + ") in table " + id);
        }
        if (!sv.add(r.label().sv()) || !en.add(r.label().en())) {
          throw InvalidValueException.violates(
              QmsErrorCode.TABLE_SHAPE_INVALID, "rows[" + i + "].label", r.label(),
              "must be unique in table " + id);
        }
      }
      for (Relation r : relations) {
        for (int c : r.columns) {
          inside(c, columns.size(), "columns");
        }
        for (int row : r.rows) {
          inside(row, rows.size(), "rows");
        }
        if (r.kind == TableRelation.Kind.ROW_TOTALS) {
          inside(r.target, columns.size(), "columns");
        } else if (r.kind != TableRelation.Kind.CHANGE) {
          inside(r.target, rows.size(), "rows");
        }
      }
      return new ReportTable(this, rows);
    }

    private void inside(int index, int size, String field) {
      if (index < 0 || index >= size) {
        throw InvalidValueException.violates(
            QmsErrorCode.TABLE_LABEL_UNKNOWN, "relations." + field, index,
            "must lie in [0, " + (size - 1) + "] in table " + id);
      }
    }
  }
}
