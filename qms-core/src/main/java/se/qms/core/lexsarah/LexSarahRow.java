package se.qms.core.lexsarah;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.Ratio;
import se.qms.core.internal.Checks;

/**
 * One row of a {@link LexSarahTable}: a combination of dimension values and how many reports (or,
 * with the category dimension, report categories) have it.
 *
 * <p>Each value has a code — a period's text form ({@code 2016-T1}), a unit's id, an enum
 * constant's name — and a label for display (the unit's name when the statistics know the
 * organisation, an enum's Swedish term); an unknown value has no code and the label "Uppgift
 * saknas". The share is the count over the table's total, absent when the total is 0. Immutable
 * and thread-safe.
 */
public final class LexSarahRow {
  private final List<LexSarahDimension> dimensions;
  private final List<String> codes;
  private final List<String> labels;
  private final long count;
  private final long total;

  LexSarahRow(
      List<LexSarahDimension> dimensions, List<String> codes, List<String> labels, long count, long total) {
    this.dimensions = dimensions;
    this.codes = Collections.unmodifiableList(codes);
    this.labels = List.copyOf(labels);
    this.count = count;
    this.total = total;
  }

  /** How many reports, or report categories, have these values. */
  public long count() {
    return count;
  }

  /** The count over the table's total; empty when the total is 0. */
  public Optional<Ratio> share() {
    return total == 0 ? Optional.empty() : Optional.of(Ratio.share(count, total));
  }

  /** The code of the {@code i}th value; empty when unknown. */
  public Optional<String> code(int i) {
    Checks.inRange(i, 0, codes.size() - 1, "index");
    return Optional.ofNullable(codes.get(i));
  }

  /** The code of the value of {@code dimension}; empty when unknown. */
  public Optional<String> code(LexSarahDimension dimension) {
    return code(index(dimension));
  }

  /** The label of the {@code i}th value. */
  public String label(int i) {
    Checks.inRange(i, 0, labels.size() - 1, "index");
    return labels.get(i);
  }

  /** The label of the value of {@code dimension}. */
  public String label(LexSarahDimension dimension) {
    return label(index(dimension));
  }

  /** The labels, in the order of the dimensions. */
  public List<String> labels() {
    return labels;
  }

  /** Whether every value is known. */
  public boolean isKnown() {
    return !codes.contains(null);
  }

  boolean matches(String[] wanted) {
    for (int i = 0; i < wanted.length; i++) {
      if (!Objects.equals(codes.get(i), wanted[i])) {
        return false;
      }
    }
    return true;
  }

  private int index(LexSarahDimension dimension) {
    int i = dimensions.indexOf(Checks.present(dimension, "dimension"));
    if (i < 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "dimension",
          dimension,
          "must be one of the table's dimensions " + dimensions);
    }
    return i;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof LexSarahRow)) {
      return false;
    }
    LexSarahRow o = (LexSarahRow) other;
    return count == o.count
        && total == o.total
        && dimensions.equals(o.dimensions)
        && codes.equals(o.codes)
        && labels.equals(o.labels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, codes, labels, count, total);
  }

  /** The labels separated by {@code |}, then the count. */
  @Override
  public String toString() {
    return String.join(" | ", labels) + " | " + count;
  }
}
