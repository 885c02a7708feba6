package se.qms.risk;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.risk.internal.Require;

/**
 * Reviews a risk register as of a day and reports what the rules find, each finding citing the
 * provision it rests on and naming the risk ({@code risks/<id>}).
 *
 * <p>The rules, in the order their findings are listed:
 *
 * <ul>
 *   <li>{@value #CRITICAL_WITHOUT_ACTION} (error, SOSFS 2011:9 5 kap. 7 §): the current assessment
 *       lies in the top band and no action is linked;
 *   <li>{@value #REASSESSMENT_OVERDUE} (warning, 5 kap. 1 §): no assessment within the
 *       reassessment interval (default one year, seed 002 §6.3 "minst en gång per år") of the
 *       last dated assessment or, if never assessed, of the day the risk was identified — found
 *       from the day after the deadline;
 *   <li>{@value #ASSESSMENT_UNDATED} (information, 5 kap. 1 §): neither date is known;
 *   <li>{@value #NEW_ANALYSIS_DUE} (warning, 5 kap. 1 §): a {@link RiskTrigger} concerns the risk
 *       and no assessment has followed it within the allowed days (default 30) — found from the
 *       day after the deadline until an assessment dated on or after the trigger exists.
 * </ul>
 *
 * <p>Only followed risks are reviewed: not {@link RiskStatus#CLOSED}, not identified after the
 * review day; assessments dated after the review day are ignored. Immutable and thread-safe.
 */
public final class RiskReview {
  /** The rule id for a critical risk without a linked action. */
  public static final String CRITICAL_WITHOUT_ACTION = "risk.critical-without-action";
  /** The rule id for a risk not reassessed within the interval. */
  public static final String REASSESSMENT_OVERDUE = "risk.reassessment-overdue";
  /** The rule id for a risk with no date to judge continuous assessment by. */
  public static final String ASSESSMENT_UNDATED = "risk.assessment-undated";
  /** The rule id for a new analysis due after a trigger. */
  public static final String NEW_ANALYSIS_DUE = "risk.new-analysis-due";

  /** The most days a trigger may leave for a new analysis. */
  public static final int MAX_DAYS = 3_650;

  private static final RiskReview DEFAULTS =
      new RiskReview(RiskEvaluator.defaults(), Period.ofYears(1), 30);

  private final RiskEvaluator evaluator;
  private final Period reassessmentInterval;
  private final int newAnalysisWithinDays;

  private RiskReview(RiskEvaluator evaluator, Period reassessmentInterval, int newAnalysisWithinDays) {
    this.evaluator = evaluator;
    this.reassessmentInterval = reassessmentInterval;
    this.newAnalysisWithinDays = newAnalysisWithinDays;
  }

  /** The default evaluator, reassessment every year, a new analysis within 30 days of a trigger. */
  public static RiskReview defaults() {
    return DEFAULTS;
  }

  /**
   * A review with the municipality's own policy.
   *
   * @param evaluator not null
   * @param reassessmentInterval positive (no negative part, not zero), e.g. {@code Period.ofYears(1)}
   * @param newAnalysisWithinDays 0 to {@value #MAX_DAYS}: 0 means on the day of the trigger
   * @throws InvalidValueException with {@link QmsErrorCode#VALUE_OUT_OF_RANGE} otherwise
   */
  public static RiskReview of(
      RiskEvaluator evaluator, Period reassessmentInterval, int newAnalysisWithinDays) {
    Require.present(evaluator, "evaluator");
    Require.present(reassessmentInterval, "reassessmentInterval");
    if (reassessmentInterval.isNegative() || reassessmentInterval.isZero()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "reassessmentInterval", reassessmentInterval, "must be positive");
    }
    Require.inRange(newAnalysisWithinDays, 0, MAX_DAYS, "newAnalysisWithinDays");
    return new RiskReview(evaluator, reassessmentInterval, newAnalysisWithinDays);
  }

  /** The evaluator that scores the risks. */
  public RiskEvaluator evaluator() {
    return evaluator;
  }

  /** How long an assessment stays valid. */
  public Period reassessmentInterval() {
    return reassessmentInterval;
  }

  /** How many days after a trigger a new analysis may take. */
  public int newAnalysisWithinDays() {
    return newAnalysisWithinDays;
  }

  /** Reviews risks without triggers; see {@link #evaluate(Collection, Collection, LocalDate)}. */
  public List<Finding> evaluate(Collection<Risk> risks, LocalDate asOf) {
    return evaluate(risks, List.of(), asOf);
  }

  /**
   * Reviews a register.
   *
   * @param risks not null; ids unique ({@link QmsErrorCode#DUPLICATE_ID})
   * @param triggers not null; ids unique
   * @param asOf the day of the review; not null
   * @return the findings, by rule and then in the order of the risks; empty when all is well
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE} when a rating
   *     lies outside the evaluator's scales
   */
  public List<Finding> evaluate(
      Collection<Risk> risks, Collection<RiskTrigger> triggers, LocalDate asOf) {
    List<Risk> riskList = List.copyOf(Require.present(risks, "risks"));
    List<RiskTrigger> triggerList = List.copyOf(Require.present(triggers, "triggers"));
    Require.unique(riskList, Risk::id, "risks.id");
    Require.unique(triggerList, RiskTrigger::id, "triggers.id");
    ReviewContext context =
        new ReviewContext(
            riskList,
            triggerList,
            Require.present(asOf, "asOf"),
            evaluator,
            reassessmentInterval,
            newAnalysisWithinDays);
    List<Finding> findings = new ArrayList<>();
    for (RiskRule rule : RiskReviewRules.all()) {
      rule.check(context, findings);
    }
    return List.copyOf(findings);
  }

  @Override
  public String toString() {
    return "RiskReview{"
        + evaluator
        + ", reassess every "
        + reassessmentInterval
        + ", new analysis within "
        + newAnalysisWithinDays
        + " days}";
  }
}
