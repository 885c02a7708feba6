package se.qms.json;

import java.util.Objects;
import java.util.Optional;
import se.qms.core.QmsErrorCode;

/**
 * One error found in a document: where (a JSON pointer, RFC 6901), what (a {@link QmsErrorCode}),
 * a message in Swedish and English, and the rejected value as text when there is one.
 *
 * <p>The rejected value is cut to 80 characters, and withheld entirely when it has the shape of a
 * personal identity number. Immutable and thread-safe.
 */
public final class DocumentError {
  private final String pointer;
  private final QmsErrorCode code;
  private final String messageSv;
  private final String messageEn;
  private final String rejectedValue;

  /**
   * Creates an error.
   *
   * @param pointer a JSON pointer such as {@code /processes/3/number}; "" for the whole document
   * @param code the error code
   * @param messageSv the Swedish message
   * @param messageEn the English message
   * @param rejectedValue the rejected value as text; null when there is none
   */
  public DocumentError(
      String pointer, QmsErrorCode code, String messageSv, String messageEn, String rejectedValue) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.code = Objects.requireNonNull(code, "code");
    String shown = rejectedValue == null ? null : shorten(rejectedValue);
    boolean withheld = shown != null && PERSONAL_IDENTITY_NUMBER.matcher(shown).find();
    this.messageSv = withhold(Objects.requireNonNull(messageSv, "messageSv"), rejectedValue, withheld);
    this.messageEn = withhold(Objects.requireNonNull(messageEn, "messageEn"), rejectedValue, withheld);
    this.rejectedValue = withheld ? WITHHELD : shown;
  }

  private static final String WITHHELD = "(withheld)";
  private static final java.util.regex.Pattern PERSONAL_IDENTITY_NUMBER =
      java.util.regex.Pattern.compile("(?<!\\d)(\\d{2})?\\d{6}[-+]?\\d{4}(?!\\d)");

  /**
   * Whether {@code s} holds something shaped like a personal identity number (10 or 12 digits,
   * with or without "-" or "+"). A scan for six digits in a row comes first, so most texts never
   * reach the pattern.
   */
  static boolean hasPersonalIdentityNumber(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run == 6) {
          return PERSONAL_IDENTITY_NUMBER.matcher(s).find();
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "… (" + s.length() + " characters)";
  }

  private static String withhold(String message, String rejected, boolean withheld) {
    String out = message;
    if (withheld) {
      out = out.replace(rejected, WITHHELD).replace(shorten(rejected), WITHHELD);
    }
    return PERSONAL_IDENTITY_NUMBER.matcher(out).replaceAll(WITHHELD);
  }

  /** Where the error is: a JSON pointer, "" for the whole document. */
  public String pointer() {
    return pointer;
  }

  /** What kind of error it is. */
  public QmsErrorCode code() {
    return code;
  }

  /** The message in Swedish. */
  public String messageSv() {
    return messageSv;
  }

  /** The message in English. */
  public String messageEn() {
    return messageEn;
  }

  /** The rejected value as text, when there is one. */
  public Optional<String> rejectedValue() {
    return Optional.ofNullable(rejectedValue);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DocumentError)) {
      return false;
    }
    DocumentError o = (DocumentError) other;
    return pointer.equals(o.pointer)
        && code == o.code
        && messageSv.equals(o.messageSv)
        && messageEn.equals(o.messageEn)
        && Objects.equals(rejectedValue, o.rejectedValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, code, messageEn);
  }

  /** One line: {@code /processes/3/number QMS-1201: …}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + " " + code.id() + ": " + messageEn;
  }
}
