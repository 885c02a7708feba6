package se.qms.json.kolada;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import se.qms.core.QmsErrorCode;
import se.qms.json.DocumentError;
import se.qms.json.QmsDocumentException;

/**
 * The errors and notes of one import, collected across its pages. Not thread-safe: one per import.
 *
 * <p>At most {@value #MAX_ERRORS} errors are kept; the next one is replaced by a last error saying
 * that reading stopped, so hostile input cannot make the error list unbounded.
 */
final class Problems {
  static final int MAX_ERRORS = 1000;
  private static final int MAX_RENDERED = 80;
  private static final Pattern PERSONAL_IDENTITY_NUMBER =
      Pattern.compile("(?<!\\d)(\\d{2})?\\d{6}[-+]?\\d{4}(?!\\d)");

  private final List<DocumentError> errors = new ArrayList<>();
  private final List<KoladaNote> notes = new ArrayList<>();
  private final Set<String> noteKeys = new HashSet<>();
  private final boolean severalPages;
  private int page = 1;

  private Problems(boolean severalPages) {
    this.severalPages = severalPages;
  }

  /** For one response. */
  static Problems ofOnePage() {
    return new Problems(false);
  }

  /** For a series of pages: messages name the page. */
  static Problems ofPages() {
    return new Problems(true);
  }

  /** Sets the 1-based page that following problems are found in. */
  void page(int number) {
    this.page = number;
  }

  /** The current page, 1-based. */
  int page() {
    return page;
  }

  /** Where a pointer of a page is, in Swedish: "/values/0", or "sida 2 /values/0". */
  String whereSv(int page, String pointer) {
    return severalPages ? "sida " + page + " " + pointer : pointer;
  }

  /** Where a pointer of a page is, in English: "/values/0", or "page 2 /values/0". */
  String whereEn(int page, String pointer) {
    return severalPages ? "page " + page + " " + pointer : pointer;
  }

  void error(String pointer, QmsErrorCode code, String sv, String en, String rejected) {
    if (errors.size() > MAX_ERRORS) {
      return;
    }
    if (errors.size() == MAX_ERRORS) {
      errors.add(
          new DocumentError(
              pointer,
              QmsErrorCode.JSON_TOO_MANY_ERRORS,
              prefixSv() + "fler än " + MAX_ERRORS + " fel; läsningen avbröts",
              prefixEn() + "more than " + MAX_ERRORS + " errors; reading stopped",
              null));
      return;
    }
    errors.add(new DocumentError(pointer, code, prefixSv() + sv, prefixEn() + en, rejected));
  }

  /** A note, kept once per {@code key} (e.g. one note per unknown status value). */
  void note(String key, String pointer, String sv, String en) {
    if (noteKeys.add(key)) {
      notes.add(new KoladaNote(pointer, prefixSv() + sv, prefixEn() + en));
    }
  }

  int errorCount() {
    return errors.size();
  }

  List<KoladaNote> notes() {
    return notes;
  }

  /** Throws every error found so far, if there is one. */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new QmsDocumentException(errors);
    }
  }

  private String prefixSv() {
    return severalPages ? "sida " + page + ": " : "";
  }

  private String prefixEn() {
    return severalPages ? "page " + page + ": " : "";
  }

  /**
   * A rejected value for a message: cut to {@value #MAX_RENDERED} characters, withheld when it has
   * the shape of a personal identity number.
   */
  static String render(String value) {
    if (value == null) {
      return null;
    }
    if (PERSONAL_IDENTITY_NUMBER.matcher(value).find()) {
      return "(withheld: shaped like a personal identity number)";
    }
    return value.length() <= MAX_RENDERED
        ? value
        : value.substring(0, MAX_RENDERED) + "… (" + value.length() + " characters)";
  }

  /** A JSON pointer segment for a property name (RFC 6901: {@code ~} → {@code ~0}, / → ~1). */
  static String segment(String name) {
    return "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
