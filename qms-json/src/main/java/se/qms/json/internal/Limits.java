package se.qms.json.internal;

import se.qms.core.QmsErrorCode;
import tools.jackson.core.exc.StreamConstraintsException;

/** Which limit a document read broke, as the error code that names it. */
public final class Limits {
  private Limits() {}

  /**
   * The code of the limit {@code e} reports: size, nesting depth, string, number or name length;
   * {@link QmsErrorCode#JSON_LIMIT_EXCEEDED} for any other limit of the parser.
   *
   * @param e a parser's report of a broken limit; not null
   */
  public static QmsErrorCode code(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Document length")) {
      return QmsErrorCode.JSON_DOCUMENT_TOO_LARGE;
    } else if (m.startsWith("Document nesting depth")) {
      return QmsErrorCode.JSON_NESTING_TOO_DEEP;
    } else if (m.startsWith("String value length")) {
      return QmsErrorCode.JSON_STRING_TOO_LONG;
    } else if (m.startsWith("Number value length") || m.startsWith("BigDecimal scale")) {
      return QmsErrorCode.JSON_NUMBER_TOO_LONG;
    } else if (m.startsWith("Name length")) {
      return QmsErrorCode.JSON_NAME_TOO_LONG;
    }
    return QmsErrorCode.JSON_LIMIT_EXCEEDED;
  }
}
