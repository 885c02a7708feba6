package se.qms.core.lexsarah;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.deadline.Elapsed;
import se.qms.core.deadline.SwedishCalendar;

/**
 * Seed 000 §4.3.2.1: "en lex Sarah-rapportering gjordes till berörd enhetschef i början av
 * november 2015, men … registrerades som upprättad drygt fem veckor senare i december 2015. I
 * mitten av december 2015 togs även beslut om att inleda lex Sarah-utredning." The days within
 * "början av november", "drygt fem veckor senare" and "mitten av december" are chosen here.
 */
class ReportRegisteredFiveWeeksLateTest {
  private static final LocalDate REPORTED = LocalDate.of(2015, 11, 3);
  private static final LocalDate REGISTERED = LocalDate.of(2015, 12, 10);
  private static final LocalDate INVESTIGATION = LocalDate.of(2015, 12, 15);

  private final LexSarahCase report =
      LexSarahCase.builder()
          .id("LS-2015-H")
          .committeeId("hn")
          .reported(REPORTED)
          .addCategories(LexSarahCategory.CASEWORK, LexSarahCategory.EXECUTION)
          .build()
          .apply(LexSarahCommand.receive(REPORTED))
          .next()
          .apply(LexSarahCommand.register(REGISTERED))
          .next()
          .apply(LexSarahCommand.startInvestigation(INVESTIGATION))
          .next();

  @Test
  void theRegistration_wasDrygtFemVeckorAfterTheReport() {
    Elapsed e = Elapsed.between(REPORTED, REGISTERED, SwedishCalendar.standard());
    assertEquals(5, e.weeks());
    assertTrue(e.calendarDays() > 35);
  }

  @Test
  void asOfTheYearEnd_theRegistrationIsOneLateFinding_andTheInvestigationStartWasInTime() {
    List<Finding> findings = LexSarahTimeliness.defaults().findings(List.of(report), LocalDate.of(2015, 12, 31));
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals("lex-sarah.registration-late", f.ruleId());
    assertEquals(FindingSeverity.WARNING, f.severity());
    assertEquals("SoL 14 kap. 6 §; LSS 24 e §; SOSFS 2011:9 5 kap. 5 §", f.basis());
    assertEquals(
        "Lex Sarah-ärende LS-2015-H: registrering 2015-12-10, senast 2015-11-04 enligt gränsen 1"
            + " arbetsdag från rapporten 2015-11-03.",
        f.messageSv());
  }

  @Test
  void whileItWaited_theRegistrationWasOverdue() {
    List<Finding> findings = LexSarahTimeliness.defaults().findings(report, LocalDate.of(2015, 11, 20));
    assertEquals(1, findings.size());
    assertEquals("lex-sarah.registration-overdue", findings.get(0).ruleId());
    assertEquals(FindingSeverity.ERROR, findings.get(0).severity());
  }
}
