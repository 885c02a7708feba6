package se.qms.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;

class ProcessMapTest {
  private static final PersonRef ASSESSOR = PersonRef.of("p-1", "Kvalitetsledare");

  private static ProcessNumber n(String s) {
    return ProcessNumber.parse(s);
  }

  private static ProcessNode assessed(String number, int... levels) {
    ProcessNode.Builder b =
        ProcessNode.builder().number(n(number)).kind(ProcessNodeKind.PROCESS).title("P " + number);
    int month = 1;
    for (int level : levels) {
      b.addProcessIndexAssessments(
          ProcessIndexAssessment.of(level, LocalDate.of(2017, month++, 1), ASSESSOR));
    }
    return b.build();
  }

  private static final List<ProcessNode> SAMPLE =
      List.of(
          ProcessNode.category(n("2.1"), ProcessCategory.LEDNING, "Ledningsprocesser"),
          ProcessNode.of(n("2.1.2"), ProcessNodeKind.PURPOSE_GROUP, "Med syfte att utveckla verksamheten"),
          ProcessNode.of(n("2.1.2.2"), ProcessNodeKind.AREA, "Utveckla tjänster"),
          assessed("2.1.2.2.4", 3, 5),
          assessed("2.1.2.2.5"),
          assessed("2.1.2.2.6", 8),
          ProcessNode.category(n("2.2"), ProcessCategory.HUVUD, "Huvudprocesser"),
          ProcessNode.of(n("2.2.1"), ProcessNodeKind.AREA, "Söka och få information")
              .withDescription("Information till klienter"));

  @Nested
  class Queries {
    private final ProcessMap map = ProcessMap.of(SAMPLE);

    @Test
    void find_byNumberOrText() {
      assertEquals("Utveckla tjänster", map.find("2.1.2.2").orElseThrow().title());
      assertEquals(Optional.empty(), map.find(n("9.9")));
    }

    @Test
    void categoryOf_walksToTheTop() {
      assertEquals(Optional.of(ProcessCategory.LEDNING), map.categoryOf(n("2.1.2.2.6")));
      assertEquals(Optional.of(ProcessCategory.HUVUD), map.categoryOf(n("2.2.1")));
      assertEquals(Optional.empty(), map.categoryOf(n("3")));
    }

    @Test
    void processesWithoutOwnerOrDescription_areTheProcessesOnly() {
      assertEquals(3, map.processesWithoutOwner().size());
      assertEquals(3, map.processesWithoutDescription().size());
      ProcessMap owned =
          ProcessMap.of(
              List.of(
                  SAMPLE.get(0),
                  SAMPLE.get(1),
                  SAMPLE.get(2),
                  assessed("2.1.2.2.4").withOwner(PersonRef.of("p-2", "Processägare"))));
      assertTrue(owned.processesWithoutOwner().isEmpty());
    }

    @Test
    void subtree_andChildren() {
      assertEquals(5, map.subtree(n("2.1.2")).size());
      assertEquals(3, map.children(n("2.1.2.2")).size());
      assertTrue(map.subtree(n("7")).isEmpty());
    }

    @Test
    void processIndexSummary_countsOnlyAssessedProcesses() {
      ProcessIndexSummary s = map.processIndexSummary(n("2.1.2.2"));
      assertEquals(3, s.processCount());
      assertEquals(2, s.assessedCount());
      assertEquals(OptionalDouble.of(6.5), s.mean()); // latest levels 5 and 8
      assertEquals(OptionalInt.of(5), s.min());
      assertEquals(OptionalInt.of(8), s.max());
    }

    @Test
    void processIndexSummary_asOf_usesTheLevelThenCurrent() {
      // on 2017-01-15, 2.1.2.2.4 stood at level 3 (5 came in February) and 2.1.2.2.6 at 8
      ProcessIndexSummary s = map.processIndexSummary(n("2.1"), LocalDate.of(2017, 1, 15));
      assertEquals(2, s.assessedCount());
      assertEquals(OptionalDouble.of(5.5), s.mean());
      assertEquals(0, map.processIndexSummary(n("2.1"), LocalDate.of(2016, 12, 31)).assessedCount());
    }

    @Test
    void processIndexSummary_nothingAssessed_isEmptyNotZero() {
      ProcessIndexSummary s = map.processIndexSummary(n("2.2"));
      assertEquals(0, s.assessedCount());
      assertFalse(s.mean().isPresent());
    }

    @Test
    void processIndexSummary_unknownScope_throws() {
      assertEquals(
          QmsErrorCode.DANGLING_REFERENCE,
          assertThrows(InvalidValueException.class, () -> map.processIndexSummary(n("5")))
              .code());
    }
  }

  @Nested
  class Invariants {
    private QmsErrorCode codeOf(ProcessNode... nodes) {
      return assertThrows(InvalidValueException.class, () -> ProcessMap.of(List.of(nodes))).code();
    }

    @Test
    void duplicateNumber_isRejected() {
      assertEquals(QmsErrorCode.DUPLICATE_ID, codeOf(SAMPLE.get(0), SAMPLE.get(0)));
    }

    @Test
    void orphan_isRejected() {
      assertEquals(
          QmsErrorCode.PROCESS_NOT_UNDER_PARENT,
          codeOf(SAMPLE.get(0), ProcessNode.of(n("2.1.4.1"), ProcessNodeKind.PROCESS, "x")));
    }

    @Test
    void categoriesUnderDifferentChapters_areRejected() {
      assertEquals(
          QmsErrorCode.PROCESS_NOT_UNDER_PARENT,
          codeOf(SAMPLE.get(0), ProcessNode.category(n("3.2"), ProcessCategory.STOD, "Stöd")));
    }

