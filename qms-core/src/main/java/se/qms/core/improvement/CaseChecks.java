package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/** Field checks the case types share. */
final class CaseChecks {
  private CaseChecks() {}

  static String id(String id) {
    return Checks.noPersonalIdentityNumber(Checks.text(id, 100, "id"), "id");
  }

  static void unit(Optional<String> unit, String field) {
    unit.ifPresent(u -> Checks.noPersonalIdentityNumber(Checks.text(u, 200, field), field));
  }

  static void freeText(Optional<String> text, int max, String field) {
    text.ifPresent(t -> Checks.noPersonalIdentityNumber(Checks.text(t, max, field), field));
  }

  /** A date that must not lie before the case's start. */
  static void notBefore(
      Optional<LocalDate> date, LocalDate start, String field, String startField) {
    date.filter(d -> d.isBefore(start))
        .ifPresent(
            d -> {
              throw InvalidValueException.violates(
                  QmsErrorCode.CASE_DATE_BEFORE_START,
                  field,
                  d,
                  "must not be before " + startField + " " + start);
            });
  }

  /** A field the status requires. */
  static void requiredIn(Optional<?> value, boolean required, String field, Enum<?> status) {
    if (required && value.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, field, "absent", "is required in status " + status);
    }
  }
}
