/**
 * Compliance checks and their findings: one call checks a whole quality system (ledningssystem,
 * SOSFS 2011:9) against the regulation and the municipality's rule set.
 *
 * <p>{@link se.qms.core.compliance.QualitySystem} is the aggregate of one organisation's records;
 * {@link se.qms.core.compliance.ComplianceEngine} compiles a {@link
 * se.qms.core.compliance.RuleSet} against an explicit {@link se.qms.core.compliance.RuleRegistry}
 * — the core's {@link se.qms.core.compliance.ComplianceRules#core()} plus what other modules
 * contribute — and evaluates systems as of a day into a {@link
 * se.qms.core.compliance.ComplianceResult}: per rule a status and {@link
 * se.qms.core.compliance.Finding}s, each citing the provision it rests on (4 kap. 1 §, 5 kap. 1–3,
 * 6 and 7 §§) or the municipal policy it applies, and naming the object concerned.
 *
 * <p>Findings are values, never exceptions: a missed deadline or a risk without an action is a
 * business outcome the people responsible act on.
 */
@QmsStyle
package se.qms.core.compliance;

import se.qms.core.QmsStyle;