    @Test
    void areaAboveItsParentsLevel_isRejected() {
      assertEquals(
          QmsErrorCode.PROCESS_KIND_MISPLACED,
          codeOf(
              SAMPLE.get(0),
              ProcessNode.of(n("2.1.1"), ProcessNodeKind.PROCESS, "p"),
              ProcessNode.of(n("2.1.1.1"), ProcessNodeKind.AREA, "a")));
    }

    @Test
    void categoryBelowANode_isRejected() {
      assertEquals(
          QmsErrorCode.PROCESS_KIND_MISPLACED,
          codeOf(SAMPLE.get(0), ProcessNode.category(n("2.1.1"), ProcessCategory.STOD, "s")));
    }

    @Test
    void subprocessUnderSubprocess_isAllowed() {
      ProcessMap map =
          ProcessMap.of(
              List.of(
                  SAMPLE.get(0),
                  ProcessNode.of(n("2.1.1"), ProcessNodeKind.PROCESS, "p"),
                  ProcessNode.of(n("2.1.1.1"), ProcessNodeKind.SUBPROCESS, "s"),
                  ProcessNode.of(n("2.1.1.1.1"), ProcessNodeKind.SUBPROCESS, "ss")));
      assertEquals(4, map.size());
    }
  }

  @Nested
  class Nodes {
    @Test
    void categoryWithoutCategory_isRejected() {
      assertEquals(
          QmsErrorCode.INCONSISTENT_VALUE,
          assertThrows(
                  InvalidValueException.class,
                  () -> ProcessNode.of(n("2.1"), ProcessNodeKind.CATEGORY, "Ledning"))
              .code());
    }

    @Test
    void assessmentsOutOfOrder_areRejected() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  ProcessNode.builder()
                      .number(n("2.1.1"))
                      .kind(ProcessNodeKind.PROCESS)
                      .title("p")
                      .addProcessIndexAssessments(
                          ProcessIndexAssessment.of(4, LocalDate.of(2017, 5, 1), ASSESSOR),
                          ProcessIndexAssessment.of(5, LocalDate.of(2017, 4, 1), ASSESSOR))
                      .build());
      assertEquals("processIndexAssessments[1].date", e.field().orElseThrow());
    }

    @Test
    void levelOutsideScale_isRejected() {
      for (int level : new int[] {0, 11}) {
        InvalidValueException e =
            assertThrows(
                InvalidValueException.class,
                () -> ProcessIndexAssessment.of(level, LocalDate.of(2017, 1, 1), ASSESSOR));
        assertEquals(QmsErrorCode.PROCESS_INDEX_LEVEL_OUT_OF_SCALE, e.code());
      }
      assertEquals(1, ProcessIndexAssessment.of(1, LocalDate.of(2017, 1, 1), ASSESSOR).level());
      assertEquals(10, ProcessIndexTarget.of(10, LocalDate.of(2017, 1, 1)).level());
    }

    @Test
    void blankDescription_isRejected() {
      assertEquals(
          QmsErrorCode.VALUE_BLANK,
          assertThrows(
                  InvalidValueException.class,
                  () -> ProcessNode.of(n("2.1.1"), ProcessNodeKind.AREA, "a").withDescription(" "))
              .code());
    }

    @Test
    void routine_keepsActivityOrder() {
      Routine r =
          Routine.of(
              "Hantera klagomål",
              List.of(
                  Activity.of("Ta emot", Role.MEDARBETARE),
                  Activity.of("Utreda", Role.ENHETSCHEF)));
      assertEquals(Role.ENHETSCHEF, r.activities().get(1).responsible());
      assertThrows(InvalidValueException.class, () -> Routine.of("Tom", List.of()));
    }
  }

  @Nested
  class Progress {
    private final ProcessNode node =
        assessed("2.1.2.2.4", 3, 5)
            .withProcessIndexTarget(ProcessIndexTarget.of(8, LocalDate.of(2017, 12, 31)));

    @Test
    void beforeTargetDate_notOverdue() {
      ProcessIndexProgress p = node.processIndexProgress(LocalDate.of(2017, 12, 31)).orElseThrow();
      assertEquals(3, p.stepsRemaining());
      assertFalse(p.isOverdue());
    }

    @Test
    void dayAfterTargetDate_overdue() {
      ProcessIndexProgress p = node.processIndexProgress(LocalDate.of(2018, 1, 1)).orElseThrow();
      assertTrue(p.isOverdue());
      assertFalse(p.isReached());
    }

    @Test
    void neverAssessed_allStepsRemain() {
      ProcessIndexProgress p =
          node.processIndexProgress(LocalDate.of(2016, 12, 31)).orElseThrow();
      assertEquals(OptionalInt.empty(), p.currentLevel());
      assertEquals(8, p.stepsRemaining());
    }

    @Test
    void reachedTarget_isNeverOverdue() {
      ProcessNode done =
          assessed("2.1.1", 9).withProcessIndexTarget(ProcessIndexTarget.of(8, LocalDate.of(2017, 1, 1)));
      ProcessIndexProgress p = done.processIndexProgress(LocalDate.of(2019, 1, 1)).orElseThrow();
      assertTrue(p.isReached());
      assertFalse(p.isOverdue());
      assertEquals(0, p.stepsRemaining());
    }

    @Test
    void scale_defaultsToNeutralDescriptors() {
      assertEquals("Nivå 1", ProcessIndexScale.defaultScale().descriptor(1));
      assertEquals("Nivå 10", ProcessIndexScale.defaultScale().descriptor(10));
      assertThrows(InvalidValueException.class, () -> ProcessIndexScale.of(List.of("a")));
    }
  }
}
