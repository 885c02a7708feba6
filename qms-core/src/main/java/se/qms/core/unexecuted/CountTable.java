package se.qms.core.unexecuted;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.qms.core.internal.Checks;

/**
 * A table of counts with keyed, labelled rows and columns, as the yearly reports print them (seed
 * 001 Tabell 11–14, seed 004 §6.4.5).
 *
 * <p>Invariants: row keys and column keys are unique; every count is non-negative; a row is present
 * only if at least one record was counted in it, while every column is present. Immutable and
 * thread-safe.
 */
public final class CountTable {
  private final Map<String, String> rows;
  private final Map<String, String> columns;
  private final Map<String, Map<String, Integer>> counts;

  private CountTable(
      Map<String, String> rows,
      Map<String, String> columns,
      Map<String, Map<String, Integer>> counts) {
    this.rows = rows;
    this.columns = columns;
    this.counts = counts;
  }

  /** Collects counts; rows appear in the order {@link #row} first names them. */
  static final class Builder {
    private final Map<String, String> rows = new LinkedHashMap<>();
    private final Map<String, String> columns = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();

    Builder column(String key, String label) {
      columns.put(key, label);
      return this;
    }

    Builder row(String key, String label) {
      rows.putIfAbsent(key, label);
      counts.putIfAbsent(key, new LinkedHashMap<>());
      return this;
    }

    Builder add(String rowKey, String columnKey) {
      if (!rows.containsKey(rowKey) || !columns.containsKey(columnKey)) {
        throw se.qms.core.InvalidValueException.violates(
            se.qms.core.QmsErrorCode.INCONSISTENT_VALUE,
            "cell",
            rowKey + "/" + columnKey,
            "must name a row and a column of the table");
      }
      counts.get(rowKey).merge(columnKey, 1, Integer::sum);
      return this;
    }

    CountTable build() {
      Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
      counts.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
      return new CountTable(
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows)),
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns)),
          java.util.Collections.unmodifiableMap(copy));
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** The row keys in display order. */
  public List<String> rows() {
    return List.copyOf(rows.keySet());
  }

  /** The column keys in display order. */
  public List<String> columns() {
    return List.copyOf(columns.keySet());
  }

  /** The label of a row; the key itself if there is no such row. */
  public String rowLabel(String key) {
    return rows.getOrDefault(Checks.present(key, "key"), key);
  }

  /** The label of a column; the key itself if there is no such column. */
  public String columnLabel(String key) {
    return columns.getOrDefault(Checks.present(key, "key"), key);
  }

  /** The count in a cell; 0 for a row or column the table does not have. */
  public int count(String rowKey, String columnKey) {
    Checks.present(rowKey, "rowKey");
    Checks.present(columnKey, "columnKey");
    Map<String, Integer> row = counts.get(rowKey);
    return row == null ? 0 : row.getOrDefault(columnKey, 0);
  }

  /** The sum of a row. */
  public int rowTotal(String rowKey) {
    int sum = 0;
    for (String c : columns.keySet()) {
      sum += count(rowKey, c);
    }
    return sum;
  }

  /** The sum of a column. */
  public int columnTotal(String columnKey) {
    int sum = 0;
    for (String r : rows.keySet()) {
      sum += count(r, columnKey);
    }
    return sum;
  }

  /** The sum of every cell. */
  public int total() {
    int sum = 0;
    for (String r : rows.keySet()) {
      sum += rowTotal(r);
    }
    return sum;
  }

  /** The rows as printed lines: label, then each count, separated by tabs. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, String> r : rows.entrySet()) {
      StringBuilder line = new StringBuilder(r.getValue());
      for (String c : columns.keySet()) {
        line.append('\t').append(count(r.getKey(), c));
      }
      out.add(line.toString());
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountTable
        && ((CountTable) other).rows.equals(rows)
        && ((CountTable) other).columns.equals(columns)
        && ((CountTable) other).counts.equals(counts);
  }

  @Override
  public int hashCode() {
    return (rows.hashCode() * 31 + columns.hashCode()) * 31 + counts.hashCode();
  }

  @Override
  public String toString() {
    return "CountTable" + columns.values() + lines();
  }
}
