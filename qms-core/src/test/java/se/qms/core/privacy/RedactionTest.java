package se.qms.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.MissingValueException;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.QualitySystemPart;
import se.qms.core.improvement.Category;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintCommand;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.DeviationCommand;
import se.qms.core.improvement.DeviationCommandType;
import se.qms.core.improvement.DeviationOutcome;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahCommand;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;
import se.qms.core.unexecuted.DelayReason;
import se.qms.core.unexecuted.ExecutionCommand;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.InsatsCatalogue;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.testing.ProtectedCases;

/** What the redaction removes from a flagged case of each type, and what it keeps. */
class RedactionTest {
  private static final LocalDate DAY = LocalDate.of(2020, 3, 2);
  private static final PersonRef ANNA = PersonRef.of("p-17", "Anna Andersson");
  private static final PersonRef BO = PersonRef.of("p-18", "Bo Berg");

  private static PersonRef redacted(PersonRef p) {
    return PersonRef.of(p.id(), Redaction.PROTECTED_TEXT);
  }

  @Nested
  class Complaints {
    private final Complaint complaint =
        Complaint.builder()
            .id("K1")
            .kind(ComplaintKind.COMPLAINT)
            .unitId("e1")
            .summary("Anna Andersson på Solgården fick fel mat")
            .received(DAY)
            .build()
            .apply(ComplaintCommand.acknowledge(DAY.plusDays(1)).withActor(BO).withNote("Ringde Anna"))
            .next();

    @Test
    void unflagged_isReturnedItself() {
      assertSame(complaint, Redaction.redact(complaint));
    }

    @Test
    void flagged_losesSummary_notes_andActorNames_keepsTheRest() {
      Complaint r = Redaction.redact(complaint.withProtectedPersonalData(true));
      assertEquals(Optional.empty(), r.summary());
      assertEquals(Optional.empty(), r.history().get(0).note());
      assertEquals(Optional.of(redacted(BO)), r.history().get(0).actor());
      assertTrue(r.protectedPersonalData());
      assertEquals(complaint.toRecord(), r.toRecord());
      assertEquals(complaint.acknowledged(), r.acknowledged());
      assertEquals(complaint.status(), r.status());
      assertEquals(complaint.history().get(0).date(), r.history().get(0).date());
      assertEquals(complaint.history().get(0).command(), r.history().get(0).command());
    }
  }

  @Nested
  class Deviations {
    private final Deviation deviation =
        Deviation.reported("A1", "e1", DAY, "Anna Andersson föll i badrummet")
            .apply(DeviationCommand.startInvestigation(DAY.plusDays(1), BO).withNote("Bo tar den"))
            .next()
            .apply(
                DeviationCommand.builder()
                    .type(DeviationCommandType.COMPLETE_INVESTIGATION)
                    .date(DAY.plusDays(3))
                    .outcome(DeviationOutcome.values()[0])
                    .category(Category.of("fall", "Fall"))
                    .findings("Anna har skyddad adress på Storgatan 1")
                    .actor(ANNA)
                    .build())
            .next();

    @Test
    void unflagged_isReturnedItself() {
      assertSame(deviation, Redaction.redact(deviation));
    }

    @Test
    void flagged_descriptionIsTheFixedText_findingsAndNotesGone_namesRedacted() {
      Deviation r = Redaction.redact(deviation.withProtectedPersonalData(true));
      assertEquals(Redaction.PROTECTED_TEXT, r.description());
      assertEquals(Optional.empty(), r.findings());
      assertEquals(Optional.of(redacted(BO)), r.investigator());
      assertEquals(Optional.empty(), r.history().get(0).note());
      assertEquals(Optional.of(redacted(ANNA)), r.history().get(1).actor());
      assertEquals(deviation.toRecord(), r.toRecord());
      assertEquals(deviation.outcome(), r.outcome());
      assertEquals(deviation.category(), r.category());
      assertEquals(deviation.status(), r.status());
    }
  }

  @Nested
  class LexSarahCases {
    private final LexSarahCase lexSarah =
        LexSarahCase.builder()
            .id("LS1")
            .committeeId("sn")
            .unitId("e1")
            .reported(DAY)
            .reporterRole(Role.MEDARBETARE)
            .description("Anna Andersson lämnades ensam")
            .immediateMeasures("Annas dotter Cecilia kontaktad")
            .individualCount(2)
            .addIndividuals(ANNA)
            .addCategories(LexSarahCategory.values()[0])
            .build()
            .apply(LexSarahCommand.receive(DAY).withActor(BO).withNote("Bo fick rapporten"))
            .next()
            .apply(LexSarahCommand.register(DAY))
            .next()
            .apply(LexSarahCommand.startInvestigation(DAY.plusDays(1)))
            .next()
            .apply(LexSarahCommand.assess(DAY.plusDays(5), LexSarahAssessment.SERIOUS_IMPROPRIETY))
            .next()
            .apply(LexSarahCommand.notifyIvo(DAY.plusDays(6), DAY.plusDays(6)).withDecidedBy(Role.NAMND))
            .next();

    @Test
    void unflagged_isReturnedItself() {
      assertSame(lexSarah, Redaction.redact(lexSarah));
    }

