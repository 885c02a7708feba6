package se.qms.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import se.qms.core.QmsErrorCode;

/** The Swedish description of every error code, from {@code messages_sv.properties}. */
final class Messages {
  private static final Properties SWEDISH = load();

  private Messages() {}

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages_sv.properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The Swedish description; the English one when a translation is missing. */
  static String swedish(QmsErrorCode code) {
    return SWEDISH.getProperty(code.id(), code.description());
  }

  /** Whether a Swedish description exists. */
  static boolean hasSwedish(QmsErrorCode code) {
    return SWEDISH.containsKey(code.id());
  }
}
