package se.qms.core.improvement;

import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/** The checks the command types share. */
final class CommandChecks {
  private CommandChecks() {}

  /** A payload is present exactly when the command type uses it. */
  static void payload(Optional<?> value, boolean required, String field, Enum<?> type) {
    if (required && value.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.COMMAND_INCOMPLETE, field, "absent", "is required for " + type);
    }
    if (!required && value.isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.COMMAND_INCOMPLETE, field, value.get(), "is not used by " + type);
    }
  }

  /** A payload that is optional for some types and not used by the others. */
  static void optionalPayload(Optional<?> value, boolean allowed, String field, Enum<?> type) {
    if (!allowed) {
      payload(value, false, field, type);
    }
  }

  static void note(Optional<String> note) {
    note.ifPresent(n -> Checks.noPersonalIdentityNumber(Checks.text(n, 2_000, "note"), "note"));
  }
}
