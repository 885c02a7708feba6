package se.qms.examples;

import java.util.List;
import se.qms.json.DocumentError;

/** Renders document errors as a small JSON report for {@code --format json}. */
final class JsonErrors {
  private JsonErrors() {}

  static String toJson(String file, List<DocumentError> errors) {
    StringBuilder s = new StringBuilder();
    s.append("{\"file\":").append(quote(file)).append(",\"valid\":").append(errors.isEmpty());
    s.append(",\"errors\":[");
    for (int i = 0; i < errors.size(); i++) {
      DocumentError e = errors.get(i);
      s.append(i == 0 ? "" : ",")
          .append("{\"pointer\":")
          .append(quote(e.pointer()))
          .append(",\"code\":")
          .append(quote(e.code().id()))
          .append(",\"messageSv\":")
          .append(quote(e.messageSv()))
          .append(",\"messageEn\":")
          .append(quote(e.messageEn()));
      e.rejectedValue().ifPresent(v -> s.append(",\"rejectedValue\":").append(quote(v)));
      s.append('}');
    }
    return s.append("]}").toString();
  }

  static String quote(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }
}
