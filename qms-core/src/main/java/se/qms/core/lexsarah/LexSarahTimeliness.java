package se.qms.core.lexsarah;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.deadline.DeadlineStatus;
import se.qms.core.internal.Checks;

/**
 * Judges the handling of lex Sarah cases against a {@link LexSarahTimelinessPolicy}: one pure
 * function from cases and a day to the {@link Finding}s of every breach.
 *
 * <p>For each step the policy limits, counting starts on the day the case reached the step's start
 * (the report, the registration, the first serious assessment, …) and the step is due by the
 * limit's {@link se.qms.core.deadline.DeadlineRule#dueDate(LocalDate) due date}; the due date itself
 * is still in time. As of a day:
 *
 * <ul>
 *   <li>a step taken after its due date gives {@link LexSarahStep#lateRuleId()} (severity {@link
 *       FindingSeverity#WARNING}: the breach has happened and is for learning);
 *   <li>a step not taken, or taken only after the day, when the day lies after the due date gives
 *       {@link LexSarahStep#overdueRuleId()} (severity {@link FindingSeverity#ERROR}: it must be
 *       taken now);
 *   <li>nothing is found when the start lies after the day, when the case has not reached the
 *       start, or when its history does not tell the days needed (a case imported without its
 *       earlier history): unknown is never a breach.
 * </ul>
 *
 * <p>Each finding names the case as {@code lexSarahCases/<id>} and rests on the limit's basis
 * (by default the provision of the step, e.g. "SoL 14 kap. 6 §; LSS 24 e §; SOSFS 2011:9 5 kap.
 * 5 §"). Findings come sorted by case id, then by step, whatever the order of the cases. Immutable
 * and thread-safe.
 */
public final class LexSarahTimeliness {
  private static final LexSarahStep[] STEPS = LexSarahStep.values();

  private static final LexSarahTimeliness DEFAULTS = new LexSarahTimeliness(LexSarahTimelinessPolicy.defaults());

  private final LexSarahTimelinessPolicy policy;
  /** The limit of each step by ordinal, or null. */
  private final LexSarahStepLimit[] limits;

  private LexSarahTimeliness(LexSarahTimelinessPolicy policy) {
    this.policy = policy;
    this.limits = new LexSarahStepLimit[LexSarahStep.values().length];
    for (LexSarahStepLimit l : policy.limits()) {
      limits[l.step().ordinal()] = l;
    }
  }

  /** The timeliness check of a policy. */
  public static LexSarahTimeliness of(LexSarahTimelinessPolicy policy) {
    return new LexSarahTimeliness(Checks.present(policy, "policy"));
  }

  /** The check of {@link LexSarahTimelinessPolicy#defaults()}. */
  public static LexSarahTimeliness defaults() {
    return DEFAULTS;
  }

  /** The policy applied. */
  public LexSarahTimelinessPolicy policy() {
    return policy;
  }

  /**
   * The last day a step of a case is in time; empty when the policy sets no limit for the step or
   * the day counting starts from is not known.
   */
  public Optional<LocalDate> dueDate(LexSarahCase c, LexSarahStep step) {
    Checks.present(c, "case");
    LexSarahStepLimit limit = limits[Checks.present(step, "step").ordinal()];
    if (limit == null) {
      return Optional.empty();
    }
    return step.start(c).map(limit.rule()::dueDate);
  }

  /**
   * Where a step of a case stands as of a day: {@link DeadlineStatus#PENDING}, {@link
   * DeadlineStatus#MET}, {@link DeadlineStatus#OVERDUE} or {@link DeadlineStatus#LATE}; empty when
   * the policy sets no limit for the step, the case had not reached the step's start on that day,
   * or its history does not tell the days needed.
   *
   * @param c not null
   * @param step not null
   * @param asOf the day of evaluation; not null
   */
  public Optional<DeadlineStatus> status(LexSarahCase c, LexSarahStep step, LocalDate asOf) {
    Checks.present(c, "case");
    Checks.present(asOf, "asOf");
    LexSarahStepLimit limit = limits[Checks.present(step, "step").ordinal()];
    if (limit == null) {
      return Optional.empty();
    }
    Optional<LocalDate> start = step.start(c);
    if (start.isEmpty() || start.get().isAfter(asOf)) {
      return Optional.empty();
    }
    Optional<LocalDate> end = step.end(c);
    if (end.isEmpty() && step.taken(c)) {
      return Optional.empty();
    }
    return Optional.of(limit.rule().status(start.get(), end, asOf));
  }

