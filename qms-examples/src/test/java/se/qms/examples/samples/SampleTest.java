package se.qms.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.PdcaPhase;
import se.qms.core.organisation.ResponsibilityMatrix;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;

/** The transcribed samples agree with the counts of their source documents. */
class SampleTest {
  @Nested
  class Ornskoldsvik2016 {
    private final ProcessMap map = Sample.load(Sample.ORNSKOLDSVIK_2016).processMap();

    private long count(String category, ProcessNodeKind kind) {
      ProcessNumber scope = ProcessNumber.parse(category);
      return map.subtree(scope).stream().filter(n -> n.kind() == kind).count();
    }

    /** Counted in seed 000 §2 as the numbered headings of depth 3, 4 and 5 under each category. */
    @ParameterizedTest
    @CsvSource({"2.1, LEDNING, 2, 10, 46", "2.2, HUVUD, 1, 8, 88", "2.3, STOD, 3, 7, 20"})
    void purposeGroupsAreasAndProcesses_perCategory_matchSeed000(
        String number, ProcessCategory category, int purposeGroups, int areas, int processes) {
      assertEquals(category, map.categoryOf(ProcessNumber.parse(number)).orElseThrow());
      assertEquals(purposeGroups, count(number, ProcessNodeKind.PURPOSE_GROUP));
      assertEquals(areas, count(number, ProcessNodeKind.AREA));
      assertEquals(processes, count(number, ProcessNodeKind.PROCESS));
    }

    @Test
    void totals_matchSeed000() {
      assertEquals(3, map.categories().size());
      assertEquals(154, map.processes().size()); // 154 "Process:" headings in §2
      assertEquals(188, map.size());
    }

    /** Seed 000 prints "-" for 59 processes and no description at all for two. */
    @Test
    void processesWithoutDescription_areTheDashesAndTheTwoBlanks() {
      List<String> without =
          map.processesWithoutDescription().stream()
              .map(n -> n.number().toString())
              .collect(Collectors.toList());
      assertEquals(61, without.size());
      assertTrue(without.contains("2.2.1.3.5"));
      assertTrue(without.contains("2.3.1.4.5"));
      assertTrue(without.contains("2.1.1.3.1"));
    }

    @Test
    void seedHasNoOwners_soEveryProcessLacksOne() {
      assertEquals(154, map.processesWithoutOwner().size());
    }

    /** Seed 000 §5: "Utveckla processen … till nivå N på SIQs ProcessIndex", 19 sentences. */
    @ParameterizedTest
    @CsvSource({
      "2.1.2.2.4, 8", "2.1.2.2.5, 4", "2.1.1.2.1, 10", "2.1.2.1.5, 6", "2.1.2.3.5, 10",
      "2.1.2.3.6, 7", "2.1.2.6.1, 4", "2.2.1.5.1, 10", "2.3.1.4.6, 8"
    })
    void processIndexTargets_matchSeed000Section5(String number, int level) {
      ProcessNode node = map.find(number).orElseThrow();
      assertEquals(level, node.processIndexTarget().orElseThrow().level());
      assertEquals(2017, node.processIndexTarget().orElseThrow().targetDate().getYear());
    }

    @Test
    void nineteenTargets_noneAssessedYet() {
      assertEquals(19, map.nodes().stream().filter(n -> n.processIndexTarget().isPresent()).count());
      assertEquals(0, map.processIndexSummary(ProcessNumber.parse("2.1")).assessedCount());
    }

    @Test
    void organisation_hasBothNamnder() {
      assertEquals(2, Sample.load(Sample.ORNSKOLDSVIK_2016).organisation().topUnits().size());
    }
  }

  @Nested
  class Katrineholm2018 {
    private final Sample sample = Sample.load(Sample.KATRINEHOLM_2018);
    private final ResponsibilityMatrix matrix = sample.responsibilityMatrix();

    /** The bullets under each "… ansvarar för;" heading of seed 002 §4.4, 5.3, 6.6 and §7's sentences. */
    @Test
    void dutiesPerPhase_matchSeed002() {
      Map<PdcaPhase, Long> perPhase =
          matrix.duties().stream().collect(Collectors.groupingBy(d -> d.phase(), Collectors.counting()));
      assertEquals(38, perPhase.get(PdcaPhase.PLANERING));
      assertEquals(35, perPhase.get(PdcaPhase.GENOMFORANDE));
      assertEquals(38, perPhase.get(PdcaPhase.UTVARDERING));
      assertEquals(5, perPhase.get(PdcaPhase.STANDIGA_FORBATTRINGAR));
    }

    @Test
    void sixRoles_inEachOfTheFirstThreePhases() {
      List<Role> expected =
          List.of(
              Role.NAMND,
              Role.FORVALTNINGSCHEF,
              Role.AVDELNINGSCHEF,
              Role.ENHETSCHEF,
              Role.VERKSAMHETSLEDARE,
              Role.MEDARBETARE);
      for (PdcaPhase phase : List.of(PdcaPhase.PLANERING, PdcaPhase.GENOMFORANDE, PdcaPhase.UTVARDERING)) {
        assertEquals(expected, List.copyOf(matrix.roles(phase)), phase.name());
      }
      assertEquals(8, matrix.duties(PdcaPhase.GENOMFORANDE, Role.ENHETSCHEF).size());
    }

    @Test
    void actPhase_namesTheLedningsgrupp() {
      assertTrue(
          matrix.roles(PdcaPhase.STANDIGA_FORBATTRINGAR)
              .contains(Role.custom("socialförvaltningens ledningsgrupp")));
    }

    @Test
    void organisation_hasTwoDepartmentsUnderTheAdministration() {
      assertEquals(3, sample.organisation().children("sf").size());
      assertEquals(11, sample.organisation().subtree("sn").size());
    }
  }

  @Test
  void load_unknownSample_throwsCoded() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Sample.load("x"));
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, e.code());
  }
}
