package se.qms.examples.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/** Reads the tab-separated sample files: '#' starts a comment line, blank lines are skipped. */
final class Tsv {
  /** One data line: its place in the file and its columns. */
  static final class Row {
    private final String place;
    private final String[] columns;

    Row(String place, String[] columns) {
      this.place = place;
      this.columns = columns;
    }

    String place() {
      return place;
    }

    String get(int index) {
      return columns[index];
    }

    /** The column, or empty when it is blank. */
    Optional<String> optional(int index) {
      String v = columns[index];
      return v.isBlank() ? Optional.empty() : Optional.of(v);
    }

    InvalidValueException invalid(String field, String value, String expected) {
      return InvalidValueException.malformed(
          QmsErrorCode.VALUE_MALFORMED, place + " " + field, value, expected);
    }
  }

  private Tsv() {}

  /**
   * Reads a resource, or returns an empty list when it does not exist.
   *
   * @param resource e.g. {@code /samples/katrineholm-2018/organisation.tsv}
   * @param columns the number of columns every data line must have
   */
  static List<Row> read(String resource, int columns) {
    InputStream in = Tsv.class.getResourceAsStream(resource);
    if (in == null) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String place = resource + ":" + number;
        if (cells.length != columns) {
          throw InvalidValueException.violates(
              QmsErrorCode.VALUE_MALFORMED,
              place,
              cells.length + " columns",
              "must have " + columns + " tab-separated columns");
        }
        rows.add(new Row(place, cells));
      }
    } catch (IOException e) {
      throw new QmsException(QmsErrorCode.IO_FAILURE, "cannot read " + resource, e);
    }
    return rows;
  }

  /** Turns the two-character escape {@code \n} into a line break. */
  static String unescape(String text) {
    return text.replace("\\n", "\n");
  }
}
