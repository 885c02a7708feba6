package se.qms.core;

import static java.util.Objects.requireNonNull;

/**
 * The root of every exception the library throws: unchecked, and always carrying a {@link
 * QmsErrorCode}.
 *
 * <p>Exceptions signal programmer errors and invalid input; business outcomes (a red light, a
 * missed deadline) are values, never exceptions. The message starts with the code's id, so a log
 * line alone identifies the error.
 */
public class QmsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final QmsErrorCode code;

  /**
   * Creates an exception.
   *
   * @param code the error code; not null
   * @param message what went wrong, naming the field and value where there is one; not null
   */
  public QmsException(QmsErrorCode code, String message) {
    this(code, message, null);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code the error code; not null
   * @param message what went wrong; not null
   * @param cause the underlying failure; may be null
   */
  public QmsException(QmsErrorCode code, String message, Throwable cause) {
    super(requireNonNull(code, "code").id() + ": " + requireNonNull(message, "message"), cause);
    this.code = code;
  }

  /** The error code; never {@code null}. */
  public QmsErrorCode code() {
    return code;
  }
}
