package se.qms.examples.vendor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/**
 * The example's embedded database: H2, started in-process through its JDBC URL (no server), with
 * the tables of {@code schema.sql}. In memory for tests ({@link #inMemory(String)}: gone when
 * closed) or in files under a directory for the demo ({@link #inDirectory(Path)}); {@link #drop()}
 * removes everything, files included. Not thread-safe: one connection, used by one thread.
 */
public final class CaseDatabase implements AutoCloseable {
  private final String url;
  private final Connection connection;

  private CaseDatabase(String url) {
    this.url = url;
    try {
      this.connection = DriverManager.getConnection(url, "sa", "");
    } catch (SQLException e) {
      throw Row.failure("cannot open " + url, e);
    }
  }

  /** A new, empty database in memory, named {@code name}; it ends when closed. */
  public static CaseDatabase inMemory(String name) {
    return new CaseDatabase("jdbc:h2:mem:" + name);
  }

  /** A database in the files {@code dir/cases.*}. */
  public static CaseDatabase inDirectory(Path dir) {
    return new CaseDatabase("jdbc:h2:file:" + dir.toAbsolutePath().resolve("cases"));
  }

  /** The JDBC URL. */
  public String url() {
    return url;
  }

  /** The connection; owned by this object. */
  public Connection connection() {
    return connection;
  }

  /** Creates the tables of {@code schema.sql}; returns this. */
  public CaseDatabase createSchema() {
    String ddl;
    try (InputStream in = CaseDatabase.class.getResourceAsStream("schema.sql")) {
      if (in == null) {
        throw new QmsException(QmsErrorCode.IO_FAILURE, "missing resource schema.sql");
      }
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot read schema.sql", e);
    }
    StringBuilder statement = new StringBuilder();
    try (Statement s = connection.createStatement()) {
      for (String line : ddl.split("\n", -1)) {
        String code = line.contains("--") ? line.substring(0, line.indexOf("--")) : line;
        statement.append(code).append('\n');
        if (code.strip().endsWith(";")) {
          s.execute(statement.toString().strip().replaceAll(";$", ""));
          statement.setLength(0);
        }
      }
    } catch (SQLException e) {
      throw Row.failure("cannot create the schema", e);
    }
    return this;
  }

  /** Drops every table and, for a database in files, deletes the files. */
  public void drop() {
    try (Statement s = connection.createStatement()) {
      s.execute(url.startsWith("jdbc:h2:file:") ? "DROP ALL OBJECTS DELETE FILES" : "DROP ALL OBJECTS");
    } catch (SQLException e) {
      throw Row.failure("cannot drop the database", e);
    }
  }

  /** The number of rows of a table of the schema. */
  public int count(String table) {
    if (!table.matches("[a-z_]+")) {
      throw new QmsException(QmsErrorCode.VALUE_MALFORMED, "not a table name: " + table);
    }
    try (Statement s = connection.createStatement();
        var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw Row.failure("cannot count " + table, e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw Row.failure("cannot close " + url, e);
    }
  }
}
