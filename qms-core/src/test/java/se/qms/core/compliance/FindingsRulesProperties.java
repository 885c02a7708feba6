package se.qms.core.compliance;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.lexsarah.LexSarahRules;
import se.qms.core.lexsarah.LexSarahTimeliness;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.QuarterlyReporting;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.core.unexecuted.UnexecutedRules;
import se.qms.testing.QmsGenerators;

/**
 * The rules other engines judge (lex Sarah timeliness, quarterly reporting of decisions not carried
 * out) through the compliance engine: they report exactly what those engines find, whatever the
 * order of the records, and one object evaluated alone gets exactly its findings of the full run.
 */
class FindingsRulesProperties {
  private static final ComplianceEngine ENGINE =
      ComplianceEngine.of(
          RuleSet.builder().name("R").build(),
          ComplianceRules.core().plus(LexSarahRules.all()).plus(UnexecutedRules.all()));

  record Case(List<LexSarahCase> cases, List<FavourableDecision> decisions, LocalDate asOf) {
    QualitySystem system(boolean reversed) {
      List<LexSarahCase> c = new ArrayList<>(cases);
      List<FavourableDecision> d = new ArrayList<>(decisions);
      if (reversed) {
        Collections.reverse(c);
        Collections.reverse(d);
      }
      return QualitySystem.builder()
          .name("Exempelkommun")
          .addParts(LexSarahRegister.of(c), UnexecutedDecisionRegister.of(d, List.of()))
          .build();
    }
  }

  /** Unique by id: a register holds each id once. */
  private static <T> List<T> unique(List<T> values, java.util.function.Function<T, String> id) {
    Map<String, T> byId = new LinkedHashMap<>();
    values.forEach(v -> byId.putIfAbsent(id.apply(v), v));
    return List.copyOf(byId.values());
  }

  private static org.quicktheories.core.Gen<Case> cases() {
    return lists().of(QmsGenerators.lexSarahCases()).ofSizeBetween(0, 6)
        .zip(
            lists().of(QmsGenerators.favourableDecisions()).ofSizeBetween(0, 6),
            integers().between(0, 2_500),
            (c, d, day) ->
                new Case(
                    unique(c, LexSarahCase::id),
                    unique(d, FavourableDecision::id),
                    LocalDate.of(2014, 1, 1).plusDays(day)));
  }

  private static Set<String> keys(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.ruleId() + " " + f.subject() + " " + f.messageEn())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Finding> ofOtherEngines(Case c) {
    List<Finding> out = new ArrayList<>(LexSarahTimeliness.defaults().findings(c.cases(), c.asOf()));
    out.addAll(QuarterlyReporting.of(UnexecutedDecisionPolicy.defaults()).findings(c.decisions(), List.of(), c.asOf()));
    return out;
  }

  private static List<Finding> ours(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.ruleId().startsWith("lex-sarah.") || f.ruleId().startsWith("unexecuted."))
        .collect(Collectors.toList());
  }

  @Test
  void theEngine_reportsWhatTheOtherEnginesFind_inAnyRecordOrder() {
    qt().withExamples(60).forAll(cases()).check(c -> {
      ComplianceResult result = ENGINE.evaluate(c.system(false), c.asOf());
      return keys(ours(result.findings())).equals(keys(ofOtherEngines(c)))
          && result.equals(ENGINE.evaluate(c.system(true), c.asOf()));
    });
  }

  @Test
  void oneObjectAlone_getsExactlyItsFindingsOfTheFullEvaluation() {
    qt().withExamples(40).forAll(cases()).check(c -> {
      QualitySystem system = c.system(false);
      List<Finding> full = ours(ENGINE.evaluate(system, c.asOf()).findings());
      List<String> objects = new ArrayList<>();
      c.cases().forEach(x -> objects.add("lexSarahCases/" + x.id()));
      c.decisions().forEach(x -> objects.add("unexecutedDecisions/" + x.id()));
      full.stream()
          .map(Finding::subject)
          .filter(s -> s.startsWith("unexecutedDecisionReports/"))
          .map(s -> s.substring(0, s.indexOf('/', s.indexOf('/') + 1)))
          .distinct()
          .forEach(objects::add);
      for (String object : objects) {
        Set<String> expected =
            keys(full.stream().filter(f -> f.subject().equals(object) || f.subject().startsWith(object + "/")).collect(Collectors.toList()));
        if (!keys(ours(ENGINE.evaluate(system, c.asOf(), object).findings())).equals(expected)) {
          return false;
        }
      }
      return true;
    });
  }
}
