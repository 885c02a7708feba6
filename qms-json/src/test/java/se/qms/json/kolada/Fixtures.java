package se.qms.json.kolada;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The recorded Kolada responses under {@code src/test/resources/kolada/}. */
final class Fixtures {
  private Fixtures() {}

  /** The text of {@code kolada/<name>}. */
  static String text(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/kolada/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture kolada/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
