package se.qms.core.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * One promise a table's layout makes about its figures, to be checked by {@link TableChecker}.
 *
 * <ul>
 *   <li>{@link #shares(String, String, String) shares}: in every row, the share column is the count
 *       column over a total — the count in a total row, or a fixed number — in per cent, rounded to
 *       the decimals printed;
 *   <li>{@link #columnTotals(List, String) column totals}: in every column, the total row is the sum
 *       of the part rows;
 *   <li>{@link #rowTotals(List, String) row totals}: in every row, the total column is the sum of
 *       the part columns;
 *   <li>{@link #change(String, String, String) change}: in every row, the per-cent column is the
 *       change from the previous to the current column, {@code (current − previous) / previous},
 *       rounded to the decimals printed.
 * </ul>
 *
 * <p>Invariants: labels are non-blank; the parts of a total are at least one, distinct and do not
 * include the total; the columns of a share or change are distinct; a fixed total is at least 1.
 * Whether the labels exist is checked when the relation is added to a {@link PublishedTable}.
 * Immutable and thread-safe.
 */
public final class TableRelation {
  /** The kinds of relation. */
  public enum Kind {
    /** Shares of a total. */
    SHARES,
    /** A total row under part rows, column by column. */
    COLUMN_TOTALS,
    /** A total column beside part columns, row by row. */
    ROW_TOTALS,
    /** A year-on-year change in per cent. */
    CHANGE
  }

  private static final int MAX_LABEL = 500;

  private final Kind kind;
  private final List<String> labels;
  private final String target;
  private final OptionalLong fixedTotal;

  private TableRelation(Kind kind, List<String> labels, String target, OptionalLong fixedTotal) {
    this.kind = kind;
    this.labels = List.copyOf(labels);
    this.target = target;
    this.fixedTotal = fixedTotal;
  }

  /**
   * In every row but the total row, {@code shareColumn} is {@code countColumn} over the count in
   * {@code totalRow}, in per cent. The total row's own share, if printed, must read 100 %.
   *
   * @param countColumn not blank
   * @param shareColumn not blank, not {@code countColumn}
   * @param totalRow not blank
   */
  public static TableRelation shares(String countColumn, String shareColumn, String totalRow) {
    return new TableRelation(
        Kind.SHARES,
        distinct(List.of(label(countColumn, "countColumn"), label(shareColumn, "shareColumn"))),
        label(totalRow, "totalRow"),
        OptionalLong.empty());
  }

  /**
   * In every row, {@code shareColumn} is {@code countColumn} over {@code total}, in per cent: for a
   * table that states its total in the text, such as "totalt 501 avvikelserapporter".
   *
   * @param countColumn not blank
   * @param shareColumn not blank, not {@code countColumn}
   * @param total at least 1
   */
  public static TableRelation shares(String countColumn, String shareColumn, long total) {
    if (total < 1) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.TABLE_RELATION_INVALID, "total", total, 1, Long.MAX_VALUE);
    }
    return new TableRelation(
        Kind.SHARES,
        distinct(List.of(label(countColumn, "countColumn"), label(shareColumn, "shareColumn"))),
        null,
        OptionalLong.of(total));
  }

  /**
   * In every column, {@code totalRow} is the sum of {@code partRows}.
   *
   * @param partRows at least one, distinct, not containing {@code totalRow}
   * @param totalRow not blank
   */
  public static TableRelation columnTotals(List<String> partRows, String totalRow) {
    return totals(Kind.COLUMN_TOTALS, partRows, totalRow, "partRows");
  }

  /**
   * In every row, {@code totalColumn} is the sum of {@code partColumns}.
   *
   * @param partColumns at least one, distinct, not containing {@code totalColumn}
   * @param totalColumn not blank
   */
  public static TableRelation rowTotals(List<String> partColumns, String totalColumn) {
    return totals(Kind.ROW_TOTALS, partColumns, totalColumn, "partColumns");
  }

  /**
   * In every row, {@code percentColumn} is the change from {@code previousColumn} to {@code
   * currentColumn} in per cent: 85 → 108 is +27 %.
   *
   * @param previousColumn not blank
   * @param currentColumn not blank
   * @param percentColumn not blank; the three are distinct
   */
  public static TableRelation change(
      String previousColumn, String currentColumn, String percentColumn) {
    return new TableRelation(
        Kind.CHANGE,
        distinct(
            List.of(
                label(previousColumn, "previousColumn"),
                label(currentColumn, "currentColumn"),
                label(percentColumn, "percentColumn"))),
        null,
        OptionalLong.empty());
  }

  private static TableRelation totals(Kind kind, List<String> parts, String total, String field) {
    Checks.present(parts, field);
    if (parts.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.TABLE_RELATION_INVALID, field, parts, "must name at least one part");
    }
    List<String> all = new ArrayList<>();
    for (String part : parts) {
      all.add(label(part, field + "[]"));
    }
    all.add(label(total, "total"));
    distinct(all);
    return new TableRelation(kind, parts, total, OptionalLong.empty());
  }

  private static String label(String label, String field) {
    return Checks.text(label, MAX_LABEL, field);
  }

  private static List<String> distinct(List<String> labels) {
    if (new HashSet<>(labels).size() != labels.size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.TABLE_RELATION_INVALID, "labels", labels, "must be distinct");
    }
    return labels;
  }

  /** The kind of relation. */
  public Kind kind() {
    return kind;
  }

  /**
   * The labels the relation reads from: the count and share columns of {@link Kind#SHARES}; the
   * part rows or columns of a total; the previous, current and per-cent columns of {@link
   * Kind#CHANGE}.
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The total row of {@link Kind#SHARES} over a row, or the total row or column of a total; empty
   * for a change and for shares of a fixed total.
   */
  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  /** The fixed total of {@link Kind#SHARES} over a number. */
  public OptionalLong fixedTotal() {
    return fixedTotal;
  }

  /** The row labels the relation names. */
  List<String> rowLabels() {
    switch (kind) {
      case SHARES:
        return target == null ? List.of() : List.of(target);
      case COLUMN_TOTALS:
        List<String> rows = new ArrayList<>(labels);
        rows.add(target);
        return rows;
      default:
        return List.of();
    }
  }

  /** The column labels the relation names. */
  List<String> columnLabels() {
    switch (kind) {
      case SHARES:
      case CHANGE:
        return labels;
      case ROW_TOTALS:
        List<String> columns = new ArrayList<>(labels);
        columns.add(target);
        return columns;
      default:
        return List.of();
    }
  }

  /** A short English description, e.g. {@code shares of Antal in Andel over row Totalt}. */
  @Override
  public String toString() {
    switch (kind) {
      case SHARES:
        return "shares of "
            + labels.get(0)
            + " in "
            + labels.get(1)
            + " over "
            + (target == null ? Long.toString(fixedTotal.getAsLong()) : "row " + target);
      case COLUMN_TOTALS:
        return "row " + target + " = sum of rows " + String.join(", ", labels);
      case ROW_TOTALS:
        return "column " + target + " = sum of columns " + String.join(", ", labels);
      default:
        return "change from " + labels.get(0) + " to " + labels.get(1) + " in " + labels.get(2);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TableRelation)) {
      return false;
    }
    TableRelation that = (TableRelation) other;
    return kind == that.kind
        && labels.equals(that.labels)
        && java.util.Objects.equals(target, that.target)
        && fixedTotal.equals(that.fixedTotal);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, labels, target, fixedTotal);
  }
}
