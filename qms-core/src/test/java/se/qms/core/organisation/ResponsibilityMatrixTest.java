package se.qms.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponsibilityMatrixTest {
  private final Duty plan = Duty.of(PdcaPhase.PLANERING, Role.NAMND, "att besluta om mål");
  private final Duty doIt = Duty.of(PdcaPhase.GENOMFORANDE, Role.ENHETSCHEF, "att utreda klagomål");
  private final Duty doToo = Duty.of(PdcaPhase.GENOMFORANDE, Role.NAMND, "att följa upp");
  private final ResponsibilityMatrix matrix = ResponsibilityMatrix.of(List.of(plan, doIt, doToo));

  @Test
  void duties_byPhaseAndRole_keepOrder() {
    assertEquals(List.of(doIt, doToo), matrix.duties(PdcaPhase.GENOMFORANDE));
    assertEquals(List.of(doToo), matrix.duties(PdcaPhase.GENOMFORANDE, Role.NAMND));
    assertTrue(matrix.duties(PdcaPhase.UTVARDERING).isEmpty());
  }

  @Test
  void roles_ofPhase_inOrderOfFirstAppearance() {
    assertEquals(List.of(Role.ENHETSCHEF, Role.NAMND), List.copyOf(matrix.roles(PdcaPhase.GENOMFORANDE)));
  }

  @Test
  void phasesWithoutDuty_showGaps() {
    assertEquals(
        Set.of(PdcaPhase.PLANERING, PdcaPhase.UTVARDERING, PdcaPhase.STANDIGA_FORBATTRINGAR),
        matrix.phasesWithoutDuty(Role.ENHETSCHEF));
  }
}
