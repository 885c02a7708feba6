package se.qms.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintCommand;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.DeviationCommand;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCommand;
import se.qms.core.organisation.PersonRef;
import se.qms.core.unexecuted.ExecutionCommand;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.InsatsCatalogue;

/**
 * The "skyddade personuppgifter" flag of each case type: false unless set, settable on an existing
 * case in any status without touching its history, and kept by every command carried out after.
 */
class ProtectedPersonalDataFlagTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 2);

  @Test
  void complaint_flagDefaultsFalse_isSetLater_andSurvivesCommands() {
    Complaint c =
        Complaint.received("K1", ComplaintKind.COMPLAINT, DAY)
            .apply(ComplaintCommand.acknowledge(DAY))
            .next();
    assertFalse(c.protectedPersonalData());
    Complaint flagged = c.withProtectedPersonalData(true);
    assertTrue(flagged.protectedPersonalData());
    assertEquals(c.history(), flagged.history());
    assertNotEquals(c, flagged);
    assertEquals(c, flagged.withProtectedPersonalData(false));
    Complaint answered = flagged.apply(ComplaintCommand.answer(DAY.plusDays(3))).next();
    assertTrue(answered.protectedPersonalData());
    assertEquals(c.history().size() + 1, answered.history().size());
    assertEquals(c.history().get(0), answered.history().get(0));
  }

  @Test
  void deviation_flagDefaultsFalse_isSetLater_andSurvivesCommands() {
    Deviation d = Deviation.reported("A1", "e1", DAY, "Fall");
    assertFalse(d.protectedPersonalData());
    Deviation flagged = d.withProtectedPersonalData(true);
    assertTrue(flagged.protectedPersonalData());
    assertEquals(d, flagged.withProtectedPersonalData(false));
    Deviation next =
        flagged
            .apply(DeviationCommand.startInvestigation(DAY, PersonRef.of("p1", "Enhetschef")))
            .next();
    assertTrue(next.protectedPersonalData());
  }

  @Test
  void lexSarahCase_flagDefaultsFalse_isSetLater_andSurvivesCommands() {
    LexSarahCase c = LexSarahCase.reported("LS1", "sn", DAY).apply(LexSarahCommand.receive(DAY)).next();
    assertFalse(c.protectedPersonalData());
    LexSarahCase flagged = c.withProtectedPersonalData(true);
    assertTrue(flagged.protectedPersonalData());
    assertEquals(c.history(), flagged.history());
    assertEquals(c, flagged.withProtectedPersonalData(false));
    LexSarahCase next = flagged.apply(LexSarahCommand.register(DAY.plusDays(1))).next();
    assertTrue(next.protectedPersonalData());
    assertEquals(flagged.history().get(0), next.history().get(0));
  }

  @Test
  void favourableDecision_flagDefaultsFalse_isSetLater_andSurvivesCommands() {
    FavourableDecision d =
        FavourableDecision.decided(
            "B1", InsatsCatalogue.defaults().insatser().get(0), DAY, Gender.values()[0]);
    assertFalse(d.protectedPersonalData());
    FavourableDecision flagged = d.withProtectedPersonalData(true);
    assertTrue(flagged.protectedPersonalData());
    assertEquals(d, flagged.withProtectedPersonalData(false));
    FavourableDecision next = flagged.apply(ExecutionCommand.offer(DAY.plusDays(10))).next();
    assertTrue(next.protectedPersonalData());
    assertTrue(next.apply(ExecutionCommand.execute(DAY.plusDays(20))).next().protectedPersonalData());
  }
}
