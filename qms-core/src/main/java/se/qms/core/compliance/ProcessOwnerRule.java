package se.qms.core.compliance;

import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNumber;

/**
 * {@value #ID}: every process and sub-process has a named owner (processägare).
 *
 * <p>SOSFS 2011:9 4 kap. 1 § requires the processes to be identified, described and fixed; the
 * management system of seed 002 §5.1 makes it concrete: "Varje process inom verksamheten ska ha en
 * namngiven processägare". Categories, purpose groups and areas are not checked.
 */
final class ProcessOwnerRule extends CoreRule {
  static final String ID = "process.owner-missing";

  ProcessOwnerRule() {
    super(
        ID,
        FindingSeverity.ERROR,
        PROCESSES + "; processägare enligt ledningssystemet",
        "Varje process har en namngiven processägare.",
        "Every process has a named owner.");
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    return new ListCheck<ProcessNode>(
        s -> s.index().processNodes,
        (i, subject) -> SystemIndex.lookup(i.processes, subject, "processes/", ProcessNumber::parse),
        (scope, node, at, sink) -> {
          if (node.kind().isProcess() && node.owner().isEmpty()) {
            sink.add(
                "processes/" + node.number(),
                "Processen " + node.number() + " \"" + node.title() + "\" saknar processägare.",
                "Process " + node.number() + " \"" + node.title() + "\" has no owner.");
          }
        });
  }
}
