package se.qms.json.kolada;

import java.util.Objects;

/**
 * Something in a Kolada response that did not stop the import but that a reader of the result
 * should know: a status the importer does not interpret, a property it does not know, a reference
 * left out because Kolada has no total for it, further pages not read.
 *
 * <p>Located like an error: by a JSON pointer into the response ("" for the whole response); the
 * messages name the page when several pages were read. All fields are non-null. Immutable and
 * thread-safe.
 */
public final class KoladaNote {
  private final String pointer;
  private final String messageSv;
  private final String messageEn;

  KoladaNote(String pointer, String messageSv, String messageEn) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.messageSv = Objects.requireNonNull(messageSv, "messageSv");
    this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
  }

  /** Where: a JSON pointer such as {@code /values/3/values/0/status}; "" for the whole response. */
  public String pointer() {
    return pointer;
  }

  /** The note in Swedish. */
  public String messageSv() {
    return messageSv;
  }

  /** The note in English. */
  public String messageEn() {
    return messageEn;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof KoladaNote)) {
      return false;
    }
    KoladaNote o = (KoladaNote) other;
    return pointer.equals(o.pointer)
        && messageSv.equals(o.messageSv)
        && messageEn.equals(o.messageEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, messageSv, messageEn);
  }

  /** One line: {@code /values/3/values/0/status: …}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + messageEn;
  }
}
