package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.List;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;

/**
 * {@value #ID}: an indicator's results lag behind — its latest observation is of a period before
 * the latest period that ended at least {@code graceDays} (default 90) days before the day
 * evaluated, or it was never observed.
 *
 * <p>The period's kind is that of the indicator's latest observation (a year for an indicator never
 * observed). An observation recorded as missing with a reason ("redovisas från och med 2017")
 * counts: the gap is documented. The period is due on its last day plus {@code graceDays}; the
 * finding arises from the day after. An indicator first observed after that period is new, not
 * late; an older gap between observed periods is not reported. SOSFS 2011:9 5 kap. 2 § (systematic follow-up of the
 * results) and 7 kap. (document the results).
 */
final class ObservationMissingRule extends CoreRule {
  static final String ID = "measure.observation-missing";

  ObservationMissingRule() {
    super(
        ID,
        FindingSeverity.WARNING,
        SELF_INSPECTION,
        "Varje mått har ett utfall för den senast avslutade perioden.",
        "Every measure has an observation for the latest period ended.",
        RuleParameter.of("graceDays", 0, 730, 90, "days after a period's end before its observation is due"));
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    int grace = parameters.get("graceDays");
    return new ListCheck<Indicator>(
        QualitySystem::indicators,
        (i, subject) -> SystemIndex.lookup(i.indicators, subject, "indicators/", s -> s),
        (scope, indicator, at, sink) -> {
          List<Observation> all = scope.system.measureData().observations();
          int[] mine = scope.index.observationsOfIndicator[at];
          Period latest = null;
          for (int o : mine) {
            Period p = all.get(o).period();
            if (latest == null || p.compareTo(latest) > 0) {
              latest = p;
            }
          }
          PeriodKind kind = latest == null ? PeriodKind.YEAR : latest.kind();
          LocalDate lastDay = scope.asOf.minusDays(grace + 1L);
          if (lastDay.getYear() < Period.MIN_YEAR + 1) {
            return;
          }
          Period due = Period.containing(kind, lastDay);
          if (!due.end().equals(lastDay)) {
            due = due.previous();
          }
          if (latest != null && latest.compareTo(due) >= 0) {
            return;
          }
          String sv = latest == null ? "har inga utfall alls" : "har senast utfall för " + latest;
          String en = latest == null ? "has no observation at all" : "was last observed for " + latest;
          sink.add(
              "indicators/" + indicator.id(),
              "Måttet \"" + indicator.title() + "\" " + sv + "; utfallet för " + due + " saknas.",
              "Measure \"" + indicator.titleEn().orElse(indicator.title()) + "\" " + en + "; the observation for " + due + " is missing.");
        });
  }
}
