package se.qms.core.unexecuted;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.FindingsRule;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleRegistry;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;

/**
 * The quarterly reporting of decisions not carried out as compliance rules, to be added to the
 * core's: {@code ComplianceEngine.of(ruleSet, ComplianceRules.core().plus(UnexecutedRules.all()))}.
 *
 * <ul>
 *   <li>{@value QuarterlyReporting#REPORT_MISSING} (error; SoL 16 kap. 6 f §, LSS 28 f §): a
 *       quarter's report to a recipient not submitted by its due date — the objects checked are
 *       the quarters from the first with a decision or report to the one of the day judged,
 *       subject {@code unexecutedDecisionReports/<quarter>/<law>/<recipient>};
 *   <li>{@value QuarterlyReporting#REPORT_LATE} (warning): such a report submitted after it was
 *       due;
 *   <li>{@value QuarterlyReporting#SANCTION_RANGE} (information; SoL 16 kap. 6 a §, LSS 28 a §): a
 *       reportable decision that has waited long enough for the särskild avgift to be at stake —
 *       the objects are the decisions, subject {@code unexecutedDecisions/<id>}.
 * </ul>
 *
 * <p>The rules read the system's {@link UnexecutedDecisionRegister} and the rule set's {@link
 * UnexecutedDecisionPolicy} (the defaults without one); what {@link QuarterlyReporting} finds is
 * what they report ({@link FindingsRule}), and the finding's message names the law.
 */
public final class UnexecutedRules {
  private static final String REPORTING_BASIS = "SoL 16 kap. 6 f §; LSS 28 f §";
  private static final Function<RuleSet, FindingsRule.Judge> BY_QUARTER = FindingsRule.shared(UnexecutedRules::byQuarter);
  private static final RuleRegistry ALL =
      RuleRegistry.of(
          FindingsRule.of(
              QuarterlyReporting.REPORT_MISSING,
              FindingSeverity.ERROR,
              REPORTING_BASIS,
              "Varje kvartals rapport om ej verkställda beslut är inlämnad i tid till varje mottagare.",
              "Each quarter's report on decisions not carried out reaches every recipient by its due date.",
              BY_QUARTER),
          FindingsRule.of(
              QuarterlyReporting.REPORT_LATE,
              FindingSeverity.WARNING,
              REPORTING_BASIS,
              "Kvartalsrapporter om ej verkställda beslut lämnas senast på förfallodagen.",
              "Quarterly reports on decisions not carried out are submitted by their due date.",
              BY_QUARTER),
          FindingsRule.of(
              QuarterlyReporting.SANCTION_RANGE,
              FindingSeverity.INFO,
              "SoL 16 kap. 6 a §; LSS 28 a §",
              "Långa väntetider på gynnande beslut uppmärksammas innan särskild avgift kan bli aktuell.",
              "Long waits for favourable decisions are noted before a särskild avgift is at stake.",
              UnexecutedRules::byDecision));

  private UnexecutedRules() {}

  /** The three rules, in the order their outcomes are reported. */
  public static RuleRegistry all() {
    return ALL;
  }

  private static QuarterlyReporting reporting(RuleSet ruleSet) {
    return QuarterlyReporting.of(
        ruleSet.part(UnexecutedDecisionPolicy.class).orElse(UnexecutedDecisionPolicy.defaults()));
  }

  private static UnexecutedDecisionRegister register(QualitySystem system) {
    return system
        .part(UnexecutedDecisionRegister.class)
        .orElseGet(() -> UnexecutedDecisionRegister.of(List.of(), List.of()));
  }

  /** The objects are the quarters from the first with a decision or report to the day's. */
  private static FindingsRule.Judge byQuarter(RuleSet ruleSet) {
    QuarterlyReporting reporting = reporting(ruleSet);
    return (system, asOf) -> {
      UnexecutedDecisionRegister register = register(system);
      List<String> quarters = new ArrayList<>();
      Optional<Period> first = QuarterlyReporting.firstQuarter(register.decisions(), register.reports());
      Period last = Period.containing(PeriodKind.QUARTER, asOf);
      for (Period q = first.orElse(null); q != null && q.compareTo(last) <= 0; q = q.next()) {
        quarters.add("unexecutedDecisionReports/" + q);
      }
      return FindingsRule.Judgement.of(
          quarters, reporting.reportFindings(register.decisions(), register.reports(), asOf));
    };
  }

  /** The objects are the decisions. */
  private static FindingsRule.Judge byDecision(RuleSet ruleSet) {
    QuarterlyReporting reporting = reporting(ruleSet);
    return (system, asOf) -> {
      UnexecutedDecisionRegister register = register(system);
      List<String> decisions = new ArrayList<>();
      register.decisions().forEach(d -> decisions.add("unexecutedDecisions/" + d.id()));
      return FindingsRule.Judgement.of(
          decisions, reporting.sanctionNotes(register.decisions(), asOf));
    };
  }
}
