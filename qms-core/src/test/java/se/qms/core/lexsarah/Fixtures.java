package se.qms.core.lexsarah;

import java.time.LocalDate;
import se.qms.core.organisation.Role;

/** Cases in any status, walked there with real commands, and a valid command of every type. */
final class Fixtures {
  /** A Monday. */
  static final LocalDate START = LocalDate.of(2019, 3, 4);

  private Fixtures() {}

  /** A case just reported. */
  static LexSarahCase reported() {
    return LexSarahCase.reported("LS-1", "sn", START);
  }

  /**
   * A case in {@code status}, one day per step; {@code serious} decides the assessment (a serious
   * case in CLOSED was notified first, one that is not was closed straight away; a case in NOTIFIED
   * is always serious).
   */
  static LexSarahCase in(LexSarahStatus status, boolean serious) {
    LexSarahCase c = reported();
    LocalDate day = START;
    boolean notify = serious || status == LexSarahStatus.NOTIFIED;
    LexSarahAssessment assessment =
        notify ? LexSarahAssessment.SERIOUS_IMPROPRIETY : LexSarahAssessment.IMPROPRIETY;
    while (c.status() != status) {
      day = day.plusDays(1);
      switch (c.status()) {
        case REPORTED:
          c = c.apply(LexSarahCommand.receive(day)).next();
          break;
        case RECEIVED:
          c = c.apply(LexSarahCommand.register(day)).next();
          break;
        case REGISTERED:
          c = c.apply(LexSarahCommand.startInvestigation(day)).next();
          break;
        case INVESTIGATING:
          c = c.apply(LexSarahCommand.assess(day, assessment)).next();
          break;
        case ASSESSED:
          c =
              c.apply(
                      notify
                          ? LexSarahCommand.notifyIvo(day, day)
                          : LexSarahCommand.close(day))
                  .next();
          break;
        case NOTIFIED:
          c = c.apply(LexSarahCommand.close(day)).next();
          break;
        default:
          throw new AssertionError(status);
      }
    }
    return c;
  }

  /** A valid command of each type on {@code day}. */
  static LexSarahCommand command(LexSarahCommandType type, LocalDate day) {
    switch (type) {
      case ASSESS:
        return LexSarahCommand.assess(day, LexSarahAssessment.RISK_OF_SERIOUS_IMPROPRIETY);
      case NOTIFY_IVO:
        return LexSarahCommand.notifyIvo(day, day).withDecidedBy(Role.NAMND);
      default:
        return LexSarahCommand.of(type, day);
    }
  }
}
