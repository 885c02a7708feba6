package se.qms.core.lexsarah;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.deadline.DeadlineRule;
import se.qms.core.deadline.DeadlineStatus;
import se.qms.core.deadline.TimeLimit;

/** Each default limit at its boundary: the day before, on and after the due date. */
class LexSarahTimelinessTest {
  private static final LexSarahTimeliness DEFAULTS = LexSarahTimeliness.defaults();

  private static List<String> ruleIds(List<Finding> findings) {
    return findings.stream().map(Finding::ruleId).collect(Collectors.toList());
  }

  /** The one notification finding among {@code findings}. */
  private static Finding notification(List<Finding> findings) {
    List<Finding> found =
        findings.stream()
            .filter(f -> f.ruleId().startsWith("lex-sarah.notification"))
            .collect(Collectors.toList());
    assertEquals(1, found.size(), findings.toString());
    return found.get(0);
  }

  private static LexSarahCase registered(LocalDate reported, LocalDate registered) {
    return LexSarahCase.reported("LS-1", "sn", reported)
        .apply(LexSarahCommand.receive(reported))
        .next()
        .apply(LexSarahCommand.register(registered))
        .next();
  }

  @Test
  void defaults_areOneAndFiveWorkingDays_andFourteenDays() {
    LexSarahTimelinessPolicy p = LexSarahTimelinessPolicy.defaults();
    assertEquals(TimeLimit.workingDays(1), p.limit(LexSarahStep.REGISTRATION).orElseThrow().rule().limit());
    assertEquals(
        TimeLimit.workingDays(5), p.limit(LexSarahStep.INVESTIGATION_START).orElseThrow().rule().limit());
    assertEquals(TimeLimit.days(14), p.limit(LexSarahStep.NOTIFICATION).orElseThrow().rule().limit());
    assertEquals(Optional.empty(), p.limit(LexSarahStep.RECEIPT));
    assertEquals(Optional.empty(), p.limit(LexSarahStep.ASSESSMENT));
    assertEquals(Optional.empty(), p.limit(LexSarahStep.COMPLETION));
  }

  @Nested
  class Registration {
    /** Friday 8 March 2019; one working day ends on Monday 11 March. */
    private final LocalDate friday = LocalDate.of(2019, 3, 8);

    @ParameterizedTest(name = "registered {0}: {1}")
    @CsvSource({"2019-03-08, MET", "2019-03-11, MET", "2019-03-12, LATE"})
    void registeredOn(LocalDate day, DeadlineStatus expected) {
      LexSarahCase c = registered(friday, day);
      assertEquals(Optional.of(LocalDate.of(2019, 3, 11)), DEFAULTS.dueDate(c, LexSarahStep.REGISTRATION));
      assertEquals(
          Optional.of(expected), DEFAULTS.status(c, LexSarahStep.REGISTRATION, LocalDate.of(2019, 6, 1)));
      assertEquals(
          expected == DeadlineStatus.LATE ? List.of("lex-sarah.registration-late") : List.of(),
          ruleIds(DEFAULTS.findings(c, LocalDate.of(2019, 3, 12).plusDays(2))));
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2019-03-10, PENDING", "2019-03-11, PENDING", "2019-03-12, OVERDUE"})
    void notRegistered_asOf(LocalDate asOf, DeadlineStatus expected) {
      LexSarahCase c = LexSarahCase.reported("LS-1", "sn", friday);
      assertEquals(Optional.of(expected), DEFAULTS.status(c, LexSarahStep.REGISTRATION, asOf));
      List<Finding> findings = DEFAULTS.findings(c, asOf);
      if (expected == DeadlineStatus.OVERDUE) {
        assertEquals(List.of("lex-sarah.registration-overdue"), ruleIds(findings));
        assertEquals(FindingSeverity.ERROR, findings.get(0).severity());
        assertEquals("lexSarahCases/LS-1", findings.get(0).subject());
        assertEquals(
            "Lex Sarah-ärende LS-1: registrering saknas; den skulle ha skett senast 2019-03-11 enligt"
                + " gränsen 1 arbetsdag från rapporten 2019-03-08.",
            findings.get(0).messageSv());
        assertEquals(
            "Lex Sarah case LS-1: no registration yet; it was due by 2019-03-11 under the limit of 1"
                + " working day from the report on 2019-03-08.",
            findings.get(0).messageEn());
      } else {
        assertEquals(List.of(), findings);
      }
    }

    @Test
    void overEaster_oneWorkingDay_endsOnTheTuesdayAfterEasterMonday() {
      LexSarahCase c = LexSarahCase.reported("LS-1", "sn", LocalDate.of(2019, 4, 18));
      assertEquals(Optional.of(LocalDate.of(2019, 4, 23)), DEFAULTS.dueDate(c, LexSarahStep.REGISTRATION));
    }

    @Test
    void reportedAfterTheDay_isNotJudged() {
      LexSarahCase c = LexSarahCase.reported("LS-1", "sn", friday);
      assertEquals(Optional.empty(), DEFAULTS.status(c, LexSarahStep.REGISTRATION, friday.minusDays(1)));
      assertEquals(List.of(), DEFAULTS.findings(c, friday.minusDays(1)));
    }

    @Test
    void registeredAfterTheDay_isStillOverdueAsOfTheDay() {
      LexSarahCase c = registered(friday, LocalDate.of(2019, 3, 20));
      assertEquals(
          Optional.of(DeadlineStatus.OVERDUE),
          DEFAULTS.status(c, LexSarahStep.REGISTRATION, LocalDate.of(2019, 3, 15)));
      assertEquals(
          Optional.of(DeadlineStatus.LATE),
          DEFAULTS.status(c, LexSarahStep.REGISTRATION, LocalDate.of(2019, 3, 20)));
    }
  }

