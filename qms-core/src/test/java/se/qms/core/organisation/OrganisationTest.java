package se.qms.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class OrganisationTest {
  private static final OrganisationUnit HN =
      OrganisationUnit.of("hn", "Humanistiska nämnden", UnitKind.NAMND);
  private static final OrganisationUnit ON = OrganisationUnit.of("on", "Omsorgsnämnden", UnitKind.NAMND);
  private static final OrganisationUnit VF =
      OrganisationUnit.of("vf", "Välfärdsförvaltningen", UnitKind.FORVALTNING, "hn");
  private static final OrganisationUnit IFO =
      OrganisationUnit.of("ifo", "Individ- och familjeomsorg", UnitKind.AVDELNING, "vf");
  private static final OrganisationUnit E1 =
      OrganisationUnit.of("e1", "Enhet Socialt stöd", UnitKind.ENHET, "ifo");

  private static QmsErrorCode codeOf(List<OrganisationUnit> units) {
    return assertThrows(InvalidValueException.class, () -> Organisation.of(units)).code();
  }

  @Nested
  class Queries {
    private final Organisation org = Organisation.of(List.of(HN, ON, VF, IFO, E1));

    @Test
    void topUnits_areTheNamnder() {
      assertEquals(List.of(HN, ON), org.topUnits());
    }

    @Test
    void pathToTop_runsFromUnitToNamnd() {
      assertEquals(
          List.of("e1", "ifo", "vf", "hn"),
          org.pathToTop("e1").stream().map(OrganisationUnit::id).collect(Collectors.toList()));
    }

    @Test
    void subtree_isDepthFirst() {
      assertEquals(List.of(VF, IFO, E1), org.subtree("vf"));
      assertTrue(org.subtree("unknown").isEmpty());
    }

    @Test
    void children_ofLeafOrUnknown_areEmpty() {
      assertEquals(List.of(IFO), org.children("vf"));
      assertTrue(org.children("e1").isEmpty());
      assertTrue(org.children("nope").isEmpty());
    }
  }

  @Test
  void of_duplicateId_throws() {
    assertEquals(QmsErrorCode.DUPLICATE_ID, codeOf(List.of(HN, HN)));
  }

  @Test
  void of_unknownParent_throws() {
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, codeOf(List.of(VF)));
  }

  @Test
  void of_cycle_throws() {
    OrganisationUnit a = OrganisationUnit.of("a", "A", UnitKind.ENHET, "b");
    OrganisationUnit b = OrganisationUnit.of("b", "B", UnitKind.ENHET, "a");
    assertEquals(QmsErrorCode.ORGANISATION_CYCLE, codeOf(List.of(a, b)));
  }

  @Test
  void unit_ownParent_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> OrganisationUnit.of("a", "A", UnitKind.ENHET, "a"));
    assertEquals(QmsErrorCode.ORGANISATION_CYCLE, e.code());
  }

  @Test
  void of_unitBelowSameLevel_throws() {
    OrganisationUnit e2 = OrganisationUnit.of("e2", "Enhet 2", UnitKind.ENHET, "e1");
    assertEquals(QmsErrorCode.ORGANISATION_LEVEL_ORDER, codeOf(List.of(HN, VF, IFO, E1, e2)));
  }

  @Test
  void of_skippedLevel_isAllowed() {
    OrganisationUnit direct = OrganisationUnit.of("e9", "Stab", UnitKind.ENHET, "vf");
    assertEquals(3, Organisation.of(List.of(HN, VF, direct)).units().size());
  }
}
