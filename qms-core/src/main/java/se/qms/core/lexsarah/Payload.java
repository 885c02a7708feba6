package se.qms.core.lexsarah;

import java.time.LocalDate;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.Role;

/** The checks that a command's or an event's data fit its type, shared by both. */
final class Payload {
  private Payload() {}

  static void check(
      LexSarahCommandType type,
      LocalDate date,
      Optional<String> note,
      Optional<LexSarahAssessment> assessment,
      Optional<LexSarahReferral> referral,
      Optional<LocalDate> decisionDate,
      Optional<Role> decidedBy) {
    note.ifPresent(n -> Checks.noPersonalIdentityNumber(Checks.text(n, 2_000, "note"), "note"));
    required(assessment, type == LexSarahCommandType.ASSESS, "assessment", type);
    if (referral.isPresent()) {
      notUsed(referral, type == LexSarahCommandType.ASSESS, "referral", type);
      if (assessment.isPresent() && assessment.get() != LexSarahAssessment.NO_IMPROPRIETY) {
        throw InvalidValueException.violates(
            QmsErrorCode.LEX_SARAH_REFERRAL_MISPLACED,
            "referral",
            referral.get(),
            "is only given with the assessment NO_IMPROPRIETY, not " + assessment.get());
      }
    }
    required(decisionDate, type == LexSarahCommandType.NOTIFY_IVO, "decisionDate", type);
    notUsed(
        decidedBy,
        type == LexSarahCommandType.NOTIFY_IVO || type == LexSarahCommandType.CLOSE,
        "decidedBy",
        type);
    decisionDate
        .filter(d -> d.isAfter(date))
        .ifPresent(
            d -> {
              throw InvalidValueException.violates(
                  QmsErrorCode.DATES_OUT_OF_ORDER,
                  "decisionDate",
                  d,
                  "must not be after the day of the notification, " + date);
            });
  }

  /** A value present exactly when the type uses it. */
  private static void required(Optional<?> value, boolean used, String field, LexSarahCommandType type) {
    if (used && value.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.COMMAND_INCOMPLETE, field, "absent", "is required for " + type);
    }
    notUsed(value, used, field, type);
  }

  /** A value absent when the type does not use it. */
  private static void notUsed(Optional<?> value, boolean used, String field, LexSarahCommandType type) {
    if (!used && value.isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.COMMAND_INCOMPLETE, field, value.get(), "is not used by " + type);
    }
  }
}
