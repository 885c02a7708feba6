package se.qms.core.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.qms.core.compliance.Finding;

/**
 * Overdue items as development needs: every compliance finding of a rule whose id ends in {@code
 * overdue} (answers to complaints, lex Sarah steps, actions, follow-ups, risk reassessments), one
 * need per rule, weighted by the number of records overdue.
 */
final class OverdueNeeds implements ReportContributor {
  @Override
  public void contribute(ReportContext context, ReportDraft draft) {
    Map<String, List<Finding>> byRule = new LinkedHashMap<>();
    for (Finding f : context.compliance().findings()) {
      if (f.ruleId().endsWith("overdue")) {
        byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
      }
    }
    byRule.forEach(
        (rule, findings) -> {
          List<RecordRef> sources = new ArrayList<>();
          for (Finding f : findings) {
            sources.add(ref(f.subject()));
          }
          Finding first = findings.get(0);
          draft.need(
              DevelopmentNeed.of(
                  NeedKind.OVERDUE,
                  rule,
                  Text.of(
                      findings.size() + " försenade: " + first.messageSv()
                          + (findings.size() > 1 ? " (m.fl.)" : "") + " [" + first.basis() + "]",
                      findings.size() + " overdue: " + first.messageEn()
                          + (findings.size() > 1 ? " (and others)" : "") + " [" + first.basis() + "]"),
                  findings.size(),
                  sources));
        });
  }

  /** {@code collection/id} as a reference; a subject without a slash is a record of the system. */
  static RecordRef ref(String subject) {
    int slash = subject.indexOf('/');
    return slash > 0 && slash < subject.length() - 1
        ? RecordRef.of(subject.substring(0, slash), subject.substring(slash + 1))
        : RecordRef.of("system", subject);
  }
}
