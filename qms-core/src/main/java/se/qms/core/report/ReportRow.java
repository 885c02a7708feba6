package se.qms.core.report;

import java.util.List;
import java.util.Objects;
import se.qms.core.internal.Checks;

/**
 * One row of a {@link ReportTable}: its label and one cell per column.
 *
 * <p>Invariants: label and cells are non-null; whether the row is a total row is part of its
 * value. Immutable and thread-safe.
 */
public final class ReportRow {
  private final Text label;
  private final List<ReportCell> cells;
  private final boolean total;

  private ReportRow(Text label, List<ReportCell> cells, boolean total) {
    this.label = label;
    this.cells = cells;
    this.total = total;
  }

  /** A row of parts. */
  public static ReportRow of(Text label, List<ReportCell> cells) {
    return new ReportRow(Checks.present(label, "label"), List.copyOf(Checks.present(cells, "cells")), false);
  }

  /** A total row ("Totalt"). */
  public static ReportRow total(Text label, List<ReportCell> cells) {
    return new ReportRow(Checks.present(label, "label"), List.copyOf(Checks.present(cells, "cells")), true);
  }

  /** The row's label, shown in the first column. */
  public Text label() {
    return label;
  }

  /** The cells, one per column of the table. */
  public List<ReportCell> cells() {
    return cells;
  }

  /** The cell of column {@code i}. */
  public ReportCell cell(int i) {
    return cells.get(i);
  }

  /** Whether this row sums the rows of parts above it. */
  public boolean isTotal() {
    return total;
  }

  ReportRow withCells(List<ReportCell> replaced) {
    return new ReportRow(label, List.copyOf(replaced), total);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReportRow
        && ((ReportRow) other).label.equals(label)
        && ((ReportRow) other).cells.equals(cells)
        && ((ReportRow) other).total == total;
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, cells, total);
  }

  @Override
  public String toString() {
    return label + ": " + cells;
  }
}
