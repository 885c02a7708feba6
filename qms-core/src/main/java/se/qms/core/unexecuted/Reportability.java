package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * Which favourable decisions are reportable on a day (SoL 16 kap. 6 f §, LSS 28 f §): those not
 * executed within three months of the day of the decision, and those whose execution was
 * interrupted and not resumed within three months of the interruption.
 *
 * <p>The rule, in calendar months as {@link se.qms.core.deadline.TimeLimit#months(int)} counts
 * them: a waiting period starting on day {@code s} has its limit end on {@code s.plusMonths(n)}
 * (the policy's limit, 3 by default), where a day the end month lacks clamps to its last day. A
 * decision executed (or resumed) on that day or before is in time; it is reportable from the day
 * after, {@code s.plusMonths(n).plusDays(1)}, up to and excluding the day it is executed, resumed
 * or ends. So a decision of 30 November 2018 is in time until 28 February 2019 and reportable from
 * 1 March 2019; one of 30 November 2019 is in time until 29 February 2020 (a leap year) and
 * reportable from 1 March 2020; one of 31 January is reportable from 1 May.
 *
 * <p>Reportability is monotonic in time: once reportable, a decision stays reportable on every
 * later day until it is executed, resumed or ends. Pure; immutable and thread-safe.
 */
public final class Reportability {
  private final UnexecutedDecisionPolicy policy;

  private Reportability(UnexecutedDecisionPolicy policy) {
    this.policy = policy;
  }

  /**
   * The reportability rule of a policy.
   *
   * @param policy not null
   */
  public static Reportability of(UnexecutedDecisionPolicy policy) {
    return new Reportability(Checks.present(policy, "policy"));
  }

  /** The policy. */
  public UnexecutedDecisionPolicy policy() {
    return policy;
  }

  /** The last day within the limit: the start plus the policy's months for its kind. */
  public LocalDate limitEnd(WaitingPeriod period) {
    Checks.present(period, "period");
    return period.start().plusMonths(policy.limitMonths(period.kind()));
  }

  /** The first day the period is reportable on, if it is still waiting then. */
  public LocalDate firstReportableDay(WaitingPeriod period) {
    return limitEnd(period).plusDays(1);
  }

  /** Whether the decision waits in this period on {@code day} and has passed the limit. */
  public boolean isReportable(WaitingPeriod period, LocalDate day) {
    Checks.present(day, "day");
    return period.waitsOn(day) && !day.isBefore(firstReportableDay(period));
  }

  /** Whether the period is reportable on some day of {@code period}. */
  public boolean isReportableDuring(WaitingPeriod waiting, Period period) {
    Checks.present(period, "period");
    LocalDate first = firstReportableDay(waiting);
    LocalDate from = first.isAfter(period.start()) ? first : period.start();
    return !from.isAfter(period.end()) && waiting.closedOn().map(from::isBefore).orElse(true);
  }

  /** The waiting period in which the decision is reportable on {@code day}, if any. */
  public Optional<WaitingPeriod> reportablePeriod(FavourableDecision decision, LocalDate day) {
    Checks.present(decision, "decision");
    Checks.present(day, "day");
    for (WaitingPeriod p : decision.waitingPeriods()) {
      if (isReportable(p, day)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Whether the decision is reportable on {@code day}. */
  public boolean isReportable(FavourableDecision decision, LocalDate day) {
    return reportablePeriod(decision, day).isPresent();
  }

  /**
   * The last waiting period of the decision that is reportable on some day of {@code period}, if
   * any.
   */
  public Optional<WaitingPeriod> reportablePeriodDuring(
      FavourableDecision decision, Period period) {
    Checks.present(decision, "decision");
    Optional<WaitingPeriod> found = Optional.empty();
    for (WaitingPeriod p : decision.waitingPeriods()) {
      if (isReportableDuring(p, period)) {
        found = Optional.of(p);
      }
    }
    return found;
  }

  /** The decisions reportable on {@code day}, in the order given. */
  public List<FavourableDecision> reportableOn(List<FavourableDecision> decisions, LocalDate day) {
    Checks.present(decisions, "decisions");
    List<FavourableDecision> out = new ArrayList<>();
    for (FavourableDecision d : decisions) {
      if (isReportable(d, day)) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /** The decisions reportable on at least one day of {@code period}, in the order given. */
  public List<FavourableDecision> reportableDuring(
      List<FavourableDecision> decisions, Period period) {
    Checks.present(decisions, "decisions");
    List<FavourableDecision> out = new ArrayList<>();
    for (FavourableDecision d : decisions) {
      if (reportablePeriodDuring(d, period).isPresent()) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "Reportability{"
        + policy.executionLimitMonths()
        + " months, "
        + policy.resumptionLimitMonths()
        + " months after an interruption}";
  }
}
