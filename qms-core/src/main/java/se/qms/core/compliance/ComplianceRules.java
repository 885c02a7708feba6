package se.qms.core.compliance;

/**
 * The core's compliance rules, in the order their outcomes are reported. Each is one class that
 * cites the paragraph it implements; other modules contribute theirs with {@link
 * RuleRegistry#plus(RuleRegistry)}.
 *
 * <ul>
 *   <li>{@code process.owner-missing} (error; SOSFS 2011:9 4 kap. 1 §, seed 002 §5.1)
 *   <li>{@code process.core-without-target} (error; 4 kap. 1 §, seed 002 §5.1), parameter {@code minMeasures}
 *   <li>{@code process.index-target-missed} (warning; 4 kap. 1 §, SIQ ProcessIndex targets)
 *   <li>{@code measure.observation-missing} (warning; 5 kap. 2 §), parameter {@code graceDays}
 *   <li>{@code measure.red-without-action} (warning; 5 kap. 7 §), parameter {@code graceDays}
 *   <li>{@code selfinspection.follow-up-overdue} (warning; 5 kap. 2 §), {@code graceDays}, {@code lookBackDays}
 *   <li>{@code selfinspection.failed-without-action} (error; 5 kap. 7 §), {@code graceDays}
 *   <li>{@code complaint.answer-overdue} (error; 5 kap. 3 §), {@code answerDays}
 *   <li>{@code improvement.compilation-missing} (error; 5 kap. 6 §), {@code dueMonths}
 *   <li>{@code action.overdue} (warning; 5 kap. 7 §)
 *   <li>{@code action.effect-not-evaluated} (warning; 5 kap. 7 §), {@code graceDays}
 * </ul>
 */
public final class ComplianceRules {
  private static final RuleRegistry CORE =
      RuleRegistry.of(
          new ProcessOwnerRule(),
          new CoreProcessTargetRule(),
          new ProcessIndexTargetRule(),
          new ObservationMissingRule(),
          new RedLightWithoutActionRule(),
          new FollowUpOverdueRule(),
          new ChecklistFailedWithoutActionRule(),
          new ComplaintAnswerOverdueRule(),
          new CompilationMissingRule(),
          new ActionOverdueRule(),
          new EffectNotEvaluatedRule());

  private ComplianceRules() {}

  /** The core's rules. */
  public static RuleRegistry core() {
    return CORE;
  }
}