    @Test
    void flagged_losesDescription_measures_notes_andNames_keepsRolesAndAssessment() {
      LexSarahCase r = Redaction.redact(lexSarah.withProtectedPersonalData(true));
      assertEquals(Optional.empty(), r.description());
      assertEquals(Optional.empty(), r.immediateMeasures());
      assertEquals(List.of(redacted(ANNA)), r.individuals());
      assertEquals(Optional.of(redacted(BO)), r.history().get(0).actor());
      assertEquals(Optional.empty(), r.history().get(0).note());
      assertEquals(lexSarah.reporterRole(), r.reporterRole());
      assertEquals(lexSarah.individualsConcerned(), r.individualsConcerned());
      assertEquals(lexSarah.assessment(), r.assessment());
      assertEquals(lexSarah.notificationDecision(), r.notificationDecision());
      assertEquals(lexSarah.history().get(4).decidedBy(), r.history().get(4).decidedBy());
      assertEquals(lexSarah.categories(), r.categories());
      assertEquals(lexSarah.status(), r.status());
    }
  }

  @Nested
  class Decisions {
    private final FavourableDecision decision =
        FavourableDecision.builder()
            .id("B1")
            .person(ANNA)
            .insats(InsatsCatalogue.defaults().insatser().get(0))
            .decided(DAY)
            .gender(Gender.values()[0])
            .delayReason(DelayReason.values()[0])
            .delayReasonText("Anna bor på skyddat boende i Umeå")
            .build()
            .apply(ExecutionCommand.offer(DAY.plusDays(90)).withNote("Erbjudande till Anna"))
            .next();

    @Test
    void unflagged_isReturnedItself() {
      assertSame(decision, Redaction.redact(decision));
    }

    @Test
    void flagged_losesReasonText_notes_andTheName_keepsTheCodedReason() {
      FavourableDecision r = Redaction.redact(decision.withProtectedPersonalData(true));
      assertEquals(Optional.of(redacted(ANNA)), r.person());
      assertEquals(Optional.empty(), r.delayReasonText());
      assertEquals(Optional.empty(), r.history().get(0).note());
      assertEquals(decision.delayReason(), r.delayReason());
      assertEquals(decision.offers(), r.offers());
      assertEquals(decision.waitingPeriods(), r.waitingPeriods());
      assertEquals(decision.status(), r.status());
    }
  }

  @Test
  void person_keepsTheId_andTakesTheFixedText() {
    assertEquals(PersonRef.of("p-17", "Skyddade personuppgifter"), Redaction.redact(ANNA));
    assertEquals(Redaction.redact(ANNA), Redaction.redact(Redaction.redact(ANNA)));
  }

  @Test
  void forExport_withoutFlaggedCases_returnsTheSystemItself() {
    QualitySystem s = ProtectedCases.withoutFlags(ProtectedCases.system(List.of(1, 2, 3, 4, 5, 6, 7, 8)));
    assertSame(s, Redaction.forExport(s));
  }

  @Test
  void forExport_redactsEveryKindOfCase_inPlace_andKeepsOtherParts() {
    QualitySystemPart other = new QualitySystemPart() {};
    SplittableRandom r = new SplittableRandom(1);
    Complaint k = ProtectedCases.complaint("K", r).withProtectedPersonalData(true);
    Complaint k2 = ProtectedCases.complaint("K2", r).withProtectedPersonalData(false);
    Deviation a = ProtectedCases.deviation("A", r).withProtectedPersonalData(true);
    LexSarahCase ls = ProtectedCases.lexSarahCase("LS", r).withProtectedPersonalData(true);
    FavourableDecision b = ProtectedCases.decision("B", r).withProtectedPersonalData(true);
    QualitySystem s =
        QualitySystem.builder()
            .name("Kommun")
            .addComplaints(k, k2)
            .addDeviations(a)
            .addParts(
                other,
                LexSarahRegister.of(List.of(ls)),
                UnexecutedDecisionRegister.of(List.of(b), List.of()))
            .build();
    QualitySystem out = Redaction.forExport(s);
    assertEquals(List.of(Redaction.redact(k), k2), out.complaints());
    assertSame(k2, out.complaints().get(1));
    assertEquals(List.of(Redaction.redact(a)), out.deviations());
    assertSame(other, out.parts().get(0));
    assertEquals(List.of(Redaction.redact(ls)), out.part(LexSarahRegister.class).orElseThrow().cases());
    assertEquals(
        List.of(Redaction.redact(b)),
        out.part(UnexecutedDecisionRegister.class).orElseThrow().decisions());
    assertEquals(s.name(), out.name());
    assertEquals(out, Redaction.forExport(out));
    assertFalse(out.equals(s));
  }

  @Test
  void null_givesTheCodedMissingValue_namingTheArgument() {
    MissingValueException e =
        assertThrows(MissingValueException.class, () -> Redaction.forExport(null));
    assertTrue(e.getMessage().contains("system"), e.getMessage());
    assertThrows(MissingValueException.class, () -> Redaction.redact((Complaint) null));
    assertThrows(MissingValueException.class, () -> Redaction.redact((PersonRef) null));
  }
}
