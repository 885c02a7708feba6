package se.qms.examples.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.risk.RiskBand;
import se.qms.risk.RiskBands;
import se.qms.risk.RiskEvaluator;
import se.qms.risk.RiskOutcome;

/**
 * qms against Drools 10 (classic DRL, MVEL dialect) on the same rules over the same facts: the
 * traffic light of a value against a target with a tolerance (points or per cent of the target,
 * fixed or resolved from a comparison group) or against fixed bands, in both directions; and the
 * risk band (Låg, Medium, Kritisk) and escalation of a probability × severity rating on the default
 * 4 × 4 scales. 50 000 light facts and 50 000 risk facts, seeded; the score is per fact.
 *
 * <p>Set up for Drools' best: the knowledge base is built once and reused, the policy is flattened
 * into each fact so every rule is one pattern without a join, rules are mutually exclusive so
 * nothing fires twice and nothing is modified (no re-evaluation), and both ways Drools offers for a
 * batch are measured — a stateless session given the whole batch, and a fresh stateful session
 * with every fact inserted before one {@code fireAllRules}. The setup first checks that both
 * engines give every fact the same outcome, and fails otherwise. qms writes its outcome into the
 * same fact objects, so both sides pay for the same memory traffic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class DroolsBenchmark {
  static final int FACTS = 100_000;
  private static final int INDICATORS = 60;
  private static final double SLACK = 1e-9;

  private Rules rules;
  private List<Object> facts;
  private StatelessKieSession stateless;
  private StatelessKieSession executableStateless;

  /** Builds both engines and the facts, and checks that the engines agree. */
  @Setup
  public void setUp() {
    rules = Rules.build();
    facts = facts(FACTS, 20191231L);
    stateless = rules.kieBase.newStatelessKieSession();
    executableStateless = rules.executableModel.newStatelessKieSession();
    String disagreement = rules.disagreement(facts);
    if (disagreement != null) {
      throw new IllegalStateException("qms and Drools disagree: " + disagreement);
    }
    System.gc(); // the check's garbage is not collected during the measurement
  }

  /** qms: the compiled light policies and the risk evaluator, fact by fact. */
  @Benchmark
  @OperationsPerInvocation(FACTS)
  public List<Object> qms() {
    rules.runQms(facts);
    return facts;
  }

  /** Drools: one stateless session given the whole batch. */
  @Benchmark
  @OperationsPerInvocation(FACTS)
  public List<Object> droolsStateless() {
    stateless.execute(facts);
    return facts;
  }

  /** Drools: a fresh stateful session, every fact inserted, rules fired once, session disposed. */
  @Benchmark
  @OperationsPerInvocation(FACTS)
  public List<Object> droolsStateful() {
    rules.runStateful(rules.kieBase, facts);
    return facts;
  }

  /** Drools' executable model: one stateless session given the whole batch. */
  @Benchmark
  @OperationsPerInvocation(FACTS)
  public List<Object> droolsExecutableModelStateless() {
    executableStateless.execute(facts);
    return facts;
  }

  /** Drools' executable model: a fresh stateful session, every fact inserted, rules fired once. */
  @Benchmark
  @OperationsPerInvocation(FACTS)
  public List<Object> droolsExecutableModelStateful() {
    rules.runStateful(rules.executableModel, facts);
    return facts;
  }

  /**
   * {@code n} facts, half lights and half risks, seeded: values around the targets so every light
   * occurs, 2 % of values and 2 % of resolved targets missing.
   */
  static List<Object> facts(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Object> facts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i % 2 == 1) {
        facts.add(new RiskFact(1 + random.nextInt(4), 1 + random.nextInt(4)));
        continue;
      }
      int indicator = random.nextInt(INDICATORS);
      double sign = direction(indicator).sign();
      double value = random.nextInt(50) == 0 ? Double.NaN : 60 + random.nextInt(400_000) / 10_000.0;
      switch (indicator % 4) {
        case 0:
          facts.add(new LightFact(indicator, LightFact.TARGET, sign, 80, 5, 0, Double.NaN, Double.NaN, value));
          break;
        case 1:
          facts.add(new LightFact(indicator, LightFact.TARGET, sign, 80, 0, 5, Double.NaN, Double.NaN, value));
          break;
        case 2:
          double target = random.nextInt(50) == 0 ? Double.NaN : 75 + random.nextInt(100) / 10.0;
          facts.add(new LightFact(indicator, LightFact.TARGET, sign, target, 3, 0, Double.NaN, Double.NaN, value));
          break;
        default:
          double green = sign > 0 ? 85 : 70;
          double yellow = sign > 0 ? 70 : 85;
          facts.add(new LightFact(indicator, LightFact.BANDS, sign, Double.NaN, 0, 0, green, yellow, value));
      }
    }
    return facts;
  }

  private static Direction direction(int indicator) {
    return indicator % 8 < 4 ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
  }

  /** The qms engines and the Drools knowledge base of the same rules. */
  static final class Rules {
    final MeasureEngine lights;
    final RiskEvaluator risks;
    final KieBase kieBase;
    final KieBase executableModel;

    private Rules(MeasureEngine lights, RiskEvaluator risks, KieBase kieBase, KieBase executableModel) {
      this.lights = lights;
      this.risks = risks;
      this.kieBase = kieBase;
      this.executableModel = executableModel;
    }

    /** Compiles the qms policies and builds the knowledge base of {@link #drl()}. */
    static Rules build() {
      List<Indicator> indicators = new ArrayList<>();
      Map<String, LightPolicy> policies = new HashMap<>();
      for (int i = 0; i < INDICATORS; i++) {
        Direction direction = direction(i);
        String id = "m" + i;
        indicators.add(Indicator.of(id, "Mått " + i, MeasureUnit.PERCENT, direction));
        switch (i % 4) {
          case 0:
            policies.put(id, LightPolicy.target(Target.absolute(80), Tolerance.points(5)));
            break;
          case 1:
            policies.put(id, LightPolicy.target(Target.absolute(80), Tolerance.percentOfTarget(5)));
            break;
          case 2:
            policies.put(id, LightPolicy.target(Target.comparisonGroup("Liknande kommuner"), Tolerance.points(3)));
            break;
          default:
            policies.put(id, direction == Direction.HIGHER_IS_BETTER ? LightPolicy.bands(85, 70) : LightPolicy.bands(70, 85));
        }
      }
      KieBase classic = knowledgeBase("classic", false);
      KieBase executable = knowledgeBase("executable", true);
      return new Rules(MeasureEngine.of(indicators, policies), RiskEvaluator.defaults(), classic, executable);
    }

    /**
     * Drools' project type for the executable model. By name: drools-model-codegen has no module
     * name, and the benchmarks run on the class path only.
     */
    private static Class<? extends KieBuilder.ProjectType> executableModelProject() {
      try {
        return Class.forName("org.drools.model.codegen.ExecutableModelProject")
            .asSubclass(KieBuilder.ProjectType.class);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("drools-model-codegen is not on the class path", e);
      }
    }

    /**
     * The knowledge base of {@link #drl()}, built as classic DRL (constraints run by MVEL and
     * compiled to bytecode after a number of evaluations) or as Drools' executable model (the DRL
     * translated to Java lambdas and compiled while building).
     */
    private static KieBase knowledgeBase(String name, boolean executableModel) {
      KieServices services = KieServices.Factory.get();
      ReleaseId id = services.newReleaseId("se.qms.examples.bench", "drools-" + name, "1.0.0");
      KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(id);
      files.write("src/main/resources/se/qms/examples/bench/drl/qms.drl", drl());
      KieBuilder builder = services.newKieBuilder(files);
      if (executableModel) {
        builder.buildAll(executableModelProject());
      } else {
        builder.buildAll();
      }
      if (builder.getResults().hasMessages(Message.Level.ERROR)) {
        throw new IllegalStateException("DRL does not compile: " + builder.getResults().getMessages());
      }
      return services.newKieContainer(id).getKieBase();
    }

    /**
     * The rules in DRL: the light rules written from the policy's parameters in the fact, the
     * risk bands and escalation threshold taken from qms-risk's defaults, so both sides hold the
     * same numbers. Boundaries get the slack qms gives them (10⁻⁹ of the boundary, at least
     * 10⁻⁹), so a value on a boundary lands on the same side.
     */
    static String drl() {
      String slack = SLACK + " * Math.max(1.0, Math.abs(target))";
      String score = "(value - target) * sign";
      String width = "(points + Math.abs(target) * percent / 100.0)";
      String hasValue = "!Double.isNaN(value)";
      StringBuilder s = new StringBuilder();
      s.append("package se.qms.examples.bench.drl\n\n")
          .append("import se.qms.examples.bench.LightFact\n")
          .append("import se.qms.examples.bench.RiskFact\n")
          .append("import se.qms.core.measure.TrafficLight\n\n");
      rule(s, "light: no data", "LightFact( Double.isNaN(value) )", "$f.setLight(TrafficLight.NO_DATA);");
      rule(s, "light: no target",
          "LightFact( policy == LightFact.TARGET, " + hasValue + ", Double.isNaN(target) )",
          "$f.setLight(TrafficLight.NO_TARGET);");
      String target = "policy == LightFact.TARGET, " + hasValue + ", !Double.isNaN(target), ";
      // unary minus confuses MVEL's constraint parser: each boundary is moved to the left side
      String met = score + " + " + slack;
      String tolerated = score + " + " + width + " + " + slack;
      rule(s, "light: target met", "LightFact( " + target + met + " >= 0.0 )", "$f.setLight(TrafficLight.GREEN);");
      rule(s, "light: within tolerance",
          "LightFact( " + target + met + " < 0.0, " + tolerated + " >= 0.0 )",
          "$f.setLight(TrafficLight.YELLOW);");
      rule(s, "light: beyond tolerance", "LightFact( " + target + tolerated + " < 0.0 )", "$f.setLight(TrafficLight.RED);");
      String bands = "policy == LightFact.BANDS, " + hasValue + ", ";
      String green = "value * sign >= greenFrom * sign - " + SLACK + " * Math.max(1.0, Math.abs(greenFrom))";
      String yellow = "value * sign >= yellowFrom * sign - " + SLACK + " * Math.max(1.0, Math.abs(yellowFrom))";
      rule(s, "light: green band", "LightFact( " + bands + green + " )", "$f.setLight(TrafficLight.GREEN);");
      rule(s, "light: yellow band", "LightFact( " + bands + "!(" + green + "), " + yellow + " )", "$f.setLight(TrafficLight.YELLOW);");
      rule(s, "light: red band", "LightFact( " + bands + "!(" + yellow + ") )", "$f.setLight(TrafficLight.RED);");
      List<RiskBand> riskBands = RiskBands.defaults().list();
      for (int b = 0; b < riskBands.size(); b++) {
        RiskBand band = riskBands.get(b);
        String upper = b == riskBands.size() - 1 ? "<= " + band.upper() : "< " + band.upper();
        rule(s, "risk: " + band.nameEn(),
            "RiskFact( probability * severity >= " + band.lower() + ", probability * severity " + upper + " )",
            "$f.setBand(" + b + ");");
      }
      // EscalationPolicy.defaults(): value 8 or more, or the top severity step (4 of 4)
      rule(s, "risk: escalated", "RiskFact( probability * severity >= 8 || severity == 4 )", "$f.setEscalated(true);");
      rule(s, "risk: not escalated", "RiskFact( probability * severity < 8, severity < 4 )", "$f.setEscalated(false);");
      return s.toString();
    }

    private static void rule(StringBuilder s, String name, String pattern, String action) {
      s.append("rule \"").append(name).append("\"\nwhen\n  $f : ").append(pattern)
          .append("\nthen\n  ").append(action).append("\nend\n\n");
    }

    /** qms over the facts, writing into them. */
    void runQms(List<Object> facts) {
      MeasureEngine lights = this.lights;
      RiskEvaluator risks = this.risks;
      for (int i = 0, n = facts.size(); i < n; i++) {
        Object fact = facts.get(i);
        if (fact instanceof LightFact) {
          LightFact f = (LightFact) fact;
          f.setLight(lights.evaluate(f.getIndicator(), f.getValue(), f.getTarget()));
        } else {
          RiskFact f = (RiskFact) fact;
          int outcome = risks.outcome(f.getProbability(), f.getSeverity());
          f.setBand(RiskOutcome.bandIndex(outcome));
          f.setEscalated(RiskOutcome.isEscalated(outcome));
        }
      }
    }

    /** Drools in a fresh stateful session: insert all, fire once, dispose. */
    void runStateful(KieBase kieBase, List<Object> facts) {
      KieSession session = kieBase.newKieSession();
      try {
        for (int i = 0, n = facts.size(); i < n; i++) {
          session.insert(facts.get(i));
        }
        session.fireAllRules();
      } finally {
        session.dispose();
      }
    }

    /**
     * Runs qms, records its outcomes, clears them, runs Drools both ways and compares.
     *
     * @return the first fact on which they differ, described; null when they agree on every fact
     */
    String disagreement(List<Object> facts) {
      runQms(facts);
      List<String> expected = outcomes(facts);
      String[] ways = {"classic stateless", "classic stateful", "executable model stateless", "executable model stateful"};
      for (int way = 0; way < ways.length; way++) {
        clear(facts);
        KieBase base = way < 2 ? kieBase : executableModel;
        if (way % 2 == 0) {
          base.newStatelessKieSession().execute(facts);
        } else {
          runStateful(base, facts);
        }
        List<String> actual = outcomes(facts);
        for (int i = 0; i < facts.size(); i++) {
          if (!expected.get(i).equals(actual.get(i))) {
            return ways[way] + " fact " + i + ": qms " + expected.get(i) + ", Drools " + actual.get(i);
          }
        }
      }
      return null;
    }

    private static void clear(List<Object> facts) {
      for (Object fact : facts) {
        if (fact instanceof LightFact) {
          ((LightFact) fact).setLight(null);
        } else {
          ((RiskFact) fact).reset();
        }
      }
    }

    static List<String> outcomes(List<Object> facts) {
      List<String> out = new ArrayList<>(facts.size());
      for (Object fact : facts) {
        if (fact instanceof LightFact) {
          LightFact f = (LightFact) fact;
          out.add(f.getIndicator() + " " + f.getValue() + " " + f.getTarget() + " -> " + f.getLight());
        } else {
          RiskFact f = (RiskFact) fact;
          out.add(f.getProbability() + "x" + f.getSeverity() + " -> " + f.getBand() + (f.isEscalated() ? " escalated" : ""));
        }
      }
      return out;
    }
  }
}
