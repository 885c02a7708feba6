package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.qms.core.compliance.ComplianceRule;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.compliance.FindingSink;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleCheck;
import se.qms.core.compliance.RuleParameters;
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
 * what they report, and the finding's message names the law. They live here, not in the
 * compliance package, so that the two packages do not depend on each other in a cycle.
 */
public final class UnexecutedRules {
  private static final String REPORTING_BASIS = "SoL 16 kap. 6 f §; LSS 28 f §";
  private static final RuleRegistry ALL =
      RuleRegistry.of(
          new Rule(
              QuarterlyReporting.REPORT_MISSING,
              FindingSeverity.ERROR,
              REPORTING_BASIS,
              "Varje kvartals rapport om ej verkställda beslut är inlämnad i tid till varje mottagare.",
              "Each quarter's report on decisions not carried out reaches every recipient by its due date.",
              true),
          new Rule(
              QuarterlyReporting.REPORT_LATE,
              FindingSeverity.WARNING,
              REPORTING_BASIS,
              "Kvartalsrapporter om ej verkställda beslut lämnas senast på förfallodagen.",
              "Quarterly reports on decisions not carried out are submitted by their due date.",
              true),
          new Rule(
              QuarterlyReporting.SANCTION_RANGE,
              FindingSeverity.INFO,
              "SoL 16 kap. 6 a §; LSS 28 a §",
              "Långa väntetider på gynnande beslut uppmärksammas innan särskild avgift kan bli aktuell.",
              "Long waits for favourable decisions are noted before a särskild avgift is at stake.",
              false));

  private UnexecutedRules() {}

  /** The three rules, in the order their outcomes are reported. */
  public static RuleRegistry all() {
    return ALL;
  }

  /** One evaluation: the objects checked and the findings of each, by position. */
  static final class State {
    final List<String> objects = new ArrayList<>();
    final Map<String, Integer> positions = new HashMap<>();
    final List<List<Finding>> findings = new ArrayList<>();

    int add(String object) {
      positions.put(object, objects.size());
      objects.add(object);
      findings.add(new ArrayList<>(0));
      return objects.size() - 1;
    }
  }

  /** One of {@link QuarterlyReporting}'s findings as a rule; by quarter or by decision. */
  private static final class Rule implements ComplianceRule {
    private final String id;
    private final FindingSeverity severity;
    private final String basis;
    private final String titleSv;
    private final String titleEn;
    private final boolean byQuarter;

    Rule(String id, FindingSeverity severity, String basis, String titleSv, String titleEn, boolean byQuarter) {
      this.id = id;
      this.severity = severity;
      this.basis = basis;
      this.titleSv = titleSv;
      this.titleEn = titleEn;
      this.byQuarter = byQuarter;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public FindingSeverity defaultSeverity() {
      return severity;
    }

    @Override
    public String basis() {
      return basis;
    }

    @Override
    public String titleSv() {
      return titleSv;
    }

    @Override
    public String titleEn() {
      return titleEn;
    }

    @Override
    public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
      QuarterlyReporting reporting =
          QuarterlyReporting.of(ruleSet.part(UnexecutedDecisionPolicy.class).orElse(UnexecutedDecisionPolicy.defaults()));
      return new RuleCheck<State>() {
        @Override
        public State prepare(QualitySystem system, LocalDate asOf) {
          UnexecutedDecisionRegister register =
              system.part(UnexecutedDecisionRegister.class).orElseGet(() -> UnexecutedDecisionRegister.of(List.of(), List.of()));
          State state = new State();
          if (byQuarter) {
            Optional<Period> first = QuarterlyReporting.firstQuarter(register.decisions(), register.reports());
            Period last = Period.containing(PeriodKind.QUARTER, asOf);
            for (Period q = first.orElse(null); q != null && q.compareTo(last) <= 0; q = q.next()) {
              state.add(q.toString());
            }
          } else {
            register.decisions().forEach(d -> state.add(d.id()));
          }
          for (Finding f : reporting.findings(register, asOf)) {
            if (f.ruleId().equals(id)) {
              Integer at = state.positions.get(object(f.subject()));
              if (at != null) {
                state.findings.get(at).add(f);
              }
            }
          }
          return state;
        }

        @Override
        public int size(State state) {
          return state.objects.size();
        }

        @Override
        public int indexOf(State state, String subject) {
          String prefix = byQuarter ? "unexecutedDecisionReports/" : "unexecutedDecisions/";
          if (!subject.startsWith(prefix)) {
            return -1;
          }
          Integer at = state.positions.get(object(subject));
          return at == null ? -1 : at;
        }

        @Override
        public void check(State state, int index, FindingSink sink) {
          state.findings.get(index).forEach(sink::add);
        }
      };
    }

    /** The quarter of {@code unexecutedDecisionReports/2019-Q1/LSS/IVO}, the id of {@code unexecutedDecisions/B-1}. */
    private String object(String subject) {
      if (byQuarter) {
        String rest = subject.substring(subject.indexOf('/') + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
      }
      return subject.substring(subject.indexOf('/') + 1);
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
