package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureEngine;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.TrafficLight;

/**
 * {@value #ID}: a measure's latest ended period has a red light (Inte uppnått) and no action has
 * been taken for it — no action, not cancelled and registered by the day evaluated, whose origin id
 * is the indicator's id — {@code graceDays} (default 30) days after the period ended.
 *
 * <p>Lights come from the rule set's traffic-light policies ({@link MeasureEngine}); every unit's
 * observation of that period is judged. SOSFS 2011:9 5 kap. 7 §: deficiencies lead to actions.
 */
final class RedLightWithoutActionRule extends CoreRule {
  static final String ID = "measure.red-without-action";

  RedLightWithoutActionRule() {
    super(
        ID,
        FindingSeverity.WARNING,
        ACTIONS,
        "Ett mått med rött ljus har en kopplad åtgärd.",
        "A measure with a red light has a linked action.",
        RuleParameter.of("graceDays", 0, 365, 30, "days after the period's end to take an action"));
  }

  /** One evaluation: the scope and the system's indicators compiled with the rule set's policies. */
  static final class State {
    final Scope scope;
    final MeasureEngine engine;

    State(Scope scope, MeasureEngine engine) {
      this.scope = scope;
      this.engine = engine;
    }
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    int grace = parameters.get("graceDays");
    Map<String, LightPolicy> policies = ruleSet.lightPolicies();
    return new RuleCheck<State>() {
      @Override
      public State prepare(QualitySystem system, LocalDate asOf) {
        Map<String, LightPolicy> mine = new HashMap<>();
        for (Indicator i : system.indicators()) {
          LightPolicy p = policies.get(i.id());
          if (p != null) {
            mine.put(i.id(), p);
          }
        }
        return new State(new Scope(system, asOf), MeasureEngine.of(system.indicators(), mine));
      }

      @Override
      public int size(State state) {
        return state.scope.system.indicators().size();
      }

      @Override
      public int indexOf(State state, String subject) {
        return SystemIndex.lookup(state.scope.index.indicators, subject, "indicators/", s -> s);
      }

      @Override
      public void check(State state, int index, FindingSink sink) {
        Scope scope = state.scope;
        Indicator indicator = scope.system.indicators().get(index);
        List<Observation> all = scope.system.measureData().observations();
        int[] mine = scope.index.observationsOfIndicator[index];
        Period latest = null;
        for (int o : mine) {
          Period p = all.get(o).period();
          if (!p.end().isAfter(scope.asOf) && (latest == null || p.compareTo(latest) > 0)) {
            latest = p;
          }
        }
        if (latest == null
            || !scope.asOf.isAfter(latest.end().plusDays(grace))
            || scope.index.hasAction(indicator.id(), scope.asOf)) {
          return;
        }
        for (int o : mine) {
          Observation obs = all.get(o);
          if (!obs.period().equals(latest) || obs.total().isEmpty()) {
            continue;
          }
          OptionalDouble target = state.engine.resolveTarget(index, obs, scope.system.measureData());
          TrafficLight light =
              state.engine.evaluate(
                  index, obs.total().getAsDouble(), target.isPresent() ? target.getAsDouble() : Double.NaN);
          if (light == TrafficLight.RED) {
            String unit = obs.unitId().map(u -> " (" + u + ")").orElse("");
            sink.add(
                "indicators/" + indicator.id(),
                "Måttet \"" + indicator.title() + "\" har rött ljus för " + latest + unit + " men ingen kopplad åtgärd.",
                "Measure \""
                    + indicator.titleEn().orElse(indicator.title())
                    + "\" is red for "
                    + latest
                    + unit
                    + " but has no linked action.");
          }
        }
      }
    };
  }
}
