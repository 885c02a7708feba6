package se.qms.core.lexsarah;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.testing.QmsGenerators;

/**
 * Random scripts of commands, each dated on or after the one before, applied to fresh cases: a
 * command the status forbids is rejected with {@link QmsErrorCode#TRANSITION_NOT_ALLOWED} (or a
 * lex Sarah rule) and leaves the case as it was; an allowed one extends the history by exactly
 * one event and never removes or changes an earlier entry.
 */
class LexSarahLifecycleProperties {
  private static final Set<QmsErrorCode> RULES =
      EnumSet.of(
          QmsErrorCode.TRANSITION_NOT_ALLOWED,
          QmsErrorCode.LEX_SARAH_NOT_SERIOUS,
          QmsErrorCode.LEX_SARAH_SERIOUS_NOT_NOTIFIED);

  /** Each int encodes a command type, an assessment and a number of days after the previous one. */
  private static Gen<List<Integer>> scripts() {
    return lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 40);
  }

  private static LexSarahCommand command(int step, LocalDate day) {
    LexSarahCommandType type = LexSarahCommandType.values()[step % 6];
    LexSarahAssessment assessment = LexSarahAssessment.values()[step / 6 % 5];
    switch (type) {
      case ASSESS:
        return LexSarahCommand.assess(day, assessment);
      case NOTIFY_IVO:
        return LexSarahCommand.notifyIvo(day, day);
      default:
        return LexSarahCommand.of(type, day);
    }
  }

  private static boolean appendOnly(LexSarahCase start, List<Integer> script) {
    LexSarahCase current = start;
    LocalDate day = start.history().isEmpty()
        ? start.reported()
        : start.history().get(start.history().size() - 1).date();
    for (int step : script) {
      day = day.plusDays(step / 30 % 9);
      LexSarahCommand command = command(step, day);
      List<LexSarahEvent> before = List.copyOf(current.history());
      LexSarahStatus statusBefore = current.status();
      boolean allowed = statusBefore.after(command.type()).isPresent();
      LexSarahTransition t;
      try {
        t = current.apply(command);
      } catch (InvalidValueException e) {
        if (!RULES.contains(e.code())
            || (e.code() == QmsErrorCode.TRANSITION_NOT_ALLOWED) == allowed
            || !current.history().equals(before)
            || current.status() != statusBefore) {
          return false;
        }
        continue;
      }
      List<LexSarahEvent> after = t.next().history();
      if (!allowed
          || after.size() != before.size() + 1
          || !after.subList(0, before.size()).equals(before)
          || !after.get(before.size()).equals(t.event())
          || t.event().from() != statusBefore
          || t.event().to() != t.next().status()
          || !current.history().equals(before)) {
        return false;
      }
      current = t.next();
    }
    return true;
  }

  @Test
  void history_isAppendOnly_fromAFreshReport() {
    qt().forAll(scripts()).check(script -> appendOnly(Fixtures.reported(), script));
  }

  @Test
  void history_isAppendOnly_fromGeneratedCases() {
    qt().forAll(QmsGenerators.lexSarahCases(), scripts()).check(LexSarahLifecycleProperties::appendOnly);
  }

  @Test
  void everyStatusAndCommand_isAllowedExactlyWhenTheTableSaysSo() {
    qt().forAll(
            integers().between(0, LexSarahStatus.values().length - 1),
            integers().between(0, 29),
            integers().between(0, 1))
        .check(
            (s, step, serious) -> {
              LexSarahStatus status = LexSarahStatus.values()[s];
              LexSarahCase c = Fixtures.in(status, serious == 1);
              LexSarahCommand command = command(step, Fixtures.START.plusDays(30));
              try {
                LexSarahTransition t = c.apply(command);
                return status.after(command.type()).orElseThrow() == t.next().status();
              } catch (InvalidValueException e) {
                return status.after(command.type()).isEmpty()
                    ? e.code() == QmsErrorCode.TRANSITION_NOT_ALLOWED
                    : e.code() == QmsErrorCode.LEX_SARAH_NOT_SERIOUS
                        || e.code() == QmsErrorCode.LEX_SARAH_SERIOUS_NOT_NOTIFIED;
              }
            });
  }

  @Test
  void generatedCases_rebuildFromTheirOwnValues() {
    qt().forAll(QmsGenerators.lexSarahCases())
        .check(
            c -> {
              List<LexSarahEvent> events = new ArrayList<>(c.history());
              LexSarahCase copy =
                  LexSarahCase.builder()
                      .id(c.id())
                      .committeeId(c.committeeId())
                      .unitId(c.unitId())
                      .provider(c.provider())
                      .reported(c.reported())
                      .reporterRole(c.reporterRole())
                      .description(c.description())
                      .individualCount(c.individualCount())
                      .addAllIndividuals(c.individuals())
                      .addAllCategories(c.categories())
                      .immediateMeasures(c.immediateMeasures())
                      .riskEstimate(c.riskEstimate())
                      .status(c.status())
                      .addAllHistory(events)
                      .build();
              return copy.equals(c) && copy.hashCode() == c.hashCode();
            });
  }
}
