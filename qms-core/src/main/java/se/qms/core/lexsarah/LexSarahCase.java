package se.qms.core.lexsarah;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.internal.Histories;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;

/**
 * One lex Sarah report and its handling (SoL 14 kap. 3–7 §§, LSS 24 b–f §§, SOSFS 2011:5; SOSFS
 * 2011:9 5 kap. 5 §): the day it was reported and the reporter's role; the nämnd responsible
 * (committee) and the unit concerned; whether the activity is the municipality's own or an
 * enskild verksamhet; a description; the individuals concerned — how many, and the pseudonymous
 * ids of those named (one report can concern several: seed 000 §4.3.2.1 counts 108 reports
 * concerning 110 individuals); its categories (several are allowed); the immediate measures; the
 * risk estimate; and its lifecycle.
 *
 * <p>Commands go through {@link #apply(LexSarahCommand)}, which returns the next state and a
 * past-tense event and rejects what the status forbids ({@link LexSarahStatus}); the history is
 * append-only. The assessment, the notification and the closing are read from the history ({@link
 * #assessment()}, {@link #notified()}, {@link #closed()}). A case imported from another system may
 * bring its status with a shorter history, or none: its first event may start from any status,
 * and the dates of the steps before it are unknown, never guessed.
 *
 * <p>Invariants: id non-blank (at most 100 characters); committee and unit ids non-blank (at most
 * 200); description and immediate measures non-blank where present (at most 20 000); no text holds
 * a personal identity number; the number of individuals, when given, in [1, 100 000], and the
 * individuals named distinct and no more than that number ({@link
 * QmsErrorCode#LEX_SARAH_INDIVIDUALS_INCONSISTENT}); categories distinct ({@link
 * QmsErrorCode#DUPLICATE_ID}). The history is a chain of allowed transitions in date order, none
 * before the day of reporting ({@link QmsErrorCode#HISTORY_INCONSISTENT}, {@link
 * QmsErrorCode#CASE_DATE_BEFORE_START}), ending in the current status; a notification to IVO
 * follows a serious assessment ({@link QmsErrorCode#LEX_SARAH_NOT_SERIOUS}, SoL 14 kap. 7 §) and
 * its decision day lies between the event before it and the notification; a case whose latest
 * assessment is serious is not closed without a notification ({@link
 * QmsErrorCode#LEX_SARAH_SERIOUS_NOT_NOTIFIED}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LexSarahCase {
  /** The largest number of individuals one report may concern. */
  public static final int MAX_INDIVIDUALS = 100_000;

  LexSarahCase() {}

  /** The case id, unique in the organisation's register. */
  public abstract String id();

  /** The id of the nämnd (committee) responsible, an organisational unit of kind nämnd. */
  public abstract String committeeId();

  /** The unit concerned; empty when not known. */
  public abstract Optional<String> unitId();

  /** Whether the activity is the municipality's own or an enskild verksamhet; default own. */
  @Value.Default
  public ProviderKind provider() {
    return ProviderKind.MUNICIPAL;
  }

  /** The day the report was made. */
  public abstract LocalDate reported();

  /** The reporter's role, e.g. medarbetare or enhetschef, when known. */
  public abstract Optional<Role> reporterRole();

  /** What was reported. */
  public abstract Optional<String> description();

  /** How many individuals the report concerns, when known. */
  public abstract OptionalInt individualCount();

  /** The pseudonymous references of the individuals concerned that are named, in the order given. */
  public abstract List<PersonRef> individuals();

  /** The kinds of missförhållande the report concerns, in the order given; empty until classified. */
  public abstract List<LexSarahCategory> categories();

  /** The measures taken at once (SoL 14 kap. 6 §: avhjälpa eller undanröja). */
  public abstract Optional<String> immediateMeasures();

  /** The estimate of probability and severity, when made. */
  public abstract Optional<LexSarahRiskEstimate> riskEstimate();

  /** The current status; default {@link LexSarahStatus#REPORTED}. */
  @Value.Default
  public LexSarahStatus status() {
    return LexSarahStatus.REPORTED;
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
  public abstract LexSarahCase withProtectedPersonalData(boolean value);

  /** What happened to the case, oldest first. */
  public abstract List<LexSarahEvent> history();

  /** A case just reported, by its own municipality's staff. */
  public static LexSarahCase reported(String id, String committeeId, LocalDate reported) {
    return builder().id(id).committeeId(committeeId).reported(reported).build();
  }

  /** A strict builder; id, committee and the day of reporting are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds cases. */
  public static final class Builder extends ImmutableLexSarahCase.Builder {
    Builder() {}
  }

  /**
   * Carries out a command.
   *
   * @param command not null
   * @return the case after the command, its history extended by the returned event
   * @throws InvalidValueException with {@link QmsErrorCode#TRANSITION_NOT_ALLOWED} if the status
   *     forbids the command; {@link QmsErrorCode#LEX_SARAH_NOT_SERIOUS} for a notification without a
   *     serious assessment; {@link QmsErrorCode#LEX_SARAH_SERIOUS_NOT_NOTIFIED} for closing a
   *     serious case that was not notified; {@link QmsErrorCode#HISTORY_INCONSISTENT} if dated
   *     before the last event; {@link QmsErrorCode#CASE_DATE_BEFORE_START} if before the report;
   *     {@link QmsErrorCode#DATES_OUT_OF_ORDER} for a decision day before the last event
   */
  public LexSarahTransition apply(LexSarahCommand command) {
    Checks.present(command, "command");
    LexSarahStatus from = status();
    LexSarahStatus to =
        from.after(command.type())
            .orElseThrow(
                () ->
                    InvalidValueException.violates(
                        QmsErrorCode.TRANSITION_NOT_ALLOWED,
                        "command",
                        command.type(),
                        "is not allowed in status " + from + "; allowed: " + from.allowedCommands()));
    if (command.date().isBefore(reported())) {
      throw InvalidValueException.violates(
          QmsErrorCode.CASE_DATE_BEFORE_START,
          "date",
          command.date(),
          "must not be before the day of reporting " + reported());
    }
    LocalDate last = lastDate();
    if (command.date().isBefore(last)) {
      throw InvalidValueException.violates(
          QmsErrorCode.HISTORY_INCONSISTENT,
          "date",
          command.date(),
          "must not be before the last event's date " + last);
    }
    rules(command.type(), from, assessment(), command.decisionDate(), last, "");
    LexSarahEvent event =
        LexSarahEvent.builder()
            .command(command.type())
            .from(from)
            .to(to)
            .date(command.date())
            .actor(command.actor())
            .note(command.note())
            .assessment(command.assessment())
            .referral(command.referral())
            .decisionDate(command.decisionDate())
            .decidedBy(command.decidedBy())
            .build();
    List<LexSarahEvent> history = new ArrayList<>(history());
    history.add(event);
    LexSarahCase next =
        builder()
            .id(id())
            .committeeId(committeeId())
            .unitId(unitId())
            .provider(provider())
            .reported(reported())
            .reporterRole(reporterRole())
            .description(description())
            .individualCount(individualCount())
            .addAllIndividuals(individuals())
            .addAllCategories(categories())
            .immediateMeasures(immediateMeasures())
            .riskEstimate(riskEstimate())
            .protectedPersonalData(protectedPersonalData())
            .status(to)
            .addAllHistory(history)
            .build();
    return LexSarahTransition.of(next, event);
  }

  /** The latest assessment in the history; empty before the first. */
  public Optional<LexSarahAssessment> assessment() {
    for (int i = history().size() - 1; i >= 0; i--) {
      if (history().get(i).assessment().isPresent()) {
        return history().get(i).assessment();
      }
    }
    return Optional.empty();
  }

  /** The latest assessment made on or before {@code asOf}. */
  public Optional<LexSarahAssessment> assessmentOn(LocalDate asOf) {
    Checks.present(asOf, "asOf");
    Optional<LexSarahAssessment> found = Optional.empty();
    for (LexSarahEvent e : history()) {
      if (e.date().isAfter(asOf)) {
        break;
      }
      if (e.assessment().isPresent()) {
        found = e.assessment();
      }
    }
    return found;
  }

  /** Where the latest assessment referred the report, if it found no missförhållande. */
  public Optional<LexSarahReferral> referral() {
    for (int i = history().size() - 1; i >= 0; i--) {
      if (history().get(i).assessment().isPresent()) {
        return history().get(i).referral();
      }
    }
    return Optional.empty();
  }

  /** Whether the latest assessment is serious ({@link LexSarahAssessment#isSerious()}). */
  public boolean isSerious() {
    return assessment().map(LexSarahAssessment::isSerious).orElse(false);
  }

  /** The day of the first assessment as serious: the start of the time to notify IVO. */
  public Optional<LocalDate> seriousSince() {
    // a loop, not a stream: the timeliness rules ask this of every case on every evaluation
    for (LexSarahEvent e : history()) {
      if (e.assessment().isPresent() && e.assessment().get().isSerious()) {
        return Optional.of(e.date());
      }
    }
    return Optional.empty();
  }

  /**
   * The day the case first reached {@code status}: the day of reporting for {@link
   * LexSarahStatus#REPORTED}, else the day of the first event leading to it; empty when it has not
   * reached it or the history does not go back so far.
   */
  public Optional<LocalDate> dateReached(LexSarahStatus status) {
    Checks.present(status, "status");
    if (status == LexSarahStatus.REPORTED) {
      return Optional.of(reported());
    }
    for (LexSarahEvent e : history()) {
      if (e.to() == status) {
        return Optional.of(e.date());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the case's status is {@code status} or one a case reaches after it, in the order the
   * statuses are declared. A closed case has passed every status, whether or not it was notified.
   */
  public boolean hasPassed(LexSarahStatus status) {
    return status().compareTo(Checks.present(status, "status")) >= 0;
  }

  /** The day the manager responsible received the report. */
  public Optional<LocalDate> received() {
    return dateReached(LexSarahStatus.RECEIVED);
  }

  /** The day the report was registered. */
  public Optional<LocalDate> registered() {
    return dateReached(LexSarahStatus.REGISTERED);
  }

  /** The day the investigation started. */
  public Optional<LocalDate> investigationStarted() {
    return dateReached(LexSarahStatus.INVESTIGATING);
  }

  /** The day the case was notified to IVO. */
  public Optional<LocalDate> notified() {
    return dateReached(LexSarahStatus.NOTIFIED);
  }

  /** The day the nämnd or its delegate decided to notify IVO. */
  public Optional<LocalDate> notificationDecision() {
    return history().stream()
        .filter(e -> e.command() == LexSarahCommandType.NOTIFY_IVO)
        .map(e -> e.decisionDate().orElseThrow())
        .findFirst();
  }

  /** The day the investigation was completed and the case closed. */
  public Optional<LocalDate> closed() {
    return dateReached(LexSarahStatus.CLOSED);
  }

  /** Whether the case has been notified to IVO (its status or history says so). */
  public boolean isNotified() {
    return notified().isPresent() || status() == LexSarahStatus.NOTIFIED;
  }

  /**
   * The status as of the end of {@code asOf}: the status the last event on or before that day led
   * to, or the status before the first event. A case without history is taken to have been in its
   * status since the day of reporting.
   */
  public LexSarahStatus statusOn(LocalDate asOf) {
    Checks.present(asOf, "asOf");
    if (history().isEmpty()) {
      return status();
    }
    LexSarahStatus s = history().get(0).from();
    for (LexSarahEvent e : history()) {
      if (e.date().isAfter(asOf)) {
        break;
      }
      s = e.to();
    }
    return s;
  }

  /**
   * The number of individuals concerned: the count when given, else the number named; empty when
   * neither is known.
   */
  public OptionalInt individualsConcerned() {
    if (individualCount().isPresent()) {
      return individualCount();
    }
    return individuals().isEmpty() ? OptionalInt.empty() : OptionalInt.of(individuals().size());
  }

  private LocalDate lastDate() {
    return history().isEmpty() ? reported() : history().get(history().size() - 1).date();
  }

  /**
   * The rules a command or event must follow beyond the transition table.
   *
   * @param assessment the latest assessment before it, if known
   * @param before the day of the event before it, or of the report
   */
  private static void rules(
      LexSarahCommandType command,
      LexSarahStatus from,
      Optional<LexSarahAssessment> assessment,
      Optional<LocalDate> decisionDate,
      LocalDate before,
      String at) {
    if (command == LexSarahCommandType.NOTIFY_IVO) {
      if (assessment.isEmpty() || !assessment.get().isSerious()) {
        throw InvalidValueException.violates(
            QmsErrorCode.LEX_SARAH_NOT_SERIOUS,
            at + "command",
            command,
            "requires a serious assessment (SoL 14 kap. 7 §), the latest is "
                + assessment.map(Enum::name).orElse("unknown"));
      }
      decisionDate
          .filter(d -> d.isBefore(before))
          .ifPresent(
              d -> {
                throw InvalidValueException.violates(
                    QmsErrorCode.DATES_OUT_OF_ORDER,
                    at + "decisionDate",
                    d,
                    "must not be before the event before the notification, " + before);
              });
    }
    if (command == LexSarahCommandType.CLOSE
        && from == LexSarahStatus.ASSESSED
        && assessment.map(LexSarahAssessment::isSerious).orElse(false)) {
      throw InvalidValueException.violates(
          QmsErrorCode.LEX_SARAH_SERIOUS_NOT_NOTIFIED,
          at + "command",
          command,
          "is not allowed for a case assessed as " + assessment.get() + " before it is notified to IVO");
    }
  }

  @Value.Check
  final void check() {
    Checks.noPersonalIdentityNumber(Checks.text(id(), 100, "id"), "id");
    Checks.noPersonalIdentityNumber(Checks.text(committeeId(), 200, "committeeId"), "committeeId");
    unitId().ifPresent(u -> Checks.noPersonalIdentityNumber(Checks.text(u, 200, "unitId"), "unitId"));
    description()
        .ifPresent(
            d -> Checks.noPersonalIdentityNumber(Checks.text(d, 20_000, "description"), "description"));
    immediateMeasures()
        .ifPresent(
            m ->
                Checks.noPersonalIdentityNumber(
                    Checks.text(m, 20_000, "immediateMeasures"), "immediateMeasures"));
    individualCount()
        .ifPresent(
            n ->
                Checks.inRange(
                    n, 1, MAX_INDIVIDUALS, "individualCount", QmsErrorCode.VALUE_OUT_OF_RANGE));
    checkIndividuals();
    Set<LexSarahCategory> seen = EnumSet.noneOf(LexSarahCategory.class);
    for (int i = 0; i < categories().size(); i++) {
      if (!seen.add(categories().get(i))) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "categories[" + i + "]", categories().get(i), "must be unique");
      }
    }
    checkHistory();
  }

  private void checkIndividuals() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < individuals().size(); i++) {
      if (!ids.add(individuals().get(i).id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.LEX_SARAH_INDIVIDUALS_INCONSISTENT,
            "individuals[" + i + "].id",
            individuals().get(i).id(),
            "must be unique");
      }
    }
    if (individualCount().isPresent() && individuals().size() > individualCount().getAsInt()) {
      throw InvalidValueException.violates(
          QmsErrorCode.LEX_SARAH_INDIVIDUALS_INCONSISTENT,
          "individuals",
          individuals().size() + " named",
          "must not outnumber individualCount " + individualCount().getAsInt());
    }
  }

  private void checkHistory() {
    List<LexSarahEvent> history = history();
    Histories.check(
        history,
        LexSarahEvent::from,
        LexSarahEvent::command,
        LexSarahEvent::to,
        LexSarahEvent::date,
        LexSarahStatus::after,
        reported(),
        "the day of reporting",
        status());
    Optional<LexSarahAssessment> assessment = Optional.empty();
    for (int i = 0; i < history.size(); i++) {
      LexSarahEvent e = history.get(i);
      LocalDate before = i == 0 ? reported() : history.get(i - 1).date();
      rules(e.command(), e.from(), assessment, e.decisionDate(), before, "history[" + i + "].");
      if (e.assessment().isPresent()) {
        assessment = e.assessment();
      }
    }
  }

  @Override
  public String toString() {
    return "LexSarahCase{"
        + id()
        + ", "
        + committeeId()
        + ", "
        + status()
        + ", reported "
        + reported()
        + "}";
  }
}