  @Nested
  class InvestigationStart {
    /** Registered Monday 4 March 2019: five working days end on Monday 11 March. */
    private final LexSarahCase registered = registered(Fixtures.START, Fixtures.START);

    @ParameterizedTest(name = "started {0}: {1}")
    @CsvSource({"2019-03-08, MET", "2019-03-11, MET", "2019-03-12, LATE"})
    void startedOn(LocalDate day, DeadlineStatus expected) {
      LexSarahCase c = registered.apply(LexSarahCommand.startInvestigation(day)).next();
      assertEquals(
          Optional.of(expected),
          DEFAULTS.status(c, LexSarahStep.INVESTIGATION_START, LocalDate.of(2019, 12, 31)));
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2019-03-10, PENDING", "2019-03-11, PENDING", "2019-03-12, OVERDUE"})
    void notStarted_asOf(LocalDate asOf, DeadlineStatus expected) {
      assertEquals(
          Optional.of(expected), DEFAULTS.status(registered, LexSarahStep.INVESTIGATION_START, asOf));
    }
  }

  @Nested
  class Notification {
    /** Assessed as serious on the fourth day, 8 March 2019: fourteen days end on 22 March. */
    private final LexSarahCase serious = Fixtures.in(LexSarahStatus.ASSESSED, true);

    @ParameterizedTest(name = "notified {0}: {1}")
    @CsvSource({"2019-03-21, MET", "2019-03-22, MET", "2019-03-23, LATE"})
    void notifiedOn(LocalDate day, DeadlineStatus expected) {
      LexSarahCase c = serious.apply(LexSarahCommand.notifyIvo(day, day)).next();
      assertEquals(Optional.of(LocalDate.of(2019, 3, 22)), DEFAULTS.dueDate(c, LexSarahStep.NOTIFICATION));
      assertEquals(
          Optional.of(expected), DEFAULTS.status(c, LexSarahStep.NOTIFICATION, LocalDate.of(2019, 12, 31)));
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({"2019-03-21, PENDING", "2019-03-22, PENDING", "2019-03-23, OVERDUE"})
    void notNotified_asOf(LocalDate asOf, DeadlineStatus expected) {
      assertEquals(Optional.of(expected), DEFAULTS.status(serious, LexSarahStep.NOTIFICATION, asOf));
      if (expected == DeadlineStatus.OVERDUE) {
        Finding f = notification(DEFAULTS.findings(serious, asOf));
        assertEquals("lex-sarah.notification-overdue", f.ruleId());
        assertEquals("SoL 14 kap. 7 §; LSS 24 f §", f.basis());
      }
    }

    @Test
    void aCaseNotAssessedAsSerious_hasNoNotificationDeadline() {
      LexSarahCase c = Fixtures.in(LexSarahStatus.CLOSED, false);
      assertEquals(Optional.empty(), DEFAULTS.status(c, LexSarahStep.NOTIFICATION, LocalDate.of(2020, 1, 1)));
      assertTrue(
          DEFAULTS.findings(c, LocalDate.of(2020, 1, 1)).stream()
              .noneMatch(f -> f.ruleId().startsWith("lex-sarah.notification")));
    }

    @Test
    void theDeadlineRunsFromTheFirstSeriousAssessment() {
      LexSarahCase revised =
          serious
              .apply(LexSarahCommand.assess(LocalDate.of(2019, 3, 20), LexSarahAssessment.RISK_OF_SERIOUS_IMPROPRIETY))
              .next();
      assertEquals(Optional.of(LocalDate.of(2019, 3, 22)), DEFAULTS.dueDate(revised, LexSarahStep.NOTIFICATION));
    }
  }

