package se.qms.examples.vendor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/**
 * The current row of a result set, read column by column: every read names its column, and every
 * failure becomes a {@link RowException} naming table, column and row id — never a raw
 * NullPointerException, ClassCastException or SQLException.
 */
final class Row {
  private final String table;
  private final ResultSet rs;
  private final String id;

  private Row(String table, ResultSet rs, String id) {
    this.table = table;
    this.rs = rs;
    this.id = id;
  }

  /** The current row of {@code rs}, identified by the text of {@code idColumn}. */
  static Row of(String table, ResultSet rs, String... idColumns) {
    StringBuilder id = new StringBuilder();
    for (String c : idColumns) {
      String part = read(table, c, "?", () -> rs.getString(c));
      id.append(id.length() == 0 ? "" : "/").append(part == null ? "NULL" : part);
    }
    return new Row(table, rs, id.toString());
  }

  String id() {
    return id;
  }

  String table() {
    return table;
  }

  String text(String column) {
    return optionalText(column).orElseThrow(() -> missing(column));
  }

  Optional<String> optionalText(String column) {
    String s = read(table, column, id, () -> rs.getString(column));
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }

  LocalDate date(String column) {
    return optionalDate(column).orElseThrow(() -> missing(column));
  }

  Optional<LocalDate> optionalDate(String column) {
    return Optional.ofNullable(read(table, column, id, () -> rs.getObject(column, LocalDate.class)));
  }

  OptionalInt optionalInteger(String column) {
    Integer n = read(table, column, id, () -> rs.getObject(column, Integer.class));
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** A yes/no column; NULL reads as false. */
  boolean flag(String column) {
    Boolean b = read(table, column, id, () -> rs.getObject(column, Boolean.class));
    return b != null && b;
  }

  /** A required code, the name of a constant of {@code type}. */
  <E extends Enum<E>> E code(String column, Class<E> type) {
    return optionalCode(column, type).orElseThrow(() -> missing(column));
  }

  <E extends Enum<E>> Optional<E> optionalCode(String column, Class<E> type) {
    return optionalText(column).map(v -> code(column, v, type));
  }

  <E extends Enum<E>> E code(String column, String value, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    throw invalid(column, value, "not one of " + Arrays.toString(type.getEnumConstants()), null);
  }

  /** A required code translated by {@code codes}. */
  <T> T mapped(String column, Map<String, T> codes) {
    String value = text(column);
    T t = codes.get(value);
    if (t == null) {
      throw invalid(column, value, "not one of " + new java.util.TreeSet<>(codes.keySet()), null);
    }
    return t;
  }

  /**
   * Builds a model value from this row's {@code column}; the model's rejection becomes a {@link
   * RowException} of that column.
   */
  <T> T model(String column, Supplier<T> build) {
    return model(Map.of(), column, build);
  }

  /**
   * Builds a model value from several columns; the model's rejection becomes a {@link
   * RowException} of the column its field maps to in {@code columns} (field name → column), or
   * else of {@code fallback}.
   */
  <T> T model(Map<String, String> columns, Supplier<T> build) {
    return model(columns, null, build);
  }

  private <T> T model(Map<String, String> columns, String fallback, Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidValueException e) {
      String field = e.field().orElse("");
      int end = 0;
      while (end < field.length() && Character.isJavaIdentifierPart(field.charAt(end))) {
        end++;
      }
      String column = columns.get(field.substring(0, end));
      if (column == null) {
        column = fallback != null ? fallback : field.isEmpty() ? "?" : field;
      }
      throw new RowException(
          QmsErrorCode.ROW_VALUE_INVALID, table, column, id, "rejected by the model: " + e.getMessage(), e);
    }
  }

  /** A mapped row: its id, one reference it makes (or null), and the model value. */
  record Mapped<T>(String id, String reference, T value) {}

  RowException missing(String column) {
    return new RowException(QmsErrorCode.ROW_VALUE_MISSING, table, column, id, "is empty", null);
  }

  RowException invalid(String column, Object value, String why, Throwable cause) {
    return new RowException(
        QmsErrorCode.ROW_VALUE_INVALID, table, column, id, "'" + value + "' is " + why, cause);
  }

  RowException unknown(String column, String value, String otherTable) {
    return new RowException(
        QmsErrorCode.ROW_REFERENCE_UNKNOWN, table, column, id, "'" + value + "' is no row of " + otherTable, null);
  }

  /** One JDBC read. */
  interface Read<T> {
    T get() throws SQLException;
  }

  static <T> T read(String table, String column, String id, Read<T> read) {
    try {
      return read.get();
    } catch (SQLException e) {
      throw new RowException(
          QmsErrorCode.ROW_VALUE_INVALID, table, column, id, "cannot be read: " + e.getMessage(), e);
    }
  }

  /** A failure of the database itself, outside any one row. */
  static QmsException failure(String what, SQLException e) {
    return new QmsException(QmsErrorCode.DATABASE_FAILURE, what + ": " + e.getMessage(), e);
  }
}
