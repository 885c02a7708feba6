package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * Checks whole quality systems against SOSFS 2011:9 and a municipality's rule set: the one call a
 * case-management system makes nightly or on every save.
 *
 * <p>{@link #of(RuleSet, RuleRegistry)} compiles the rule set once into an array of {@link
 * RuleCheck}s — rules switched off, severities, bases and parameters resolved; evaluating then
 * does no reflection and no lookups by rule or parameter name. {@link #evaluate(QualitySystem,
 * LocalDate)} is pure: the same system and day give an equal {@link ComplianceResult}, whatever
 * the order of the system's records. {@link #evaluate(QualitySystem, LocalDate, String)} checks
 * one changed object and gives exactly the findings a full evaluation gives for it. Immutable and
 * thread-safe; nothing reads the clock.
 */
public final class ComplianceEngine {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::subject)
          .thenComparing(Finding::messageEn)
          .thenComparing(Finding::messageSv);

  /** The most threads {@link #evaluateAll(List, LocalDate, Executor, int)} accepts. */
  public static final int MAX_PARALLELISM = 1_024;

  private final String[] ids;
  private final RuleCheck<?>[] checks;
  private final FindingSeverity[] severities;
  private final String[] bases;

  private ComplianceEngine(
      String[] ids, RuleCheck<?>[] checks, FindingSeverity[] severities, String[] bases) {
    this.ids = ids;
    this.checks = checks;
    this.severities = severities;
    this.bases = bases;
  }

  /** An engine of the core's rules ({@link ComplianceRules#core()}); see {@link #of(RuleSet, RuleRegistry)}. */
  public static ComplianceEngine of(RuleSet ruleSet) {
    return of(ruleSet, ComplianceRules.core());
  }

  /**
   * Compiles a rule set against the rules of a registry.
   *
   * @param ruleSet not null; its {@link RuleSet#rules()} may configure only rules of the registry
   * @param registry not null
   * @throws InvalidValueException with {@link QmsErrorCode#COMPLIANCE_RULE_UNKNOWN} (field {@code
   *     rules}) for a configured rule the registry lacks, {@link
   *     QmsErrorCode#COMPLIANCE_PARAMETER_UNKNOWN} or {@link
   *     QmsErrorCode#COMPLIANCE_PARAMETER_OUT_OF_RANGE} for a parameter that does not fit, or what
   *     a rule's own compilation rejects
   */
  public static ComplianceEngine of(RuleSet ruleSet, RuleRegistry registry) {
    Checks.present(ruleSet, "ruleSet");
    Checks.present(registry, "registry");
    for (String id : ruleSet.rules().keySet()) {
      if (registry.rule(id).isEmpty()) {
        throw InvalidValueException.violates(
            QmsErrorCode.COMPLIANCE_RULE_UNKNOWN, "rules", id, "must name a registered rule");
      }
    }
    int n = registry.size();
    String[] ids = new String[n];
    RuleCheck<?>[] checks = new RuleCheck<?>[n];
    FindingSeverity[] severities = new FindingSeverity[n];
    String[] bases = new String[n];
    for (int i = 0; i < n; i++) {
      ComplianceRule rule = registry.rules().get(i);
      RuleSetting setting = ruleSet.rules().get(rule.id());
      Map<String, Integer> given = setting == null ? Map.of() : setting.parameters();
      RuleParameters parameters = RuleParameters.resolve(rule, given);
      ids[i] = rule.id();
      severities[i] = setting == null ? rule.defaultSeverity() : setting.severity().orElse(rule.defaultSeverity());
      bases[i] = setting == null ? rule.basis() : setting.basis().orElse(rule.basis());
      boolean enabled = setting == null || setting.enabled();
      checks[i] = enabled ? Checks.present(rule.compile(ruleSet, parameters), "compile") : null;
    }
    return new ComplianceEngine(ids, checks, severities, bases);
  }

  /** The ids of the rules, in the order of the outcomes. */
  public List<String> ruleIds() {
    return List.of(ids);
  }

  /**
   * Evaluates every enabled rule over the whole system.
   *
   * @param system not null
   * @param asOf the day evaluated; not null
   * @return one outcome per rule, findings sorted by rule, subject and message
   */
  public ComplianceResult evaluate(QualitySystem system, LocalDate asOf) {
    Checks.present(system, "system");
    Checks.present(asOf, "asOf");
    List<RuleOutcome> outcomes = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      outcomes.add(checks[i] == null ? notEvaluated(i) : runAll(i, checks[i], system, asOf));
    }
    return new ComplianceResult(asOf, Optional.empty(), outcomes);
  }

  /**
   * Evaluates many systems — a county's or the nation's municipalities — one after another on the
   * calling thread.
   *
   * @param systems not null, no null elements
   * @param asOf not null
   * @return one result per system, in the order of {@code systems}, each equal to {@link
   *     #evaluate(QualitySystem, LocalDate)} of it
   */
  public List<ComplianceResult> evaluateAll(List<QualitySystem> systems, LocalDate asOf) {
    Checks.present(systems, "systems");
    Checks.present(asOf, "asOf");
    List<ComplianceResult> results = new ArrayList<>(systems.size());
    for (int i = 0; i < systems.size(); i++) {
      results.add(evaluate(Checks.present(systems.get(i), "systems[" + i + "]"), asOf));
    }
    return List.copyOf(results);
  }

  /**
   * Evaluates many systems on up to {@code parallelism} threads: the calling thread and {@code
   * parallelism - 1} helpers started on {@code executor}. Each thread takes the next system not
   * yet taken, so a large municipality does not hold up the others; the calling thread works too
   * and finishes whatever the helpers do not reach, so an executor whose threads are busy (or that
   * rejects the helpers) makes the call slower, never wrong or stuck. The results are those of
   * {@link #evaluateAll(List, LocalDate)} — the same values in the same order — whatever the
   * parallelism and the scheduling.
   *
   * @param systems not null, no null elements
   * @param asOf not null
   * @param executor runs the helpers; not null
   * @param parallelism the most threads to use, including the caller; in [1, 1 024]
   * @return one result per system, in the order of {@code systems}
   * @throws InvalidValueException with {@link QmsErrorCode#VALUE_OUT_OF_RANGE} for a parallelism
   *     out of range; what {@link #evaluate(QualitySystem, LocalDate)} throws for a system, after
   *     every thread has stopped
   */
  public List<ComplianceResult> evaluateAll(
      List<QualitySystem> systems, LocalDate asOf, Executor executor, int parallelism) {
    Checks.present(systems, "systems");
    Checks.present(asOf, "asOf");
    Checks.present(executor, "executor");
    Checks.inRange(parallelism, 1, MAX_PARALLELISM, "parallelism");
    QualitySystem[] input = new QualitySystem[systems.size()];
    for (int i = 0; i < input.length; i++) {
      input[i] = Checks.present(systems.get(i), "systems[" + i + "]");
    }
    int helpers = Math.min(parallelism, input.length) - 1;
    if (helpers <= 0) {
      return evaluateAll(systems, asOf);
    }
    Batch batch = new Batch(input, asOf);
    for (int h = 0; h < helpers; h++) {
      try {
        executor.execute(batch::work);
      } catch (RejectedExecutionException e) {
        break; // the calling thread does the rest
      }
    }
    batch.work();
    return batch.results();
  }

  /** The shared state of one parallel evaluation: the next system to take and the results. */
  private final class Batch {
    private final QualitySystem[] systems;
    private final LocalDate asOf;
    private final ComplianceResult[] results;
    private final AtomicInteger next = new AtomicInteger();
    private final CountDownLatch done;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    Batch(QualitySystem[] systems, LocalDate asOf) {
      this.systems = systems;
      this.asOf = asOf;
      this.results = new ComplianceResult[systems.length];
      this.done = new CountDownLatch(systems.length);
    }

    void work() {
      for (int i = next.getAndIncrement(); i < systems.length; i = next.getAndIncrement()) {
        try {
          if (failure.get() == null) {
            results[i] = evaluate(systems[i], asOf);
          }
        } catch (RuntimeException e) {
          failure.compareAndSet(null, e);
        } finally {
          done.countDown();
        }
      }
    }

    List<ComplianceResult> results() {
      boolean interrupted = false;
      while (true) {
        try {
          done.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the helpers finish their system in any case; wait for them
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      RuntimeException e = failure.get();
      if (e != null) {
        throw e;
      }
      // the latch orders every helper's writes before this read
      return List.of(results);
    }
  }

  /**
   * Evaluates one object — a process, indicator, checklist, follow-up item, complaint, action,
   * year of compilation, or an object of a contributed rule such as a risk — without checking the
   * others. Rules that do not check the object are {@link RuleStatus#NOT_EVALUATED}; the findings
   * equal those of {@link #evaluate(QualitySystem, LocalDate)} whose subject is {@code subject}.
   *
   * @param system not null
   * @param asOf not null
   * @param subject the object's path, e.g. {@code complaints/K-17} or {@code processes/2.1.2.3.6}; not null
   */
  public ComplianceResult evaluate(QualitySystem system, LocalDate asOf, String subject) {
    Checks.present(system, "system");
    Checks.present(asOf, "asOf");
    Checks.present(subject, "subject");
    List<RuleOutcome> outcomes = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      outcomes.add(checks[i] == null ? notEvaluated(i) : runOne(i, checks[i], system, asOf, subject));
    }
    return new ComplianceResult(asOf, Optional.of(subject), outcomes);
  }

  private RuleOutcome notEvaluated(int i) {
    return new RuleOutcome(ids[i], RuleStatus.NOT_EVALUATED, List.of());
  }

  private <S> RuleOutcome runAll(int i, RuleCheck<S> check, QualitySystem system, LocalDate asOf) {
    S state = check.prepare(system, asOf);
    int size = check.size(state);
    if (size == 0) {
      return new RuleOutcome(ids[i], RuleStatus.NOT_APPLICABLE, List.of());
    }
    FindingSink sink = new FindingSink(ids[i], severities[i], bases[i]);
    for (int j = 0; j < size; j++) {
      check.check(state, j, sink);
    }
    return outcome(i, sink);
  }

  private <S> RuleOutcome runOne(
      int i, RuleCheck<S> check, QualitySystem system, LocalDate asOf, String subject) {
    S state = check.prepare(system, asOf);
    int at = check.indexOf(state, subject);
    if (at < 0) {
      return notEvaluated(i);
    }
    FindingSink sink = new FindingSink(ids[i], severities[i], bases[i]);
    check.check(state, at, sink);
    return outcome(i, sink);
  }

  private RuleOutcome outcome(int i, FindingSink sink) {
    List<Finding> found = sink.findings();
    if (found.isEmpty()) {
      return new RuleOutcome(ids[i], RuleStatus.PASSED, List.of());
    }
    found.sort(ORDER);
    return new RuleOutcome(ids[i], RuleStatus.FAILED, List.copyOf(found));
  }

  @Override
  public String toString() {
    return "ComplianceEngine" + List.of(ids);
  }
}
