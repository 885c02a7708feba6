package se.qms.core.compliance;

import se.qms.core.process.ProcessIndexProgress;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNumber;

/**
 * {@value #ID}: a process's SIQ ProcessIndex target date has passed without the target level
 * being reached — found from the day after the target date (seed 000 §2: "Utveckla processen X
 * till nivå 8"; SOSFS 2011:9 4 kap. 1 §, the municipality's development goals).
 */
final class ProcessIndexTargetRule extends CoreRule {
  static final String ID = "process.index-target-missed";

  ProcessIndexTargetRule() {
    super(
        ID,
        FindingSeverity.WARNING,
        PROCESSES + "; verksamhetens mål för SIQ ProcessIndex",
        "Processens mål för SIQ ProcessIndex nås senast på måldatum.",
        "A process reaches its SIQ ProcessIndex target by the target date.");
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    return new ListCheck<ProcessNode>(
        s -> s.index().processNodes,
        (i, subject) -> SystemIndex.lookup(i.processes, subject, "processes/", ProcessNumber::parse),
        (scope, node, at, sink) -> {
          if (node.processIndexTarget().isEmpty()) {
            return;
          }
          ProcessIndexProgress p = node.processIndexProgress(scope.asOf).orElseThrow();
          if (!p.isOverdue()) {
            return;
          }
          String level = p.currentLevel().isPresent() ? "nivå " + p.currentLevel().getAsInt() : "ingen bedömning";
          String levelEn = p.currentLevel().isPresent() ? "level " + p.currentLevel().getAsInt() : "no assessment";
          sink.add(
              "processes/" + node.number(),
              "Processen "
                  + node.number()
                  + " \""
                  + node.title()
                  + "\" skulle nå nivå "
                  + p.target().level()
                  + " på SIQ ProcessIndex senast "
                  + p.target().targetDate()
                  + " men har "
                  + level
                  + ".",
              "Process "
                  + node.number()
                  + " \""
                  + node.title()
                  + "\" was to reach ProcessIndex level "
                  + p.target().level()
                  + " by "
                  + p.target().targetDate()
                  + " but has "
                  + levelEn
                  + ".");
        });
  }
}
