package se.qms.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * The checks every append-only case history shares — complaints, deviations, actions, lex Sarah
 * cases, decisions not carried out: each event is a transition its status allows, none is dated
 * before the case began or before the event before it, each starts where the one before ended, and
 * the last ends in the case's status. The first event may start from any status (a case imported
 * with its state but not its earlier history); a lifecycle that must start somewhere checks that
 * itself. Errors name the event as {@code history[i]} with {@link QmsErrorCode#HISTORY_INCONSISTENT}
 * or {@link QmsErrorCode#CASE_DATE_BEFORE_START}.
 */
public final class Histories {
  private Histories() {}

  /**
   * Checks a history.
   *
   * @param history the events, oldest first
   * @param from an event's status before it
   * @param command an event's command
   * @param to an event's status after it
   * @param date an event's date
   * @param after where a command leads from a status, empty when the status does not allow it
   * @param start the day the case began; no event is before it
   * @param startName what that day is, e.g. "the day of reporting"
   * @param status the case's status, where the last event must have led
   * @throws InvalidValueException at the first event or status that breaks a rule
   */
  public static <E, S extends Enum<S>, C extends Enum<C>> void check(
      List<E> history,
      Function<E, S> from,
      Function<E, C> command,
      Function<E, S> to,
      Function<E, LocalDate> date,
      BiFunction<S, C, Optional<S>> after,
      LocalDate start,
      String startName,
      S status) {
    for (int i = 0; i < history.size(); i++) {
      E e = history.get(i);
      String field = "history[" + i + "]";
      Optional<S> allowed = after.apply(from.apply(e), command.apply(e));
      if (allowed.orElse(null) != to.apply(e)) {
        throw InvalidValueException.violates(
            QmsErrorCode.HISTORY_INCONSISTENT,
            field,
            e,
            "must be an allowed transition: "
                + command.apply(e)
                + " from "
                + from.apply(e)
                + " leads to "
                + allowed.map(Enum::name).orElse("nothing"));
      }
      if (date.apply(e).isBefore(start)) {
        throw InvalidValueException.violates(
            QmsErrorCode.CASE_DATE_BEFORE_START,
            field + ".date",
            date.apply(e),
            "must not be before " + startName + " " + start);
      }
      if (i > 0) {
        E before = history.get(i - 1);
        if (to.apply(before) != from.apply(e)) {
          throw InvalidValueException.violates(
              QmsErrorCode.HISTORY_INCONSISTENT,
              field + ".from",
              from.apply(e),
              "must be the status the previous event led to, " + to.apply(before));
        }
        if (date.apply(e).isBefore(date.apply(before))) {
          throw InvalidValueException.violates(
              QmsErrorCode.HISTORY_INCONSISTENT,
              field + ".date",
              date.apply(e),
              "must not be before the previous event's date " + date.apply(before));
        }
      }
    }
    if (!history.isEmpty() && to.apply(history.get(history.size() - 1)) != status) {
      throw InvalidValueException.violates(
          QmsErrorCode.HISTORY_INCONSISTENT,
          "status",
          status,
          "must be the status the last event led to, " + to.apply(history.get(history.size() - 1)));
    }
  }
}