  @Nested
  class UnknownDates {
    @Test
    void importedClosedCase_withoutHistory_isNeverABreach() {
      LexSarahCase c =
          LexSarahCase.builder()
              .id("LS-9")
              .committeeId("sn")
              .reported(LocalDate.of(2014, 5, 1))
              .status(LexSarahStatus.CLOSED)
              .build();
      assertEquals(List.of(), DEFAULTS.findings(c, LocalDate.of(2020, 1, 1)));
    }

    @Test
    void importedReportedCase_withoutHistory_isOverdueLikeAnyOther() {
      LexSarahCase c = LexSarahCase.reported("LS-9", "sn", LocalDate.of(2014, 5, 1));
      assertEquals(
          List.of("lex-sarah.registration-overdue"), ruleIds(DEFAULTS.findings(c, LocalDate.of(2014, 6, 1))));
    }
  }

  @Test
  void everyBreach_ofEveryConfiguredStep_isFound_sortedByCaseThenStep() {
    LexSarahTimelinessPolicy all =
        LexSarahTimelinessPolicy.of(
            List.of(
                LexSarahStepLimit.of(LexSarahStep.COMPLETION, TimeLimit.days(0)),
                LexSarahStepLimit.of(LexSarahStep.RECEIPT, TimeLimit.days(0)),
                LexSarahStepLimit.of(LexSarahStep.REGISTRATION, TimeLimit.days(0)),
                LexSarahStepLimit.of(LexSarahStep.INVESTIGATION_START, TimeLimit.days(0)),
                LexSarahStepLimit.of(LexSarahStep.ASSESSMENT, TimeLimit.days(0)),
                LexSarahStepLimit.of(LexSarahStep.NOTIFICATION, TimeLimit.days(0))));
    LexSarahCase b = Fixtures.in(LexSarahStatus.CLOSED, true);
    LexSarahCase a = LexSarahCase.reported("LS-0", "sn", Fixtures.START);
    List<Finding> findings =
        LexSarahTimeliness.of(all).findings(List.of(b, a), LocalDate.of(2019, 12, 31));
    assertEquals(
        List.of(
            "lex-sarah.receipt-overdue",
            "lex-sarah.registration-overdue",
            "lex-sarah.receipt-late",
            "lex-sarah.registration-late",
            "lex-sarah.investigation-start-late",
            "lex-sarah.assessment-late",
            "lex-sarah.notification-late",
            "lex-sarah.completion-late"),
        ruleIds(findings));
    assertTrue(findings.stream().limit(2).allMatch(f -> f.subject().equals("lexSarahCases/LS-0")));
    assertTrue(
        findings.stream()
            .skip(2)
            .allMatch(f -> f.severity() == FindingSeverity.WARNING && f.subject().equals("lexSarahCases/LS-1")));
  }

  @Test
  void policyBasis_andMoveToAWorkingDay_areData() {
    LexSarahTimelinessPolicy policy =
        LexSarahTimelinessPolicy.defaults()
            .with(
                LexSarahStepLimit.builder()
                    .step(LexSarahStep.NOTIFICATION)
                    .rule(DeadlineRule.movingToWorkingDay(TimeLimit.days(12)))
                    .basis("Socialtjänstlag (2025:400), kommunens rutin")
                    .build());
    LexSarahCase serious = Fixtures.in(LexSarahStatus.ASSESSED, true);
    // 8 March 2019 + 12 days = Wednesday 20 March; the policy keeps its other two limits
    assertEquals(3, policy.limits().size());
    LexSarahTimeliness t = LexSarahTimeliness.of(policy);
    assertEquals(Optional.of(LocalDate.of(2019, 3, 20)), t.dueDate(serious, LexSarahStep.NOTIFICATION));
    assertEquals(
        "Socialtjänstlag (2025:400), kommunens rutin",
        notification(t.findings(serious, LocalDate.of(2019, 3, 21))).basis());
  }

  @Test
  void aStepTwiceInOnePolicy_isADuplicate() {
    assertEquals(
        QmsErrorCode.DUPLICATE_ID,
        assertThrows(
                InvalidValueException.class,
                () ->
                    LexSarahTimelinessPolicy.of(
                        List.of(
                            LexSarahStepLimit.of(LexSarahStep.RECEIPT, TimeLimit.days(1)),
                            LexSarahStepLimit.of(LexSarahStep.RECEIPT, TimeLimit.days(2)))))
            .code());
  }

  @Test
  void noLimits_noFindings() {
    LexSarahTimeliness none = LexSarahTimeliness.of(LexSarahTimelinessPolicy.of(List.of()));
    assertEquals(
        List.of(), none.findings(List.of(LexSarahCase.reported("LS-1", "sn", Fixtures.START)), LocalDate.of(2030, 1, 1)));
  }
}
