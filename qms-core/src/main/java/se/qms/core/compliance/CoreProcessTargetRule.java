package se.qms.core.compliance;

import java.util.Map;
import se.qms.core.measure.LightPolicy;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;

/**
 * {@value #ID}: every core process (a process under the category huvudprocesser) is followed up
 * by at least {@code minMeasures} (default 1) indicators with a target value — an indicator of
 * the process or of one of its sub-processes whose traffic-light policy in the rule set has a
 * target or bands.
 *
 * <p>Seed 002 §5.1: "Varje process har tydligt formulerade mål och minst ett par nyckeltal och
 * kvalitetsmått med angivna målvärden"; SOSFS 2011:9 4 kap. 1 § and 5 kap. 2 § (following up the
 * processes' results). Sub-processes are counted with their process, not checked on their own.
 */
final class CoreProcessTargetRule extends CoreRule {
  static final String ID = "process.core-without-target";

  CoreProcessTargetRule() {
    super(
        ID,
        FindingSeverity.ERROR,
        PROCESSES + "; nyckeltal med målvärden enligt ledningssystemet",
        "Varje huvudprocess har minst ett nyckeltal med målvärde.",
        "Every core process has at least one measure with a target.",
        RuleParameter.of("minMeasures", 1, 100, 1, "how many indicators with a target each core process needs"));
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    int min = parameters.get("minMeasures");
    Map<String, LightPolicy> policies = ruleSet.lightPolicies();
    return new ListCheck<ProcessNode>(
        s -> s.index().processNodes,
        (i, subject) -> SystemIndex.lookup(i.processes, subject, "processes/", ProcessNumber::parse),
        (scope, node, at, sink) -> {
          if (node.kind() != ProcessNodeKind.PROCESS) {
            return;
          }
          if (scope.index.categories[at] != ProcessCategory.HUVUD) {
            return;
          }
          int[] under = scope.index.indicatorsUnderProcess[at];
          int withTarget = 0;
          for (int i : under) {
            LightPolicy p = policies.get(scope.system.indicators().get(i).id());
            if (p != null && p.kind() != LightPolicy.Kind.PASS_FAIL) {
              withTarget++;
            }
          }
          if (withTarget < min) {
            sink.add(
                "processes/" + node.number(),
                "Huvudprocessen "
                    + node.number()
                    + " \""
                    + node.title()
                    + "\" har "
                    + withTarget
                    + " nyckeltal med målvärde; minst "
                    + min
                    + " krävs.",
                "Core process "
                    + node.number()
                    + " \""
                    + node.title()
                    + "\" has "
                    + withTarget
                    + " measures with a target; at least "
                    + min
                    + " are required.");
          }
        });
  }
}
