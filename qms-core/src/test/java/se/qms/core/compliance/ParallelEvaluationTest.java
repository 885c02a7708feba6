package se.qms.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.qms.core.compliance.ComplianceFixtures.d;
import static se.qms.core.compliance.ComplianceFixtures.map;
import static se.qms.core.compliance.ComplianceFixtures.process;
import static se.qms.core.compliance.ComplianceFixtures.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.process.ProcessNode;

/** Many systems on several threads give what one thread gives, in input order. */
class ParallelEvaluationTest {
  private static final LocalDate AS_OF = d("2019-12-31");
  private static final ComplianceEngine ENGINE = ComplianceEngine.of(rules());
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(3);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  /** Systems of different sizes, so threads finish them out of order. */
  static List<QualitySystem> systems(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<QualitySystem> systems = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      List<ProcessNode> processes = new ArrayList<>();
      for (int p = 1; p <= 1 + r.nextInt(30); p++) {
        processes.add(process("2.1.1." + p, r.nextBoolean()));
      }
      QualitySystem.Builder b = QualitySystem.builder().name("Kommun " + s).organisation(ComplianceFixtures.organisation()).processMap(map(processes.toArray(ProcessNode[]::new)));
      for (int k = 0; k < r.nextInt(200); k++) {
        b.addComplaints(Complaint.received("K" + k, ComplaintKind.COMPLAINT, d("2019-01-01").plusDays(r.nextInt(360))));
      }
      systems.add(b.build());
    }
    return systems;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 64})
  void evaluateAll_onThreads_equalsOneThread_inInputOrder(int parallelism) {
    List<QualitySystem> systems = systems(40, 2019L + parallelism);
    List<ComplianceResult> sequential = ENGINE.evaluateAll(systems, AS_OF);
    List<ComplianceResult> parallel = ENGINE.evaluateAll(systems, AS_OF, pool, parallelism);
    assertEquals(sequential, parallel);
    for (int i = 0; i < systems.size(); i++) {
      assertEquals(ENGINE.evaluate(systems.get(i), AS_OF), parallel.get(i), "system " + i);
    }
  }

  @Test
  void evaluateAll_executorThatNeverRuns_callerDoesEverything() {
    List<QualitySystem> systems = systems(10, 1L);
    assertEquals(ENGINE.evaluateAll(systems, AS_OF), ENGINE.evaluateAll(systems, AS_OF, task -> {}, 4));
  }

  @Test
  void evaluateAll_executorThatRejects_callerDoesEverything() {
    List<QualitySystem> systems = systems(10, 2L);
    assertEquals(
        ENGINE.evaluateAll(systems, AS_OF),
        ENGINE.evaluateAll(systems, AS_OF, task -> {
          throw new RejectedExecutionException("full");
        }, 2));
  }

  @Test
  void evaluateAll_noSystems_isEmpty() {
    assertEquals(List.of(), ENGINE.evaluateAll(List.of(), AS_OF, pool, 2));
  }

  @Test
  void evaluateAll_parallelismZero_throwsWithCode() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> ENGINE.evaluateAll(systems(2, 3L), AS_OF, pool, 0));
    assertEquals(QmsErrorCode.VALUE_OUT_OF_RANGE, e.code());
    assertEquals("parallelism", e.field().orElseThrow());
  }

  @Test
  void evaluateAll_nullSystem_throwsBeforeAnyThreadStarts() {
    List<QualitySystem> systems = new ArrayList<>(systems(3, 4L));
    systems.add(1, null);
    assertThrows(RuntimeException.class, () -> ENGINE.evaluateAll(systems, AS_OF, task -> {
      throw new AssertionError("started");
    }, 2));
  }

  @Test
  void evaluateAll_ruleThatThrows_rethrowsOnTheCallingThread() {
    IllegalStateException boom = new IllegalStateException("boom");
    RuleRegistry failing = ComplianceRules.core().plus(throwingOnTheFifthSystem(boom));
    ComplianceEngine engine = ComplianceEngine.of(rules(), failing);
    RuntimeException e =
        assertThrows(RuntimeException.class, () -> engine.evaluateAll(systems(8, 5L), AS_OF, pool, 2));
    assertSame(boom, e);
  }

  /** A rule whose check throws for the fifth system ("Kommun 4") only. */
  private static ComplianceRule throwingOnTheFifthSystem(RuntimeException e) {
    return new ComplianceRule() {
      @Override
      public String id() {
        return "test.throws";
      }

      @Override
      public FindingSeverity defaultSeverity() {
        return FindingSeverity.values()[0];
      }

      @Override
      public String basis() {
        return "test";
      }

      @Override
      public String titleSv() {
        return "Kastar";
      }

      @Override
      public String titleEn() {
        return "Throws";
      }

      @Override
      public RuleCheck<QualitySystem> compile(RuleSet ruleSet, RuleParameters parameters) {
        return new RuleCheck<>() {
          @Override
          public QualitySystem prepare(QualitySystem system, LocalDate asOf) {
            return system;
          }

          @Override
          public int size(QualitySystem state) {
            return 1;
          }

          @Override
          public int indexOf(QualitySystem state, String subject) {
            return -1;
          }

          @Override
          public void check(QualitySystem state, int index, FindingSink sink) {
            if (state.name().equals("Kommun 4")) {
              throw e;
            }
          }
        };
      }
    };
  }
}
