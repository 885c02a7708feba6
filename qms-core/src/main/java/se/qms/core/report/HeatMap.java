package se.qms.core.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A matrix figure such as the 4×4 risk matrix: counts per cell, each cell coloured by its band.
 * Rows run from the top of the figure down (the highest severity first); columns left to right
 * (the lowest probability first).
 *
 * <p>Invariants: at least one row and one column; {@code counts} and {@code bands} have one entry
 * per cell; counts are at least 0; a band is an index into {@link #bandNames()} and the bands are
 * ordered from the mildest. Immutable and thread-safe.
 */
public final class HeatMap implements ReportBlock {
  private final Text caption;
  private final Text rowAxis;
  private final Text columnAxis;
  private final List<Text> rowLabels;
  private final List<Text> columnLabels;
  private final List<Text> bandNames;
  private final int[][] counts;
  private final int[][] bands;
  private final List<RecordRef> sources;
  private final int threshold;

  private HeatMap(
      Text caption, Text rowAxis, Text columnAxis, List<Text> rowLabels, List<Text> columnLabels,
      List<Text> bandNames, int[][] counts, int[][] bands, List<RecordRef> sources, int threshold) {
    this.threshold = threshold;
    this.caption = caption;
    this.rowAxis = rowAxis;
    this.columnAxis = columnAxis;
    this.rowLabels = rowLabels;
    this.columnLabels = columnLabels;
    this.bandNames = bandNames;
    this.counts = counts;
    this.bands = bands;
    this.sources = sources;
  }

  /**
   * A heat map.
   *
   * @param counts {@code counts[row][column]}, at least 0
   * @param bands {@code bands[row][column]}, an index into {@code bandNames}
   * @param sources the records counted, not null
   * @throws InvalidValueException {@link QmsErrorCode#TABLE_SHAPE_INVALID} when the shapes differ,
   *     {@link QmsErrorCode#VALUE_OUT_OF_RANGE} for a negative count or an unknown band
   */
  public static HeatMap of(
      Text caption, Text rowAxis, Text columnAxis, List<Text> rowLabels, List<Text> columnLabels,
      List<Text> bandNames, int[][] counts, int[][] bands, List<RecordRef> sources) {
    List<Text> rl = List.copyOf(Checks.present(rowLabels, "rowLabels"));
    List<Text> cl = List.copyOf(Checks.present(columnLabels, "columnLabels"));
    List<Text> bn = List.copyOf(Checks.present(bandNames, "bandNames"));
    if (rl.isEmpty() || cl.isEmpty() || bn.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.TABLE_SHAPE_INVALID, "rowLabels", rl.size(), "must have rows, columns and bands");
    }
    int[][] c = copy(Checks.present(counts, "counts"), rl.size(), cl.size(), "counts");
    int[][] b = copy(Checks.present(bands, "bands"), rl.size(), cl.size(), "bands");
    for (int r = 0; r < rl.size(); r++) {
      for (int k = 0; k < cl.size(); k++) {
        Checks.inRange(c[r][k], 0, Integer.MAX_VALUE, "counts[" + r + "][" + k + "]");
        Checks.inRange(b[r][k], 0, bn.size() - 1, "bands[" + r + "][" + k + "]");
      }
    }
    return new HeatMap(
        Checks.present(caption, "caption"), Checks.present(rowAxis, "rowAxis"),
        Checks.present(columnAxis, "columnAxis"), rl, cl, bn, c, b,
        List.copyOf(Checks.present(sources, "sources")), 0);
  }

  /** This figure in a public edition: counts from 1 to {@code threshold − 1} are masked. */
  HeatMap maskedBelow(int threshold) {
    return new HeatMap(
        caption, rowAxis, columnAxis, rowLabels, columnLabels, bandNames, counts, bands, sources,
        threshold);
  }

  /**
   * Whether a cell's count is masked in this edition (from 1 to below the public threshold); a
   * renderer then shows the cell's colour and the edition's marker, not the count.
   */
  public boolean isMasked(int row, int column) {
    return counts[row][column] > 0 && counts[row][column] < threshold;
  }

  /** The smallest count shown, or 0 when every count is shown. */
  public int threshold() {
    return threshold;
  }

  private static int[][] copy(int[][] m, int rows, int columns, String field) {
    if (m.length != rows) {
      throw InvalidValueException.violates(QmsErrorCode.TABLE_SHAPE_INVALID, field, m.length, "must have " + rows + " rows");
    }
    int[][] out = new int[rows][];
    for (int r = 0; r < rows; r++) {
      if (m[r] == null || m[r].length != columns) {
        throw InvalidValueException.violates(
            QmsErrorCode.TABLE_SHAPE_INVALID, field + "[" + r + "]", m[r] == null ? null : m[r].length,
            "must have " + columns + " columns");
      }
      out[r] = m[r].clone();
    }
    return out;
  }

  /** The caption, such as "Riskmatris". */
  public Text caption() {
    return caption;
  }

  /** The name of the row axis, such as "Allvarlighetsgrad". */
  public Text rowAxis() {
    return rowAxis;
  }

  /** The name of the column axis, such as "Sannolikhet". */
  public Text columnAxis() {
    return columnAxis;
  }

  /** The row labels, top to bottom. */
  public List<Text> rowLabels() {
    return rowLabels;
  }

  /** The column labels, left to right. */
  public List<Text> columnLabels() {
    return columnLabels;
  }

  /** The band names, mildest first, such as Låg, Medium, Kritisk. */
  public List<Text> bandNames() {
    return bandNames;
  }

  /** The count in a cell. */
  public int count(int row, int column) {
    return counts[row][column];
  }

  /** The band index of a cell. */
  public int band(int row, int column) {
    return bands[row][column];
  }

  /** The total of all cells. */
  public int total() {
    int t = 0;
    for (int[] row : counts) {
      for (int v : row) {
        t += v;
      }
    }
    return t;
  }

  /** The records counted. */
  public List<RecordRef> sources() {
    return sources;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof HeatMap)) {
      return false;
    }
    HeatMap o = (HeatMap) other;
    return caption.equals(o.caption) && rowAxis.equals(o.rowAxis) && columnAxis.equals(o.columnAxis)
        && rowLabels.equals(o.rowLabels) && columnLabels.equals(o.columnLabels)
        && bandNames.equals(o.bandNames) && Arrays.deepEquals(counts, o.counts)
        && Arrays.deepEquals(bands, o.bands) && sources.equals(o.sources)
        && threshold == o.threshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(caption, rowLabels, columnLabels, Arrays.deepHashCode(counts));
  }

  @Override
  public String toString() {
    return caption + " " + Arrays.deepToString(counts);
  }
}
