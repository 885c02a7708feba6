package se.qms.examples.vendor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs one prepared SELECT and maps each row. */
final class Query {
  private Query() {}

  /**
   * Maps every row of {@code sql}.
   *
   * @param table the table read, for errors
   * @param idColumns the columns that identify a row, for errors
   */
  static <T> List<T> all(
      Connection c, String table, String sql, List<String> idColumns, Function<Row, T> map) {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      String[] ids = idColumns.toArray(new String[0]);
      while (rs.next()) {
        out.add(map.apply(Row.of(table, rs, ids)));
      }
    } catch (SQLException e) {
      throw Row.failure("cannot read " + table, e);
    }
    return out;
  }
}
