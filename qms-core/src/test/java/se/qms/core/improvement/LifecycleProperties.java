package se.qms.core.improvement;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * Random sequences of commands, each dated on or after the one before, applied to fresh cases:
 * illegal commands are rejected with {@link QmsErrorCode#TRANSITION_NOT_ALLOWED} (or a duplicate
 * action link) and leave the case as it was; legal ones extend the history by exactly one event and
 * never remove or change an earlier entry, and the earlier state stays as it was.
 */
class LifecycleProperties {
  /** Each int encodes a command type (low bits) and a number of days after the previous command. */
  private static Gen<List<Integer>> scripts() {
    return lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 40);
  }

  private static <T, S extends Enum<S>, C extends Enum<C> & CaseCommandType>
      boolean historyIsAppendOnly(
          T start,
          List<Integer> script,
          C[] types,
          BiFunction<C, LocalDate, Object> command,
          BiFunction<T, Object, Transition<T, CaseEvent<S, C>>> apply,
          Function<T, List<CaseEvent<S, C>>> history,
          Function<T, S> status) {
    T current = start;
    LocalDate day = Cases.START;
    for (int step : script) {
      C type = types[step % types.length];
      day = day.plusDays(step / types.length % 15);
      List<CaseEvent<S, C>> before = new ArrayList<>(history.apply(current));
      S statusBefore = status.apply(current);
      Transition<T, CaseEvent<S, C>> t;
      try {
        t = apply.apply(current, command.apply(type, day));
      } catch (InvalidValueException e) {
        boolean expected =
            e.code() == QmsErrorCode.TRANSITION_NOT_ALLOWED
                || e.code() == QmsErrorCode.DUPLICATE_ID;
        if (!expected || !history.apply(current).equals(before)) {
          return false;
        }
        continue;
      }
      List<CaseEvent<S, C>> after = history.apply(t.next());
      if (after.size() != before.size() + 1
          || !after.subList(0, before.size()).equals(before)
          || !after.get(before.size()).equals(t.event())
          || t.event().from() != statusBefore
          || t.event().to() != status.apply(t.next())
          || !history.apply(current).equals(before)) {
        return false;
      }
      current = t.next();
    }
    return true;
  }

  @Test
  void complaintHistory_isAppendOnly() {
    qt().forAll(scripts())
        .check(
            script ->
                historyIsAppendOnly(
                    Complaint.received("K-1", ComplaintKind.COMPLAINT, Cases.START),
                    script,
                    ComplaintCommandType.values(),
                    Cases::complaintCommand,
                    (c, cmd) -> c.apply((ComplaintCommand) cmd),
                    Complaint::history,
                    Complaint::status));
  }

  @Test
  void deviationHistory_isAppendOnly() {
    int[] links = {0};
    qt().forAll(scripts())
        .check(
            script ->
                historyIsAppendOnly(
                    Cases.deviation(DeviationStatus.REPORTED),
                    script,
                    DeviationCommandType.values(),
                    (type, day) -> Cases.deviationCommand(type, day, links[0]++ % 3),
                    (d, cmd) -> d.apply((DeviationCommand) cmd),
                    Deviation::history,
                    Deviation::status));
  }

  @Test
  void actionHistory_isAppendOnly() {
    qt().forAll(scripts())
        .check(
            script ->
                historyIsAppendOnly(
                    Cases.action(ActionStatus.NOT_STARTED),
                    script,
                    ActionCommandType.values(),
                    Cases::actionCommand,
                    (a, cmd) -> a.apply((ActionCommand) cmd),
                    ImprovementAction::history,
                    ImprovementAction::status));
  }

  /** {@code isOverdue} is {@code dueStatus == OVERDUE} on every day of every lifecycle. */
  @Test
  void isOverdue_isTheOverdueDueStatus() {
    qt().forAll(scripts(), integers().between(-30, 400))
        .check(
            (script, offset) -> {
              ImprovementAction a = Cases.action(ActionStatus.NOT_STARTED);
              LocalDate day = Cases.START;
              ActionCommandType[] types = ActionCommandType.values();
              for (int step : script) {
                LocalDate asOf = day.plusDays(offset);
                if (a.isOverdue(asOf)
                    != (a.dueStatus(asOf).orElse(null) == se.qms.core.deadline.DeadlineStatus.OVERDUE)) {
                  return false;
                }
                day = day.plusDays(step / types.length % 15);
                try {
                  a = a.apply(Cases.actionCommand(types[step % types.length], day)).next();
                } catch (InvalidValueException illegal) {
                  // not allowed in this state; the action stays as it was
                }
              }
              return true;
            });
  }

  @Test
  void historyList_cannotBeModified() {
    qt().forAll(integers().between(0, 5))
        .check(
            i -> {
              Complaint c =
                  Complaint.received("K-1", ComplaintKind.COMPLAINT, Cases.START)
                      .apply(ComplaintCommand.answer(Cases.START.plusDays(i)))
                      .next();
              try {
                c.history().clear();
                return false;
              } catch (UnsupportedOperationException expected) {
                return c.history().size() == 1;
              }
            });
  }
}
