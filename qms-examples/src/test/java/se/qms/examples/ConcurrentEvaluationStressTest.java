package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.Observation;
import se.qms.core.report.Disclosure;
import se.qms.core.report.ReportGenerator;
import se.qms.examples.generate.NationalDataSet;
import se.qms.json.QmsJson;
import se.qms.risk.RiskEvaluator;
import se.qms.risk.RiskRegister;

/**
 * Eight threads evaluate shared compiled engines — compliance with every rule, measures, risks and
 * the yearly report — over shared quality systems whose lazy indexes (the system's index of
 * objects, the measure data's tables) are first built while the threads contend for them. Every
 * thread's results equal those of a sequential run over separately generated, equal systems.
 */
class ConcurrentEvaluationStressTest {
  private static final int THREADS = 8;
  private static final int SYSTEMS = 4;
  private static final int ROUNDS = 2;
  private static final LocalDate AS_OF = NationalDataSet.AS_OF;

  private final RuleSet rules = NationalDataSet.ruleSet();
  private final ComplianceEngine compliance = ComplianceEngine.of(rules, QmsJson.complianceRules());
  private final ReportGenerator reports = QmsJson.reportGenerator();
  private final RiskEvaluator risks = RiskEvaluator.defaults();

  /** Everything evaluated of one system, compared as a whole. */
  private record Results(Object compliance, Object report, Object publicReport, Object measures, Object risks) {}

  private Results evaluate(QualitySystem system, MeasureEngine measures) {
    MeasureData data = system.measureData();
    List<Object> lights = new ArrayList<>();
    for (Observation o : data.observations()) {
      if (rules.lightPolicies().containsKey(o.indicatorId())) {
        lights.add(measures.evaluate(o, data));
      }
      // the lazily built tables of the measure data, read while other threads build them
      lights.add(data.observation(o.indicatorId(), o.unitId(), o.period()));
    }
    List<Object> scores = new ArrayList<>();
    RiskRegister register = system.part(RiskRegister.class).orElse(RiskRegister.empty());
    register.risks().forEach(r -> scores.add(risks.score(r)));
    scores.add(risks.matrix(register.risks()));
    var report = reports.generate(system, rules, AS_OF.getYear(), AS_OF);
    return new Results(
        compliance.evaluate(system, AS_OF),
        report,
        report.withDisclosure(Disclosure.masked(3)),
        lights,
        scores);
  }

  private static MeasureEngine measureEngine(QualitySystem system, RuleSet rules) {
    Map<String, se.qms.core.measure.LightPolicy> policies = new java.util.HashMap<>();
    system.indicators().forEach(i -> {
      if (rules.lightPolicies().containsKey(i.id())) {
        policies.put(i.id(), rules.lightPolicies().get(i.id()));
      }
    });
    return MeasureEngine.of(system.indicators(), policies);
  }

  @Test
  void eightThreads_onSharedEnginesAndSystems_giveTheSequentialResults() throws Exception {
    List<QualitySystem> sequentialSystems = NationalDataSet.seeded(2019).generate(SYSTEMS);
    List<Results> expected = new ArrayList<>();
    for (QualitySystem s : sequentialSystems) {
      expected.add(evaluate(s, measureEngine(s, rules)));
    }
    // equal systems, generated again so that none of their lazy indexes is built yet
    List<QualitySystem> shared = NationalDataSet.seeded(2019).generate(SYSTEMS);
    assertEquals(sequentialSystems, shared);
    List<MeasureEngine> engines = new ArrayList<>();
    shared.forEach(s -> engines.add(measureEngine(s, rules)));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Results>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  List<Results> got = new ArrayList<>();
                  for (int round = 0; round < ROUNDS; round++) {
                    for (int i = 0; i < SYSTEMS; i++) {
                      // each thread starts with another system, so every index is built under contention
                      int k = (i + offset + round) % SYSTEMS;
                      got.add(evaluate(shared.get(k), engines.get(k)));
                    }
                  }
                  return got;
                }));
      }
      start.countDown();
      for (int t = 0; t < THREADS; t++) {
        List<Results> got = futures.get(t).get(5, TimeUnit.MINUTES);
        int index = 0;
        for (int round = 0; round < ROUNDS; round++) {
          for (int i = 0; i < SYSTEMS; i++) {
            int k = (i + t + round) % SYSTEMS;
            assertEquals(expected.get(k), got.get(index++), "thread " + t + ", round " + round + ", system " + k);
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertFalse(((se.qms.core.compliance.ComplianceResult) expected.get(0).compliance()).outcomes().isEmpty());
  }

  @Test
  void systemsReadFromOneDocument_byEightThreadsAtOnce_areEqual() throws Exception {
    QualitySystem system = NationalDataSet.seeded(7).generate(1).get(0);
    byte[] document = QmsJson.strict().write(system);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<QualitySystem>> read = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        read.add(pool.submit(() -> QmsJson.strict().readQualitySystem(document)));
      }
      for (Future<QualitySystem> f : read) {
        assertEquals(system, f.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
