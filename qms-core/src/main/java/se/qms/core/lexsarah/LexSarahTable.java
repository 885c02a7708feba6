package se.qms.core.lexsarah;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.Ratio;
import se.qms.core.internal.Checks;

/**
 * Lex Sarah reports counted by one or more {@link LexSarahDimension}s: a table of the yearly
 * compilation, such as "Antal lex Sarah-rapporteringar" per year and nämnd.
 *
 * <p>Without the category dimension each report counts once; with it, a report counts once in each
 * of its categories (a report without a category once as unknown), so the total is the number of
 * categories the reports carry — 119 for seed 000's 108 reports. Rows are ordered by their values:
 * periods chronologically, enum constants in declaration order, units in the organisation's order
 * (else by id in Swedish alphabetical order); unknown values last. A one-dimension table of a
 * period, a category, an assessment or the provider lists every value — every period from the first
 * to the last — with 0 where no report has it; tables of more dimensions list the combinations that
 * occur. The counts add up to the {@link #total()}. Immutable and thread-safe.
 */
public final class LexSarahTable {
  private final List<LexSarahDimension> dimensions;
  private final List<LexSarahRow> rows;
  private final long total;

  LexSarahTable(List<LexSarahDimension> dimensions, List<LexSarahRow> rows, long total) {
    this.dimensions = List.copyOf(dimensions);
    this.rows = List.copyOf(rows);
    this.total = total;
  }

  /** The dimensions, in the order of each row's values. */
  public List<LexSarahDimension> dimensions() {
    return dimensions;
  }

  /** The rows, ordered by their values. */
  public List<LexSarahRow> rows() {
    return rows;
  }

  /** The number of reports counted, or of report categories with the category dimension. */
  public long total() {
    return total;
  }

  /**
   * The row with these codes, one per dimension; {@code null} stands for an unknown value.
   *
   * @param codes as many as there are dimensions
   */
  public Optional<LexSarahRow> row(String... codes) {
    Checks.present(codes, "codes");
    if (codes.length != dimensions.size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE,
          "codes",
          codes.length + " codes",
          "must give one code per dimension " + dimensions);
    }
    return rows.stream().filter(r -> r.matches(codes)).findFirst();
  }

  /** The count of the row with these codes, 0 if there is none. */
  public long count(String... codes) {
    return row(codes).map(LexSarahRow::count).orElse(0L);
  }

  /** The rows' counts, in row order. */
  public List<Long> counts() {
    List<Long> counts = new ArrayList<>(rows.size());
    rows.forEach(r -> counts.add(r.count()));
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
    List<Ratio> shares = new ArrayList<>(rows.size());
    rows.forEach(r -> shares.add(Ratio.share(r.count(), total)));
    return Ratio.roundedPercents(shares, decimals);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LexSarahTable
        && ((LexSarahTable) other).dimensions.equals(dimensions)
        && ((LexSarahTable) other).total == total
        && ((LexSarahTable) other).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return dimensions.hashCode() * 31 + rows.hashCode();
  }

  /** One line per row, values separated by {@code |}, then the count. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("LexSarahTable" + dimensions + " total " + total);
    for (LexSarahRow r : rows) {
      out.append('\n').append(r);
    }
    return out.toString();
  }
}
