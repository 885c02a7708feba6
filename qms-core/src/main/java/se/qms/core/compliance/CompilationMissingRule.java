package se.qms.core.compliance;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * {@value #ID}: a year with complaints or deviations has no recorded compilation (sammanställning
 * och analys) {@code dueMonths} (default 3) months after the year ended — by default from 1 April
 * of the following year.
 *
 * <p>SOSFS 2011:9 5 kap. 6 §: compile and analyse complaints, comments and reports to find
 * patterns and trends; the general advice of 7 kap. puts it in the yearly kvalitetsberättelse.
 * The subject is {@code compilations/<year>}.
 */
final class CompilationMissingRule extends CoreRule {
  static final String ID = "improvement.compilation-missing";

  CompilationMissingRule() {
    super(
        ID,
        FindingSeverity.ERROR,
        COMPILATION,
        "Årets klagomål, synpunkter och rapporter sammanställs och analyseras.",
        "Each year's complaints and reports are compiled and analysed.",
        RuleParameter.of("dueMonths", 0, 24, 3, "months after the year's end by which the compilation is due"));
  }

  @Override
  public RuleCheck<?> compile(RuleSet ruleSet, RuleParameters parameters) {
    int months = parameters.get("dueMonths");
    return new RuleCheck<Scope>() {
      @Override
      public Scope prepare(QualitySystem system, LocalDate asOf) {
        return new Scope(system, asOf);
      }

      @Override
      public int size(Scope scope) {
        return scope.index.caseYears.length;
      }

      @Override
      public int indexOf(Scope scope, String subject) {
        if (!subject.startsWith("compilations/")) {
          return -1;
        }
        try {
          int at = Arrays.binarySearch(scope.index.caseYears, Integer.parseInt(subject.substring(13)));
          return at < 0 ? -1 : at;
        } catch (NumberFormatException e) {
          return -1;
        }
      }

      @Override
      public void check(Scope scope, int index, FindingSink sink) {
        int year = scope.index.caseYears[index];
        // 31 December plus whole months is always a month's last day (plusMonths clamps)
        LocalDate due = LocalDate.of(year, 12, 31).plusMonths(months);
        if (scope.asOf.isAfter(due) && !scope.index.compiledYears.contains(year)) {
          sink.add(
              "compilations/" + year,
              "Klagomål, synpunkter och rapporter för " + year + " har inte sammanställts och analyserats (senast " + due + ").",
              "The complaints and reports of " + year + " have not been compiled and analysed (due by " + due + ").");
        }
      }
    };
  }
}
