package se.qms.json;

import java.util.List;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;

/**
 * A document could not be read: carries every error found, not just the first, each located by a
 * JSON pointer. The exception's own code is the first error's.
 *
 * <p>Nothing is half-applied: when this is thrown, no model was returned.
 */
public final class QmsDocumentException extends QmsException {
  private static final long serialVersionUID = 1L;

  private final transient List<DocumentError> errors;

  /**
   * Creates the exception.
   *
   * @param errors at least one error, in document order
   */
  public QmsDocumentException(List<DocumentError> errors) {
    super(
        errors.isEmpty() ? QmsErrorCode.JSON_SYNTAX : errors.get(0).code(),
        summary(errors));
    this.errors = List.copyOf(errors);
  }

  private static String summary(List<DocumentError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a document exception needs at least one error");
    }
    return errors.size() == 1
        ? errors.get(0).pointer() + ": " + errors.get(0).messageEn()
        : errors.size() + " errors, first " + errors.get(0).pointer() + ": " + errors.get(0).messageEn();
  }

  /** Every error found, in document order; never empty. */
  public List<DocumentError> errors() {
    return errors;
  }
}
