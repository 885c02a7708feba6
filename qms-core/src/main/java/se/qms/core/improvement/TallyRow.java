package se.qms.core.improvement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * One row of a {@link Tally}: a combination of dimension values and how many cases have it.
 *
 * <p>Each value has a code (a unit's or organisation's id, a category's code, an enum constant's
 * name, a period's text form such as {@code 2019-T2}) and a label for display (a category's label,
 * a kind's Swedish name); an unknown value has no code and the label {@value
 * Dimension#UNKNOWN_LABEL}. The share is the count over the tally's total, absent when the total is
 * 0. Immutable and thread-safe.
 */
public final class TallyRow {
  private final Tally.Keys keys;
  private final long key;
  private final long count;
  private final long total;

  TallyRow(Tally.Keys keys, long key, long count, long total) {
    this.keys = keys;
    this.key = key;
    this.count = count;
    this.total = total;
  }

  private Object value(int i) {
    Checks.inRange(i, 0, keys.dimensions.size() - 1, "index");
    return keys.value(key, i);
  }

  /** The number of cases with these values. */
  public long count() {
    return count;
  }

  /** The count over the tally's total; empty when the total is 0. */
  public Optional<Ratio> share() {
    return total == 0 ? Optional.empty() : Optional.of(Ratio.share(count, total));
  }

  /** The code of the {@code i}th value; empty when unknown. */
  public Optional<String> code(int i) {
    return Optional.ofNullable(value(i)).map(TallyRow::codeOf);
  }

  /** The code of the value of {@code dimension}; empty when unknown. */
  public Optional<String> code(Dimension dimension) {
    return code(index(dimension));
  }

  /** The label of the {@code i}th value. */
  public String label(int i) {
    Object v = value(i);
    return v == null ? Dimension.UNKNOWN_LABEL : labelOf(v);
  }

  /** The label of the value of {@code dimension}. */
  public String label(Dimension dimension) {
    return label(index(dimension));
  }

  /** The labels of all values, in the order of the dimensions. */
  public List<String> labels() {
    int k = keys.dimensions.size();
    List<String> labels = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      labels.add(label(i));
    }
    return Collections.unmodifiableList(labels);
  }

  /** Whether every value is known. */
  public boolean isKnown() {
    for (int i = 0; i < keys.dimensions.size(); i++) {
      if (keys.value(key, i) == null) {
        return false;
      }
    }
    return true;
  }

  boolean matches(String[] codes) {
    for (int i = 0; i < codes.length; i++) {
      Object v = keys.value(key, i);
      String mine = v == null ? null : codeOf(v);
      if (!java.util.Objects.equals(mine, codes[i])) {
        return false;
      }
    }
    return true;
  }

  private int index(Dimension dimension) {
    int i = keys.dimensions.indexOf(dimension);
    if (i < 0) {
      throw se.qms.core.InvalidValueException.violates(
          se.qms.core.QmsErrorCode.DANGLING_REFERENCE,
          "dimension",
          dimension,
          "must be one of the tally's dimensions " + keys.dimensions);
    }
    return i;
  }

  static String codeOf(Object value) {
    if (value instanceof Category) {
      return ((Category) value).code();
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    return value.toString(); // String ids and Period text forms
  }

  static String labelOf(Object value) {
    if (value instanceof Category) {
      return ((Category) value).label();
    }
    if (value instanceof ComplaintKind) {
      return ((ComplaintKind) value).swedish();
    }
    if (value instanceof ComplaintSource) {
      return ((ComplaintSource) value).swedish();
    }
    if (value instanceof Period) {
      return value.toString();
    }
    return value.toString();
  }

  private Object[] values() {
    Object[] values = new Object[keys.dimensions.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = keys.value(key, i);
    }
    return values;
  }

  /** Rows are equal when their dimensions, values, count and total are. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TallyRow)) {
      return false;
    }
    TallyRow o = (TallyRow) other;
    return count == o.count
        && total == o.total
        && keys.dimensions.equals(o.keys.dimensions)
        && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return (Arrays.hashCode(values()) * 31 + Long.hashCode(count)) * 31 + Long.hashCode(total);
  }

  @Override
  public String toString() {
    return String.join(" | ", labels()) + ": " + count;
  }
}
