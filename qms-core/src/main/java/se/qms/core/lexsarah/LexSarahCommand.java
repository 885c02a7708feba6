package se.qms.core.lexsarah;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;

/**
 * A command to a {@link LexSarahCase}: what to do, on which day, optionally by whom and with a note,
 * and the data its type needs.
 *
 * <p>Invariants as for the {@link LexSarahEvent} it becomes: {@link LexSarahCommandType#ASSESS}
 * has an assessment and, only with {@link LexSarahAssessment#NO_IMPROPRIETY}, may have a referral;
 * {@link LexSarahCommandType#NOTIFY_IVO} has the day of the decision to notify, not after the
 * notification itself; who decided goes only with NOTIFY_IVO or CLOSE. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LexSarahCommand {
  LexSarahCommand() {}

  /** What to do. */
  public abstract LexSarahCommandType type();

  /** The day it is done. */
  public abstract LocalDate date();

  /** Who does it. */
  public abstract Optional<PersonRef> actor();

  /** A remark for the history. */
  public abstract Optional<String> note();

  /** With ASSESS: the assessment. */
  public abstract Optional<LexSarahAssessment> assessment();

  /** With ASSESS and {@link LexSarahAssessment#NO_IMPROPRIETY}: where the report is referred. */
  public abstract Optional<LexSarahReferral> referral();

  /** With NOTIFY_IVO: the day the nämnd or its delegate decided to notify. */
  public abstract Optional<LocalDate> decisionDate();

  /** With NOTIFY_IVO or CLOSE: who decided. */
  public abstract Optional<Role> decidedBy();

  /** Copy with an actor. */
  public abstract LexSarahCommand withActor(PersonRef actor);

  /** Copy with a note. */
  public abstract LexSarahCommand withNote(String note);

  /** Copy naming who decided (NOTIFY_IVO and CLOSE only). */
  public abstract LexSarahCommand withDecidedBy(Role decidedBy);

  /** The responsible manager receives the report. */
  public static LexSarahCommand receive(LocalDate date) {
    return of(LexSarahCommandType.RECEIVE, date);
  }

  /** The report is registered. */
  public static LexSarahCommand register(LocalDate date) {
    return of(LexSarahCommandType.REGISTER, date);
  }

  /** The investigation starts. */
  public static LexSarahCommand startInvestigation(LocalDate date) {
    return of(LexSarahCommandType.START_INVESTIGATION, date);
  }

  /** The investigation assesses what was reported. */
  public static LexSarahCommand assess(LocalDate date, LexSarahAssessment assessment) {
    return builder().type(LexSarahCommandType.ASSESS).date(date).assessment(assessment).build();
  }

  /** The investigation finds no missförhållande and refers the report elsewhere. */
  public static LexSarahCommand noImpropriety(LocalDate date, LexSarahReferral referral) {
    return builder()
        .type(LexSarahCommandType.ASSESS)
        .date(date)
        .assessment(LexSarahAssessment.NO_IMPROPRIETY)
        .referral(referral)
        .build();
  }

  /** The serious case is notified to IVO on {@code date}, as decided on {@code decisionDate}. */
  public static LexSarahCommand notifyIvo(LocalDate date, LocalDate decisionDate) {
    return builder()
        .type(LexSarahCommandType.NOTIFY_IVO)
        .date(date)
        .decisionDate(decisionDate)
        .build();
  }

  /** The investigation is completed and the case closed. */
  public static LexSarahCommand close(LocalDate date) {
    return of(LexSarahCommandType.CLOSE, date);
  }

  /** A command without data; fails for the types that need some. */
  public static LexSarahCommand of(LexSarahCommandType type, LocalDate date) {
    return builder().type(type).date(date).build();
  }

  /** A strict builder; type and date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds commands. */
  public static final class Builder extends ImmutableLexSarahCommand.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Payload.check(type(), date(), note(), assessment(), referral(), decisionDate(), decidedBy());
  }
}
