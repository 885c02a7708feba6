package se.qms.core.lexsarah;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;

/**
 * One entry of a lex Sarah case's history: a command that was carried out, named in the past tense,
 * with the status before and after, the day, and the data the command brought — the assessment and
 * referral of {@link LexSarahCommandType#ASSESS}, the day of the decision to notify of {@link
 * LexSarahCommandType#NOTIFY_IVO}, and who decided a notification or the closing.
 *
 * <p>Histories are append-only: a transition returns a new case whose history is the old one plus
 * one event. Invariants: an assessment with ASSESS and only there; a referral only with ASSESS and
 * the assessment {@link LexSarahAssessment#NO_IMPROPRIETY} ({@link
 * se.qms.core.QmsErrorCode#LEX_SARAH_REFERRAL_MISPLACED}); a decision day with NOTIFY_IVO and only
 * there, not after the notification ({@link se.qms.core.QmsErrorCode#DATES_OUT_OF_ORDER}); who
 * decided only with NOTIFY_IVO or CLOSE ({@link se.qms.core.QmsErrorCode#COMMAND_INCOMPLETE}
 * otherwise); the note, when present, non-blank, at most 2 000 characters, without personal
 * identity numbers. Whether {@code from → to} is allowed is checked by the case that holds the
 * history. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LexSarahEvent {
  LexSarahEvent() {}

  /** The command that was carried out. */
  public abstract LexSarahCommandType command();

  /** The status before. */
  public abstract LexSarahStatus from();

  /** The status after. */
  public abstract LexSarahStatus to();

  /** The day it happened. */
  public abstract LocalDate date();

  /** Who carried the command out, if recorded. */
  public abstract Optional<PersonRef> actor();

  /** A remark, if any. */
  public abstract Optional<String> note();

  /** With ASSESS: the assessment. */
  public abstract Optional<LexSarahAssessment> assessment();

  /** With ASSESS and {@link LexSarahAssessment#NO_IMPROPRIETY}: where the report was referred. */
  public abstract Optional<LexSarahReferral> referral();

  /** With NOTIFY_IVO: the day the nämnd or its delegate decided to notify. */
  public abstract Optional<LocalDate> decisionDate();

  /** With NOTIFY_IVO or CLOSE: who decided, e.g. the nämnd or the förvaltningschef by delegation. */
  public abstract Optional<Role> decidedBy();

  /** The event's English name in the past tense, e.g. "Registered". */
  public String name() {
    return command().eventName();
  }

  /** The event's Swedish name, e.g. "Registrerad". */
  public String swedishName() {
    return command().swedishEventName();
  }

  /** An event without data, actor or note. */
  public static LexSarahEvent of(
      LexSarahCommandType command, LexSarahStatus from, LexSarahStatus to, LocalDate date) {
    return builder().command(command).from(from).to(to).date(date).build();
  }

  /** A strict builder; command, from, to and date are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds events. */
  public static final class Builder extends ImmutableLexSarahEvent.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Payload.check(
        command(), date(), note(), assessment(), referral(), decisionDate(), decidedBy());
  }

  @Override
  public String toString() {
    return date()
        + " "
        + name()
        + assessment().map(a -> " " + a).orElse("")
        + " ("
        + from()
        + " → "
        + to()
        + ")";
  }
}
