package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.internal.Histories;
import se.qms.core.organisation.PersonRef;

/**
 * A favourable decision (gynnande beslut) under SoL or LSS and the history of its execution: the
 * record the quarterly reports on decisions not carried out are built from (SoL 16 kap. 6 f §, LSS
 * 28 f §; seed 001 "Ej verkställda beslut", seed 004 §6.4.5).
 *
 * <p>Commands go through {@link #apply(ExecutionCommand)}, which returns the next state and a
 * past-tense event and rejects what the status forbids ({@link ExecutionStatus}); the history is
 * append-only. Every date the reports need is read from the history: offers, declines, the day of
 * execution, interruptions and resumptions, and the day the decision ended.
 *
 * <p>Invariants: id non-blank (at most 100 characters), no text holding a personal identity
 * number; the reason text is non-blank when present; the history starts in {@link
 * ExecutionStatus#DECIDED}, is a chain of allowed transitions in date order, none before the day
 * of the decision, ending in the current status ({@link QmsErrorCode#TRANSITION_NOT_ALLOWED},
 * {@link QmsErrorCode#HISTORY_INCONSISTENT}, {@link QmsErrorCode#CASE_DATE_BEFORE_START}). Whether
 * the insats is in the catalogue in use is checked against a policy ({@link
 * UnexecutedDecisionRegister#check(UnexecutedDecisionPolicy)}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FavourableDecision {
  FavourableDecision() {}

  /** The decision's id, unique in the register (e.g. the case number, never a personnummer). */
  public abstract String id();

  /** The person the decision concerns, pseudonymously, if recorded. */
  public abstract Optional<PersonRef> person();

  /** The kind of insats granted; its law is the decision's law. */
  public abstract Insats insats();

  /** The day of the decision. */
  public abstract LocalDate decided();

  /** The gender of the person the decision concerns. */
  public abstract Gender gender();

  /** The reason for the delay the nämnd gives in its report, once known. */
  public abstract Optional<DelayReason> delayReason();

  /** The reason in the nämnd's words (kortfattat ange skälen för dröjsmålet). */
  public abstract Optional<String> delayReasonText();

  /** The current status; default {@link ExecutionStatus#DECIDED}. */
  @Value.Default
  public ExecutionStatus status() {
    return ExecutionStatus.DECIDED;
  }

  /**
   * Whether the case is under "skyddade personuppgifter" (protected personal data): the person the
   * case concerns has protected personal data at Skatteverket, a sekretessmarkering or skyddad
   * folkbokföring. The flag keeps the names and free text of the case out of every export and
   * report ({@code se.qms.core.privacy.Redaction}); ids, dates, categories and statuses stay, so
   * every count is the same. Default false.
   */
  @Value.Default
  public boolean protectedPersonalData() {
    return false;
  }

  /**
   * A copy with the "skyddade personuppgifter" flag set or cleared; every other field, the history
   * included, is unchanged. A vendor may set it on an existing case at any time, in any status.
   *
   * @param value whether the person the case concerns has protected personal data
   */
  public abstract FavourableDecision withProtectedPersonalData(boolean value);

  /** What happened to the decision, oldest first. */
  public abstract List<ExecutionEvent> history();

  /** Copy with a reason for the delay. */
  public abstract FavourableDecision withDelayReason(DelayReason reason);

  /** Copy with the reason in words. */
  public abstract FavourableDecision withDelayReasonText(String text);

  /**
   * A decision just made.
   *
   * @param id not blank
   * @param insats not null
   * @param decided not null
   * @param gender not null
   */
  public static FavourableDecision decided(
      String id, Insats insats, LocalDate decided, Gender gender) {
    return builder().id(id).insats(insats).decided(decided).gender(gender).build();
  }

  /** A strict builder; id, insats, day of decision and gender are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds decisions. */
  public static final class Builder extends ImmutableFavourableDecision.Builder {
    Builder() {}
  }

  /** The law the decision is made under. */
  public Law law() {
    return insats().law();
  }

  /** The days offers were made, oldest first. */
  public List<LocalDate> offers() {
    return days(ExecutionCommandType.OFFER);
  }

  /** The days offers were declined, oldest first. */
  public List<LocalDate> declines() {
    return days(ExecutionCommandType.DECLINE);
  }

  /** The days the execution was interrupted, oldest first. */
  public List<LocalDate> interruptions() {
    return days(ExecutionCommandType.INTERRUPT);
  }

  /** The days the execution was resumed, oldest first. */
  public List<LocalDate> resumptions() {
    return days(ExecutionCommandType.RESUME);
  }

  /** The day the decision was first executed, if it was. */
  public Optional<LocalDate> executed() {
    return days(ExecutionCommandType.EXECUTE).stream().findFirst();
  }

  /** The day the decision ended, if it did. */
  public Optional<LocalDate> ended() {
    return days(ExecutionCommandType.END).stream().findFirst();
  }

  private List<LocalDate> days(ExecutionCommandType type) {
    List<LocalDate> out = new ArrayList<>();
    for (ExecutionEvent e : history()) {
      if (e.command() == type) {
        out.add(e.date());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The status at the end of {@code day}: after every event dated on or before it.
   *
   * @param day not null; before the day of decision the status is {@link ExecutionStatus#DECIDED}
   */
  public ExecutionStatus statusOn(LocalDate day) {
    Checks.present(day, "day");
    ExecutionStatus s = ExecutionStatus.DECIDED;
    for (ExecutionEvent e : history()) {
      if (e.date().isAfter(day)) {
        break;
      }
      s = e.to();
    }
    return s;
  }

  /**
   * The times the decision waited, oldest first: for its first execution from the day of the
   * decision, and for resumption from each interruption, each closed by the event that ended it.
   * They do not overlap.
   */
  @Value.Lazy
  public List<WaitingPeriod> waitingPeriods() {
    List<WaitingPeriod> out = new ArrayList<>();
    WaitingPeriod open = WaitingPeriod.open(WaitingKind.EXECUTION, decided());
    for (ExecutionEvent e : history()) {
      switch (e.command()) {
        case EXECUTE:
        case RESUME:
        case END:
          if (open != null) {
            out.add(open.close(e.date(), e.command()));
            open = null;
          }
          break;
        case INTERRUPT:
          open = WaitingPeriod.open(WaitingKind.RESUMPTION, e.date());
          break;
        default:
          break;
      }
    }
    if (open != null) {
      out.add(open);
    }
    return List.copyOf(out);
  }

  /**
   * Carries out a command.
   *
   * @param command not null
   * @return the decision after the command, its history extended by the returned event
   * @throws InvalidValueException with {@link QmsErrorCode#TRANSITION_NOT_ALLOWED} if the status
   *     forbids the command, {@link QmsErrorCode#HISTORY_INCONSISTENT} if it is dated before the
   *     last event, {@link QmsErrorCode#CASE_DATE_BEFORE_START} if before the day of decision
   */
  public ExecutionTransition apply(ExecutionCommand command) {
    Checks.present(command, "command");
    ExecutionStatus current = status();
    ExecutionStatus to =
        current
            .after(command.type())
            .orElseThrow(
                () ->
                    InvalidValueException.violates(
                        QmsErrorCode.TRANSITION_NOT_ALLOWED,
                        "command",
                        command.type(),
                        "is not allowed in status "
                            + current
                            + "; allowed: "
                            + current.allowedCommands()));
    LocalDate date = command.date();
    if (date.isBefore(decided())) {
      throw InvalidValueException.violates(
          QmsErrorCode.CASE_DATE_BEFORE_START,
          "date",
          date,
          "must not be before the day of decision " + decided());
    }
    if (!history().isEmpty() && date.isBefore(history().get(history().size() - 1).date())) {
      throw InvalidValueException.violates(
          QmsErrorCode.HISTORY_INCONSISTENT,
          "date",
          date,
          "must not be before the last event's date " + history().get(history().size() - 1).date());
    }
    ExecutionEvent event = ExecutionEvent.of(command.type(), current, to, date);
    if (command.note().isPresent()) {
      event = event.withNote(command.note().get());
    }
    List<ExecutionEvent> history = new ArrayList<>(history());
    history.add(event);
    FavourableDecision next =
        builder()
            .id(id())
            .person(person())
            .insats(insats())
            .decided(decided())
            .gender(gender())
            .delayReason(delayReason())
            .delayReasonText(delayReasonText())
            .protectedPersonalData(protectedPersonalData())
            .status(to)
            .addAllHistory(history)
            .build();
    return ExecutionTransition.of(next, event);
  }

  @Value.Check
  final void check() {
    Checks.noPersonalIdentityNumber(Checks.text(id(), 100, "id"), "id");
    delayReasonText()
        .ifPresent(
            t ->
                Checks.noPersonalIdentityNumber(
                    Checks.text(t, 2_000, "delayReasonText"), "delayReasonText"));
    if (!history().isEmpty() && history().get(0).from() != ExecutionStatus.DECIDED) {
      throw InvalidValueException.violates(
          QmsErrorCode.HISTORY_INCONSISTENT,
          "history[0].from",
          history().get(0).from(),
          "must be the status every decision starts in, " + ExecutionStatus.DECIDED);
    }
    Histories.check(
        history(),
        ExecutionEvent::from,
        ExecutionEvent::command,
        ExecutionEvent::to,
        ExecutionEvent::date,
        ExecutionStatus::after,
        decided(),
        "the day of decision",
        status());
    if (history().isEmpty() && status() != ExecutionStatus.DECIDED) {
      throw InvalidValueException.violates(
          QmsErrorCode.HISTORY_INCONSISTENT,
          "status",
          status(),
          "must be the status the history leads to, " + ExecutionStatus.DECIDED);
    }
  }

  @Override
  public String toString() {
    return "FavourableDecision{"
        + id()
        + ", "
        + insats()
        + ", decided "
        + decided()
        + ", "
        + status()
        + "}";
  }
}
