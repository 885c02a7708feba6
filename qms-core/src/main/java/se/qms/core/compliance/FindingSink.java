package se.qms.core.compliance;

import java.util.ArrayList;
import java.util.List;
import se.qms.core.internal.Checks;

/**
 * Where a {@link RuleCheck} reports what it finds. The sink stamps each finding with the rule's
 * id and the severity and basis the rule set configured, so a check says only what it found and
 * where.
 *
 * <p>Confined to one evaluation of one rule; not thread-safe.
 */
public final class FindingSink {
  private final String ruleId;
  private final FindingSeverity severity;
  private final String basis;
  private final List<Finding> findings = new ArrayList<>();

  FindingSink(String ruleId, FindingSeverity severity, String basis) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.basis = basis;
  }

  /**
   * Reports a finding.
   *
   * @param subject the path of the object concerned, e.g. {@code complaints/K-17}; non-blank
   * @param messageSv the message in Swedish; non-blank
   * @param messageEn the message in English; non-blank
   */
  public void add(String subject, String messageSv, String messageEn) {
    findings.add(
        Finding.builder()
            .ruleId(ruleId)
            .severity(severity)
            .basis(basis)
            .subject(subject)
            .messageSv(messageSv)
            .messageEn(messageEn)
            .build());
  }

  /**
   * Reports a finding another engine made (e.g. qms-risk's review), keeping its subject and
   * messages and applying this rule's id, severity and basis.
   */
  public void add(Finding finding) {
    Checks.present(finding, "finding");
    if (finding.ruleId().equals(ruleId)
        && finding.severity() == severity
        && finding.basis().equals(basis)) {
      findings.add(finding); // already as this rule would stamp it
    } else {
      add(finding.subject(), finding.messageSv(), finding.messageEn());
    }
  }

  List<Finding> findings() {
    return findings;
  }
}