  /**
   * The breaches of one case as of a day, in step order.
   *
   * @param c not null
   * @param asOf the day of evaluation; not null
   */
  public List<Finding> findings(LexSarahCase c, LocalDate asOf) {
    List<Finding> out = new ArrayList<>();
    addFindings(Checks.present(c, "case"), Checks.present(asOf, "asOf"), out);
    return List.copyOf(out);
  }

  /**
   * The breaches of every case as of a day, sorted by case id and then step.
   *
   * @param cases not null, no null elements
   * @param asOf the day of evaluation; not null
   */
  public List<Finding> findings(Collection<? extends LexSarahCase> cases, LocalDate asOf) {
    Checks.present(cases, "cases");
    Checks.present(asOf, "asOf");
    List<LexSarahCase> sorted = new ArrayList<>(cases.size());
    for (LexSarahCase c : cases) {
      sorted.add(Checks.present(c, "cases[]"));
    }
    sorted.sort(Comparator.comparing(LexSarahCase::id));
    List<Finding> out = new ArrayList<>();
    for (LexSarahCase c : sorted) {
      addFindings(c, asOf, out);
    }
    return List.copyOf(out);
  }

  private void addFindings(LexSarahCase c, LocalDate asOf, List<Finding> out) {
    for (LexSarahStep step : STEPS) {
      Optional<DeadlineStatus> status = status(c, step, asOf);
      if (status.isEmpty() || !status.get().isMissed()) {
        continue;
      }
      LexSarahStepLimit limit = limits[step.ordinal()];
      LocalDate start = step.start(c).orElseThrow();
      LocalDate due = limit.rule().dueDate(start);
      String limitSv =
          "gränsen " + limit.rule().limit().swedish() + " från " + step.startSv() + " " + start;
      String limitEn =
          "the limit of " + limit.rule().limit().english() + " from " + step.startEn() + " on " + start;
      boolean late = status.get() == DeadlineStatus.LATE;
      LocalDate end = late ? step.end(c).orElseThrow() : null;
      out.add(
          Finding.builder()
              .ruleId(late ? step.lateRuleId() : step.overdueRuleId())
              .severity(late ? FindingSeverity.WARNING : FindingSeverity.ERROR)
              .basis(limit.basis())
              .subject("lexSarahCases/" + c.id())
              .messageSv(
                  late
                      ? "Lex Sarah-ärende "
                          + c.id()
                          + ": "
                          + step.swedish()
                          + " "
                          + end
                          + ", senast "
                          + due
                          + " enligt "
                          + limitSv
                          + "."
                      : "Lex Sarah-ärende "
                          + c.id()
                          + ": "
                          + step.swedish()
                          + " saknas; den skulle ha skett senast "
                          + due
                          + " enligt "
                          + limitSv
                          + ".")
              .messageEn(
                  late
                      ? "Lex Sarah case "
                          + c.id()
                          + ": "
                          + step.english()
                          + " on "
                          + end
                          + ", due by "
                          + due
                          + " under "
                          + limitEn
                          + "."
                      : "Lex Sarah case "
                          + c.id()
                          + ": no "
                          + step.english()
                          + " yet; it was due by "
                          + due
                          + " under "
                          + limitEn
                          + ".")
              .build());
    }
  }

  @Override
  public String toString() {
    return "LexSarahTimeliness{" + policy.limits().size() + " limits}";
  }
}
