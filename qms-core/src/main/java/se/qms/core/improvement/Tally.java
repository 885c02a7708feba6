package se.qms.core.improvement;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * Cases counted by one or more {@link Dimension}s: a table of the yearly compilation (SOSFS 2011:9
 * 5 kap. 6 §), such as "Typ av avvikelser" with count and share per type.
 *
 * <p>Rows are ordered by their values: enum constants in declaration order, categories in the order
 * of the configured {@link Taxonomy} (then others by label), periods chronologically, ids in
 * Swedish alphabetical order (å, ä, ö after z); unknown values last. The counts add up to the
 * {@link #total()}. A one-dimension tally of a category, subject, kind or source lists every value
 * of the taxonomy or enum, and of a period every period from the first to the last, with 0 where no
 * case has it; tallies of more dimensions list only the combinations that occur. Rows are kept as
 * primitive keys and counts and made into {@link TallyRow} objects only when read. Immutable and
 * thread-safe.
 */
public final class Tally {
  /** How a row's key decodes into values: mixed radix, one digit per dimension. */
  static final class Keys {
    final List<Dimension> dimensions;
    private final Object[][] values;
    private final long[] stride;

    Keys(List<Dimension> dimensions, Object[][] values, long[] stride) {
      this.dimensions = dimensions;
      this.values = values;
      this.stride = stride;
    }

    /** The value of dimension {@code j} in {@code key}, or null when unknown. */
    Object value(long key, int j) {
      int code = (int) (key / stride[j] % (values[j].length + 1L));
      return code == values[j].length ? null : values[j][code];
    }
  }

  private final Keys keys;
  private final long[] rowKeys;
  private final int[] rowCounts;
  private final long total;
  private final List<TallyRow> rows;

  Tally(Keys keys, long[] rowKeys, int[] rowCounts, long total) {
    this.keys = keys;
    this.rowKeys = rowKeys;
    this.rowCounts = rowCounts;
    this.total = total;
    this.rows = new RowList();
  }

  /** The rows as a read-only view; each row object is made when asked for. */
  private final class RowList extends AbstractList<TallyRow> implements RandomAccess {
    @Override
    public TallyRow get(int i) {
      return new TallyRow(keys, rowKeys[i], rowCounts[i], total);
    }

    @Override
    public int size() {
      return rowKeys.length;
    }
  }

  /** The dimensions, in the order of each row's values. */
  public List<Dimension> dimensions() {
    return keys.dimensions;
  }

  /** The rows, ordered by their values. */
  public List<TallyRow> rows() {
    return rows;
  }

  /** The number of cases counted. */
  public long total() {
    return total;
  }

  /**
   * The row with these codes, one per dimension; {@code null} stands for an unknown value.
   *
   * @param codes as many as there are dimensions
   */
  public Optional<TallyRow> row(String... codes) {
    Checks.present(codes, "codes");
    if (codes.length != keys.dimensions.size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE,
          "codes",
          codes.length + " codes",
          "must give one code per dimension " + keys.dimensions);
    }
    return rows.stream().filter(r -> r.matches(codes)).findFirst();
  }

  /** The count of the row with these codes, 0 if there is none. */
  public long count(String... codes) {
    return row(codes).map(TallyRow::count).orElse(0L);
  }

  /** The rows' counts, in row order. */
  public List<Long> counts() {
    List<Long> counts = new ArrayList<>(rowCounts.length);
    for (int c : rowCounts) {
      counts.add((long) c);
    }
    return List.copyOf(counts);
  }

  /**
   * The rows' shares in percent with {@code decimals} places, rounded by the largest remainder so
   * that they add up to exactly 100 ({@link Ratio#roundedPercents(List, int)}).
   *
   * @throws InvalidValueException with {@link QmsErrorCode#SHARES_NOT_WHOLE} when the total is 0
   */
  public List<BigDecimal> roundedPercents(int decimals) {
    if (total == 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.SHARES_NOT_WHOLE, "total", 0, "must be positive to divide into shares");
    }
    List<Ratio> shares = new ArrayList<>(rowCounts.length);
    for (int c : rowCounts) {
      shares.add(Ratio.share(c, total));
    }
    return Ratio.roundedPercents(shares, decimals);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tally
        && ((Tally) other).keys.dimensions.equals(keys.dimensions)
        && ((Tally) other).total == total
        && ((Tally) other).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return keys.dimensions.hashCode() * 31 + rows.hashCode();
  }

  /** One line per row, values separated by {@code |}, then the count. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Tally" + keys.dimensions + " total " + total);
    for (TallyRow r : rows) {
      out.append('\n').append(r);
    }
    return out.toString();
  }
}
