package se.qms.core;

/**
 * A required value was absent or {@code null} when a value object was built.
 *
 * <p>Thrown by every generated builder and factory of the model, so that a missing attribute
 * never surfaces as a raw {@link NullPointerException} or {@link IllegalStateException}.
 */
public final class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception from a generated builder's detail text: either the attribute name or a
   * sentence naming the missing attributes.
   *
   * @param detail the attribute name or a description; not null
   */
  public MissingValueException(String detail) {
    super(
        QmsErrorCode.VALUE_MISSING,
        isName(detail) ? detail : null,
        isName(detail) ? "null" : null,
        isName(detail) ? detail + " is required, was null" : String.valueOf(detail));
  }

  private static boolean isName(String detail) {
    return detail != null && !detail.isEmpty() && detail.chars().allMatch(Character::isJavaIdentifierPart);
  }
}
