package se.qms.core.lexsarah;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.UnitKind;

class LexSarahRegisterTest {
  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);
  private static final Organisation ORG =
      Organisation.of(
          List.of(
              OrganisationUnit.of("on", "Omsorgsnämnden", UnitKind.NAMND),
              OrganisationUnit.of("vf", "Välfärdsförvaltningen", UnitKind.FORVALTNING, "on"),
              OrganisationUnit.of("sb", "Särskilt boende", UnitKind.AVDELNING, "vf")));

  private static InvalidValueException rejected(LexSarahCase c) {
    return assertThrows(
        InvalidValueException.class, () -> LexSarahRegister.of(List.of(c)).checkReferences(ORG));
  }

  @Test
  void register_isAPartOfTheQualitySystem() {
    LexSarahRegister register =
        LexSarahRegister.of(List.of(LexSarahCase.builder().id("a").committeeId("on").unitId("sb").reported(DAY).build()));
    QualitySystem system = QualitySystem.builder().name("Kommun").organisation(ORG).addParts(register).build();
    assertSame(register, system.part(LexSarahRegister.class).orElseThrow().checkReferences(ORG));
    assertEquals(Optional.of("a"), register.find("a").map(LexSarahCase::id));
    assertEquals(Optional.empty(), register.find("b"));
    assertEquals(List.of(), LexSarahRegister.empty().cases());
  }

  @Test
  void twoCasesWithOneId_areADuplicate() {
    LexSarahCase a = LexSarahCase.reported("a", "on", DAY);
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> LexSarahRegister.of(List.of(a, a)));
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
    assertEquals(Optional.of("cases[1].id"), e.field());
  }

  @Test
  void unknownCommittee_orUnit_isDangling() {
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, rejected(LexSarahCase.reported("a", "kf", DAY)).code());
    InvalidValueException unit =
        rejected(LexSarahCase.builder().id("a").committeeId("on").unitId("x").reported(DAY).build());
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, unit.code());
    assertEquals(Optional.of("cases[0].unitId"), unit.field());
  }

  @Test
  void committeeThatIsNotANamnd_isRejected() {
    assertEquals(
        QmsErrorCode.LEX_SARAH_COMMITTEE_NOT_A_NAMND,
        rejected(LexSarahCase.reported("a", "vf", DAY)).code());
  }
}
