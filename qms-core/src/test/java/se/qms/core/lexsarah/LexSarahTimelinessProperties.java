package se.qms.core.lexsarah;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.qms.core.compliance.Finding;
import se.qms.core.deadline.DeadlineStatus;
import se.qms.core.deadline.TimeLimit;
import se.qms.testing.QmsGenerators;

/**
 * Laws of the timeliness check over generated cases: findings do not depend on the order of the
 * cases; a missed step stays missed on every later day; a finding names a limited step that has
 * started; a policy without limits finds nothing.
 */
class LexSarahTimelinessProperties {
  private static final LexSarahTimeliness ALL_STEPS =
      LexSarahTimeliness.of(
          LexSarahTimelinessPolicy.of(
              List.of(
                  LexSarahStepLimit.of(LexSarahStep.RECEIPT, TimeLimit.days(0)),
                  LexSarahStepLimit.of(LexSarahStep.REGISTRATION, TimeLimit.workingDays(1)),
                  LexSarahStepLimit.of(LexSarahStep.INVESTIGATION_START, TimeLimit.workingDays(5)),
                  LexSarahStepLimit.of(LexSarahStep.ASSESSMENT, TimeLimit.weeks(2)),
                  LexSarahStepLimit.of(LexSarahStep.NOTIFICATION, TimeLimit.days(14)),
                  LexSarahStepLimit.of(LexSarahStep.COMPLETION, TimeLimit.months(1)))));

  private static Gen<List<LexSarahCase>> registers() {
    return lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 30).map(seeds -> {
      List<LexSarahCase> out = new ArrayList<>();
      for (int i = 0; i < seeds.size(); i++) {
        out.add(QmsGenerators.lexSarahCase(seeds.get(i), "LS-" + i, "sn", List.of("e1")));
      }
      return out;
    });
  }

  private static Gen<LocalDate> days() {
    return QmsGenerators.dates(LocalDate.of(2014, 1, 1), LocalDate.of(2022, 12, 31));
  }

  @Test
  void findings_doNotDependOnTheOrderOfTheCases() {
    qt().forAll(registers(), days(), integers().all())
        .check(
            (cases, asOf, seed) -> {
              List<LexSarahCase> shuffled = new ArrayList<>(cases);
              Collections.shuffle(shuffled, new Random(seed));
              return ALL_STEPS.findings(cases, asOf).equals(ALL_STEPS.findings(shuffled, asOf));
            });
  }

  @Test
  void aMissedStep_staysMissedOnEveryLaterDay() {
    qt().forAll(QmsGenerators.lexSarahCases(), days(), integers().between(0, 400))
        .check(
            (c, asOf, later) -> {
              for (LexSarahStep step : LexSarahStep.values()) {
                Optional<DeadlineStatus> now = ALL_STEPS.status(c, step, asOf);
                Optional<DeadlineStatus> then = ALL_STEPS.status(c, step, asOf.plusDays(later));
                if (now.isPresent() && now.get().isMissed() && !(then.isPresent() && then.get().isMissed())) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void everyFinding_namesAStepThatHasStarted_andIsMissed() {
    qt().forAll(QmsGenerators.lexSarahCases(), days())
        .check(
            (c, asOf) -> {
              for (Finding f : ALL_STEPS.findings(c, asOf)) {
                LexSarahStep step = stepOf(f.ruleId());
                LocalDate start = step.start(c).orElse(null);
                boolean late = f.ruleId().endsWith("-late");
                DeadlineStatus status = ALL_STEPS.status(c, step, asOf).orElse(null);
                if (start == null
                    || start.isAfter(asOf)
                    || status != (late ? DeadlineStatus.LATE : DeadlineStatus.OVERDUE)
                    || !f.subject().equals("lexSarahCases/" + c.id())) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void aPolicyWithoutLimits_findsNothing() {
    LexSarahTimeliness none = LexSarahTimeliness.of(LexSarahTimelinessPolicy.of(List.of()));
    qt().forAll(registers(), days()).check((cases, asOf) -> none.findings(cases, asOf).isEmpty());
  }

  private static LexSarahStep stepOf(String ruleId) {
    for (LexSarahStep s : LexSarahStep.values()) {
      if (ruleId.equals(s.lateRuleId()) || ruleId.equals(s.overdueRuleId())) {
        return s;
      }
    }
    throw new AssertionError(ruleId);
  }
}
