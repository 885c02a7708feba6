package se.qms.core.compliance;

import java.util.List;

/**
 * One compliance check: a stable id, what it rests on, its default severity, its parameters, and
 * how it compiles against a rule set into a {@link RuleCheck}.
 *
 * <p>Rules are registered explicitly in a {@link RuleRegistry}; the core's own rules are {@link
 * ComplianceRules#core()}, and other modules contribute theirs the same way (qms-risk's {@code
 * RiskRules.all()}). Adding a rule is one class implementing this interface and one line in its
 * module's registry. Implementations are stateless, immutable and thread-safe, and never read the
 * clock.
 */
public interface ComplianceRule {
  /**
   * The stable id, lower-case words separated by dots or hyphens (e.g. {@code
   * process.owner-missing}); it names the rule in rule sets and findings and never changes.
   */
  String id();

  /** The severity of its findings unless the rule set changes it. */
  FindingSeverity defaultSeverity();

  /**
   * The provision or policy the rule implements, e.g. "SOSFS 2011:9 5 kap. 3 §"; a rule set may
   * replace it with the municipality's own wording.
   */
  String basis();

  /** What the rule checks, in Swedish, one sentence. */
  String titleSv();

  /** What the rule checks, in English, one sentence. */
  String titleEn();

  /** The integer parameters a rule set may change; empty by default. */
  default List<RuleParameter> parameters() {
    return List.of();
  }

  /**
   * Compiles the rule once for a rule set.
   *
   * @param ruleSet the municipality's rule set (policies and parts the rule may need); not null
   * @param parameters every declared parameter with its value, defaults filled in and ranges
   *     checked; not null
   * @return the compiled check, immutable and thread-safe
   */
  RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters);
}
