package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.deadline.DeadlineRule;
import se.qms.core.deadline.DeadlineStatus;
import se.qms.core.deadline.TimeLimit;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * A complaint, comment, praise or suggestion received under SOSFS 2011:9 5 kap. 3 § (klagomål och
 * synpunkter): its kind, source, subject and unit, the days it was received, acknowledged, answered
 * and closed, the sender's satisfaction and request for the nämnd's complaint delegation, and its
 * lifecycle.
 *
 * <p>Commands go through {@link #apply(ComplaintCommand)}, which returns the next state and a
 * past-tense event and rejects what the status forbids ({@link ComplaintStatus}); the history is
 * append-only. The answer is due within a {@link DeadlineRule} counted from the day of receipt — by
 * default 14 calendar days ({@link #DEFAULT_ANSWER_RULE}; seed 002 §5.2 "inom två veckor", §5.3
 * "inom 14 dagar").
 *
 * <p>Invariants: id non-blank (at most 100 characters), unit and summary non-blank where present;
 * no text holds a personal identity number; no date lies before the day of receipt and closing not
 * before answering; an answered or closed complaint has an answer date, a closed one a closing
 * date; the history is a chain of allowed transitions in date order ending in the current status
 * (it may be empty for a case imported in any status). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Complaint {
  /** The default answer rule: 14 calendar days from receipt, not moved off non-working days. */
  public static final DeadlineRule DEFAULT_ANSWER_RULE = DeadlineRule.of(TimeLimit.days(14));

  Complaint() {}

  /** The case id, unique in the organisation's register. */
  public abstract String id();

  /** Klagomål, synpunkt, beröm or förslag. */
  public abstract ComplaintKind kind();

  /** Who it comes from, among the seven sources of 5 kap. 3 §; empty when not recorded. */
  public abstract Optional<ComplaintSource> source();

  /** What it concerns, from the organisation's {@link Taxonomy}; empty until classified. */
  public abstract Optional<Category> subject();

  /** The unit concerned; empty when it concerns no single unit. */
  public abstract Optional<String> unitId();

  /** A short account of what was conveyed. */
  public abstract Optional<String> summary();

  /** The day it was received. */
  public abstract LocalDate received();

  /** The day receipt was confirmed to the sender. */
  public abstract Optional<LocalDate> acknowledged();

  /** The day the sender was first answered. */
  public abstract Optional<LocalDate> answered();

  /** The day the case was (last) closed. */
  public abstract Optional<LocalDate> closed();

  /** Whether the sender is content with the answer. */
  public abstract Optional<Satisfaction> satisfaction();

  /**
   * The day the sender asked that the nämnd's complaint delegation handle the complaint (seed 002
   * §5.2).
   */
  public abstract Optional<LocalDate> delegationRequested();

  /** The current status; default {@link ComplaintStatus#RECEIVED}. */
  @Value.Default
  public ComplaintStatus status() {
    return ComplaintStatus.RECEIVED;
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
  public abstract Complaint withProtectedPersonalData(boolean value);

  /** What happened to the case, oldest first. */
  public abstract List<CaseEvent<ComplaintStatus, ComplaintCommandType>> history();

  /** A complaint of the given kind, just received. */
  public static Complaint received(String id, ComplaintKind kind, LocalDate received) {
    return builder().id(id).kind(kind).received(received).build();
  }

  /** A strict builder; id, kind and the day of receipt are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds complaints. */
  public static final class Builder extends ImmutableComplaint.Builder {
    Builder() {}
  }

  /**
   * Carries out a command.
   *
   * @param command not null
   * @return the complaint after the command, its history extended by the returned event
   * @throws InvalidValueException with {@link QmsErrorCode#TRANSITION_NOT_ALLOWED} if the status
   *     forbids the command, {@link QmsErrorCode#HISTORY_INCONSISTENT} if it is dated before the
   *     last event, {@link QmsErrorCode#CASE_DATE_BEFORE_START} if before receipt
   */
  public Transition<Complaint, CaseEvent<ComplaintStatus, ComplaintCommandType>> apply(
      ComplaintCommand command) {
    Checks.present(command, "command");
    CaseEvent<ComplaintStatus, ComplaintCommandType> event =
        ComplaintStatus.lifecycle()
            .step(
                status(),
                history(),
                received(),
                command.type(),
                command.date(),
                command.actor(),
                command.note());
    LocalDate day = command.date();
    Optional<LocalDate> acknowledged = acknowledged();
    Optional<LocalDate> answered = answered();
    Optional<LocalDate> closed = closed();
    Optional<Satisfaction> satisfaction = satisfaction();
    Optional<LocalDate> delegation = delegationRequested();
    switch (command.type()) {
      case ACKNOWLEDGE:
        acknowledged = Optional.of(day);
        break;
      case ANSWER:
        answered = answered.or(() -> Optional.of(day));
        break;
      case CLOSE:
        closed = Optional.of(day);
        satisfaction = command.satisfaction().or(() -> satisfaction());
        break;
      case REQUEST_DELEGATION:
        delegation = Optional.of(day);
        satisfaction = Optional.of(Satisfaction.NOT_SATISFIED);
        break;
      default:
        break;
    }
    List<CaseEvent<ComplaintStatus, ComplaintCommandType>> history = new ArrayList<>(history());
    history.add(event);
    Complaint next =
        builder()
            .id(id())
            .kind(kind())
            .source(source())
            .subject(subject())
            .unitId(unitId())
            .summary(summary())
            .received(received())
            .acknowledged(acknowledged)
            .answered(answered)
            .closed(closed)
            .satisfaction(satisfaction)
            .delegationRequested(delegation)
            .protectedPersonalData(protectedPersonalData())
            .status(event.to())
            .addAllHistory(history)
            .build();
    return Transition.of(next, event);
  }

  /** The last day the first answer is in time under {@code rule}. */
  public LocalDate answerDueDate(DeadlineRule rule) {
    return Checks.present(rule, "rule").dueDate(received());
  }

  /** Where the answer stands against {@code rule} as of a day. */
  public DeadlineStatus answerStatus(DeadlineRule rule, LocalDate asOf) {
    return Checks.present(rule, "rule").status(received(), answered(), asOf);
  }

  /** Whether the complaint is unanswered as of {@code asOf} and its answer due date has passed. */
  public boolean isOverdue(DeadlineRule rule, LocalDate asOf) {
    return answerStatus(rule, asOf) == DeadlineStatus.OVERDUE;
  }

  /** Whether it is overdue under {@link #DEFAULT_ANSWER_RULE}. */
  public boolean isOverdue(LocalDate asOf) {
    return isOverdue(DEFAULT_ANSWER_RULE, asOf);
  }

  /** The record the yearly compilation counts: kind, subject, source, unit and month of receipt. */
  public CaseRecord toRecord() {
    return CaseRecord.builder()
        .type(CaseType.COMPLAINT)
        .unit(unitId())
        .kind(kind())
        .subject(subject())
        .source(source())
        .period(Period.month(received().getYear(), received().getMonthValue()))
        .build();
  }

  @Value.Check
  final void check() {
    CaseChecks.id(id());
    CaseChecks.unit(unitId(), "unitId");
    CaseChecks.freeText(summary(), 20_000, "summary");
    CaseChecks.notBefore(acknowledged(), received(), "acknowledged", "received");
    CaseChecks.notBefore(answered(), received(), "answered", "received");
    CaseChecks.notBefore(closed(), received(), "closed", "received");
    CaseChecks.notBefore(delegationRequested(), received(), "delegationRequested", "received");
    if (answered().isPresent()) {
      CaseChecks.notBefore(closed(), answered().get(), "closed", "answered");
    }
    ComplaintStatus s = status();
    CaseChecks.requiredIn(
        answered(), s == ComplaintStatus.ANSWERED || s == ComplaintStatus.CLOSED, "answered", s);
    CaseChecks.requiredIn(closed(), s == ComplaintStatus.CLOSED, "closed", s);
    ComplaintStatus.lifecycle().checkHistory(history(), s, received());
  }

  @Override
  public String toString() {
    return "Complaint{" + id() + ", " + kind() + ", " + status() + ", received " + received() + "}";
  }
}
