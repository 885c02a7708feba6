package se.qms.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.risk.internal.Require;

/**
 * A year's internal control plan (internkontrollplan), decided by the nämnd: risks against the main
 * processes, each rated probability × consequence, with control points and a follow-up each
 * tertial (seed 004 §6.7; seed 002 §6.2: the nämnd answers for the internal control being
 * sufficient, Kommunallagen 6 kap. 6 §).
 *
 * <p>Invariants: the year is in [2000, 2100]; risk ids unique ({@link QmsErrorCode#DUPLICATE_ID}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InternalControlPlan {
  /** The rule id of a tertial that ended without a follow-up. */
  public static final String FOLLOW_UP_MISSING = "internal-control.follow-up-missing";

  /** The provision the follow-up rule rests on. */
  static final String BASIS = "Kommunallagen (2017:725) 6 kap. 6 §";

  InternalControlPlan() {}

  /** The year the plan is for. */
  @Value.Parameter
  public abstract int year();

  /** The plan's rows. */
  @Value.Parameter
  public abstract List<InternalControlItem> items();

  /**
   * Creates a plan.
   *
   * @param year 2000–2100
   * @param items unique risk ids
   */
  public static InternalControlPlan of(int year, List<InternalControlItem> items) {
    return ImmutableInternalControlPlan.of(year, items);
  }

  /**
   * The items that must be reported to the nämnd: those whose probability × consequence the
   * evaluator escalates.
   *
   * @throws se.qms.core.InvalidValueException with {@link QmsErrorCode#RISK_RATING_OUT_OF_SCALE}
   *     when an item's rating lies outside the evaluator's scales
   */
  public List<InternalControlItem> escalated(RiskEvaluator evaluator) {
    Require.present(evaluator, "evaluator");
    List<InternalControlItem> result = new ArrayList<>();
    for (InternalControlItem item : items()) {
      if (evaluator.isEscalated(item.probability(), item.consequence())) {
        result.add(item);
      }
    }
    return List.copyOf(result);
  }

  /**
   * Finds the tertials of the plan's year that have ended on or before {@code asOf} without a
   * follow-up: rule {@value #FOLLOW_UP_MISSING}, a warning per item and tertial (subject {@code
   * internal-control/<year>/<riskId>/<tertial>}). A tertial is due on its last day (30 April, 31
   * August, 31 December) and missing from the next day — the årsplan of seed 004 §11 follows up in
   * April, August and December.
   *
   * @param asOf not null
   */
  public List<Finding> missingFollowUps(LocalDate asOf) {
    Require.present(asOf, "asOf");
    List<Finding> findings = new ArrayList<>();
    for (InternalControlItem item : items()) {
      for (Tertial tertial : Tertial.values()) {
        LocalDate due = tertial.lastDay(year());
        if (!asOf.isAfter(due) || item.followUp(tertial).isPresent()) {
          continue;
        }
        findings.add(
            Finding.builder()
                .ruleId(FOLLOW_UP_MISSING)
                .severity(FindingSeverity.WARNING)
                .basis(BASIS)
                .subject("internal-control/" + year() + "/" + item.riskId() + "/" + tertial)
                .messageSv(
                    "Internkontrollen av \""
                        + item.description()
                        + "\" har inte följts upp för "
                        + tertial
                        + " "
                        + year()
                        + " ("
                        + tertial.monthsSv()
                        + ").")
                .messageEn(
                    "The internal control of \""
                        + item.description()
                        + "\" was not followed up for "
                        + tertial
                        + " "
                        + year()
                        + " ("
                        + tertial.monthsEn()
                        + ").")
                .build());
      }
    }
    return List.copyOf(findings);
  }

  @Value.Check
  final void check() {
    Require.inRange(year(), 2000, 2100, "year");
    Require.unique(items(), InternalControlItem::riskId, "items.riskId");
  }
}
