package se.qms.core.compliance;

import se.qms.core.deadline.DeadlineRule;
import se.qms.core.deadline.DeadlineStatus;
import se.qms.core.deadline.TimeLimit;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintKind;

/**
 * {@value #ID}: a complaint, comment or suggestion received by the day evaluated is unanswered
 * after its answer deadline — {@code answerDays} (default 14) calendar days from receipt, seed 002
 * §5.2 "inom två veckor" — found from the day after the due date. Praise needs no answer.
 *
 * <p>SOSFS 2011:9 5 kap. 3 §: receive and investigate complaints and comments.
 */
final class ComplaintAnswerOverdueRule extends CoreRule {
  static final String ID = "complaint.answer-overdue";

  ComplaintAnswerOverdueRule() {
    super(
        ID,
        FindingSeverity.ERROR,
        COMPLAINTS,
        "Klagomål och synpunkter besvaras inom svarstiden.",
        "Complaints and comments are answered within the deadline.",
        RuleParameter.of("answerDays", 1, 365, 14, "calendar days from receipt to the answer"));
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    DeadlineRule rule = DeadlineRule.of(TimeLimit.days(parameters.get("answerDays")));
    return new ListCheck<Complaint>(
        QualitySystem::complaints,
        (i, subject) -> SystemIndex.lookup(i.complaints, subject, "complaints/"),
        (scope, complaint, at, sink) -> {
          if (complaint.kind() == ComplaintKind.PRAISE || complaint.received().isAfter(scope.asOf)) {
            return;
          }
          if (complaint.answerStatus(rule, scope.asOf) == DeadlineStatus.OVERDUE) {
            String due = complaint.answerDueDate(rule).toString();
            sink.add(
                "complaints/" + complaint.id(),
                complaint.kind().swedish() + " " + complaint.id() + " mottogs " + complaint.received()
                    + " och skulle ha besvarats senast " + due + ".",
                complaint.kind().english() + " " + complaint.id() + " was received on " + complaint.received()
                    + " and was due for an answer by " + due + ".");
          }
        });
  }
}
