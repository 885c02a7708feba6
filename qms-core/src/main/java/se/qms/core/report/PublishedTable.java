package se.qms.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A table as a report printed it: a title, row labels, column labels, the cells as printed text
 * and the {@link TableRelation}s its figures should obey.
 *
 * <p>Cells are kept exactly as printed ({@code "13 %"}, {@code "1,8%"}, {@code "1 204"}, {@code
 * "+27 %"}, {@code "-"}); a blank cell is an empty string. Whether a cell reads as a number is
 * judged by {@link TableChecker}, not here, so that a misprint is reported, not thrown.
 *
 * <p>Invariants: the title and labels are non-blank; row labels are unique, and so are column
 * labels ({@link QmsErrorCode#TABLE_SHAPE_INVALID}); every row has one cell per column ({@link
 * QmsErrorCode#TABLE_SHAPE_INVALID}); every relation names only rows and columns of the table
 * ({@link QmsErrorCode#TABLE_LABEL_UNKNOWN}) and covers at least one non-blank cell ({@link
 * QmsErrorCode#TABLE_RELATION_BLANK}). Immutable and thread-safe.
 */
public final class PublishedTable {
  private static final int MAX_TITLE = 500;
  /** A report's text cell may quote a finding's message, which has at most 2 000 characters. */
  private static final int MAX_CELL = 2_000;

  private final String title;
  private final List<String> columns;
  private final List<String> rows;
  private final List<List<String>> cells;
  private final List<TableRelation> relations;
  private final Map<String, Integer> rowIndex;
  private final Map<String, Integer> columnIndex;

  private PublishedTable(Builder b) {
    this.title = b.title;
    this.columns = List.copyOf(b.columns);
    this.rows = List.copyOf(b.rows);
    List<List<String>> copy = new ArrayList<>();
    b.cells.forEach(r -> copy.add(List.copyOf(r)));
    this.cells = List.copyOf(copy);
    this.relations = List.copyOf(b.relations);
    this.rowIndex = index(rows, "rows");
    this.columnIndex = index(columns, "columns");
    for (TableRelation relation : relations) {
      checkRelation(relation);
    }
  }

  private static Map<String, Integer> index(List<String> labels, String field) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      if (index.put(labels.get(i), i) != null) {
        throw InvalidValueException.violates(
            QmsErrorCode.TABLE_SHAPE_INVALID, field, labels.get(i), "must not repeat a label");
      }
    }
    return Map.copyOf(index);
  }

  private void checkRelation(TableRelation relation) {
    for (String row : relation.rowLabels()) {
      if (!rowIndex.containsKey(row)) {
        throw InvalidValueException.violates(
            QmsErrorCode.TABLE_LABEL_UNKNOWN,
            "relation",
            relation,
            "names row \"" + row + "\", which table \"" + title + "\" does not have");
      }
    }
    for (String column : relation.columnLabels()) {
      if (!columnIndex.containsKey(column)) {
        throw InvalidValueException.violates(
            QmsErrorCode.TABLE_LABEL_UNKNOWN,
            "relation",
            relation,
            "names column \"" + column + "\", which table \"" + title + "\" does not have");
      }
    }
    List<String> coveredRows =
        relation.kind() == TableRelation.Kind.COLUMN_TOTALS ? relation.rowLabels() : rows;
    List<String> coveredColumns =
        relation.kind() == TableRelation.Kind.COLUMN_TOTALS ? columns : relation.columnLabels();
    for (String row : coveredRows) {
      for (String column : coveredColumns) {
        if (!PrintedNumber.isBlank(cell(row, column))) {
          return;
        }
      }
    }
    throw InvalidValueException.violates(
        QmsErrorCode.TABLE_RELATION_BLANK,
        "relation",
        relation,
        "must cover at least one printed cell of table \"" + title + "\"");
  }

  /**
   * A builder of a table with the given title.
   *
   * @param title not blank, at most 500 characters
   */
  public static Builder builder(String title) {
    return new Builder(Checks.text(title, MAX_TITLE, "title"));
  }

  /** The title as printed, e.g. {@code Tabell 15. Typ av avvikelser}. */
  public String title() {
    return title;
  }

  /** The column labels, left to right, without the column of row labels. */
  public List<String> columns() {
    return columns;
  }

  /** The row labels, top to bottom. */
  public List<String> rows() {
    return rows;
  }

  /** The relations the figures should obey, in the order declared. */
  public List<TableRelation> relations() {
    return relations;
  }

  /**
   * The printed text of a cell; empty when the cell is blank.
   *
   * @param row a row label of this table
   * @param column a column label of this table
   * @throws InvalidValueException with {@link QmsErrorCode#TABLE_LABEL_UNKNOWN} if either label is
   *     not the table's
   */
  public String cell(String row, String column) {
    Integer r = rowIndex.get(Checks.present(row, "row"));
    Integer c = columnIndex.get(Checks.present(column, "column"));
    if (r == null || c == null) {
      throw InvalidValueException.violates(
          QmsErrorCode.TABLE_LABEL_UNKNOWN,
          "cell",
          row + " / " + column,
          "must name a row and a column of table \"" + title + "\"");
    }
    return cells.get(r).get(c);
  }

  /**
   * The table with one cell printed differently; the relations are checked again.
   *
   * @param row a row label of this table
   * @param column a column label of this table
   * @param text the new printed text, not null, at most 2 000 characters
   */
  public PublishedTable withCell(String row, String column, String text) {
    cell(row, column);
    Builder b = new Builder(title);
    b.columns.addAll(columns);
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = new ArrayList<>(cells.get(i));
      if (rows.get(i).equals(row)) {
        r.set(columnIndex.get(column), printedCell(text));
      }
      b.rows.add(rows.get(i));
      b.cells.add(r);
    }
    b.relations.addAll(relations);
    return b.build();
  }

  private static String printedCell(String text) {
    Checks.present(text, "cells[]");
    if (text.length() > MAX_CELL) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_TOO_LONG, "cells[]", text, "must have at most " + MAX_CELL + " characters");
    }
    return text;
  }

  @Override
  public String toString() {
    return title + " " + columns + " " + rows.size() + " rows";
  }

  /**
   * Collects a table: columns first, then rows, then relations. Not thread-safe; build once and
   * share the table.
   */
  public static final class Builder {
    private final String title;
    private final List<String> columns = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    private final List<List<String>> cells = new ArrayList<>();
    private final List<TableRelation> relations = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Adds column labels, left to right, without the column of row labels.
     *
     * @param labels each non-blank, at most 500 characters
     */
    public Builder columns(String... labels) {
      for (String label : Checks.present(labels, "columns")) {
        columns.add(Checks.text(label, MAX_TITLE, "columns[]"));
      }
      return this;
    }

    /**
     * Adds a row: its label and one printed cell per column, blank cells as {@code ""}.
     *
     * @param label non-blank, at most 500 characters
     * @param printed one text per column, each at most 2 000 characters, none null
     * @throws InvalidValueException with {@link QmsErrorCode#TABLE_SHAPE_INVALID} if the number of
     *     cells differs from the number of columns
     */
    public Builder row(String label, String... printed) {
      Checks.text(label, MAX_TITLE, "row");
      Checks.present(printed, "cells");
      if (printed.length != columns.size()) {
        throw InvalidValueException.violates(
            QmsErrorCode.TABLE_SHAPE_INVALID,
            "cells",
            Arrays.asList(printed),
            "of row \"" + label + "\" must be one per column (" + columns.size() + ")");
      }
      for (String text : printed) {
        printedCell(text);
      }
      rows.add(label);
      cells.add(Arrays.asList(printed.clone()));
      return this;
    }

    /** Declares a relation the figures should obey. */
    public Builder relation(TableRelation relation) {
      relations.add(Checks.present(relation, "relation"));
      return this;
    }

    /**
     * The table.
     *
     * @throws InvalidValueException if a label repeats or a relation names an unknown label or only
     *     blank cells
     */
    public PublishedTable build() {
      return new PublishedTable(this);
    }
  }
}
