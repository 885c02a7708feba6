package se.qms.core.improvement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.PersonRef;

/** A transition table of one case type and the checks every case applies to its history. */
final class Lifecycle<S extends Enum<S>, C extends Enum<C> & CaseCommandType> {
  private final Class<C> commandType;
  private final EnumMap<S, EnumMap<C, S>> table;

  private Lifecycle(Class<S> statusType, Class<C> commandType) {
    this.commandType = commandType;
    this.table = new EnumMap<>(statusType);
    for (S s : statusType.getEnumConstants()) {
      table.put(s, new EnumMap<>(commandType));
    }
  }

  static <S extends Enum<S>, C extends Enum<C> & CaseCommandType> Lifecycle<S, C> of(
      Class<S> statusType, Class<C> commandType) {
    return new Lifecycle<>(statusType, commandType);
  }

  /** Adds {@code from --command--> to}; used only while the table is built. */
  Lifecycle<S, C> allow(S from, C command, S to) {
    table.get(from).put(command, to);
    return this;
  }

  Optional<S> next(S from, C command) {
    return Optional.ofNullable(table.get(from).get(command));
  }

  Set<C> allowed(S from) {
    EnumSet<C> set = EnumSet.noneOf(commandType);
    set.addAll(table.get(from).keySet());
    return Collections.unmodifiableSet(set);
  }

  /**
   * The event of carrying out {@code command} on a case in status {@code current}.
   *
   * @throws InvalidValueException {@link QmsErrorCode#TRANSITION_NOT_ALLOWED} if the status forbids
   *     the command; {@link QmsErrorCode#HISTORY_INCONSISTENT} if the date lies before the last
   *     event; {@link QmsErrorCode#CASE_DATE_BEFORE_START} if it lies before the case's start
   */
  CaseEvent<S, C> step(
      S current,
      List<CaseEvent<S, C>> history,
      LocalDate start,
      C command,
      LocalDate date,
      Optional<PersonRef> actor,
      Optional<String> note) {
    S to =
        next(current, command)
            .orElseThrow(
                () ->
                    InvalidValueException.violates(
                        QmsErrorCode.TRANSITION_NOT_ALLOWED,
                        "command",
                        command,
                        "is not allowed in status " + current + "; allowed: " + allowed(current)));
    if (date.isBefore(start)) {
      throw InvalidValueException.violates(
          QmsErrorCode.CASE_DATE_BEFORE_START, "date", date, "must not be before " + start);
    }
    if (!history.isEmpty() && date.isBefore(history.get(history.size() - 1).date())) {
      throw InvalidValueException.violates(
          QmsErrorCode.HISTORY_INCONSISTENT,
          "date",
          date,
          "must not be before the last event's date " + history.get(history.size() - 1).date());
    }
    return CaseEvent.of(command, current, to, date, actor, note);
  }

  /**
   * Checks that a history is a chain of allowed transitions, in date order, not before the case's
   * start, ending in {@code status}. The first event may start from any status: a case imported
   * from another system brings its state without its earlier history.
   */
  void checkHistory(List<CaseEvent<S, C>> history, S status, LocalDate start) {
    se.qms.core.internal.Histories.check(
        history, CaseEvent::from, CaseEvent::command, CaseEvent::to, CaseEvent::date, this::next, start, "the case's start", status);
  }
}
