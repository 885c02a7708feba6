package se.qms.core.selfinspection;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.qms.core.organisation.Role;
import se.qms.testing.QmsGenerators;

class SelfInspectionProperties {
  @Test
  void occurrences_areSortedUniqueAndInsideThePeriod() {
    qt().forAll(QmsGenerators.schedules(), QmsGenerators.periods())
        .check(
            (s, p) -> {
              List<LocalDate> o = s.occurrences(p);
              for (int i = 0; i < o.size(); i++) {
                if (!p.contains(o.get(i)) || (i > 0 && !o.get(i - 1).isBefore(o.get(i)))) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void everyYear_hasAnOccurrence_andNextAfter_isTheFirstLaterOccurrence() {
    qt().forAll(QmsGenerators.schedules(), QmsGenerators.periods())
        .check(
            (s, p) -> {
              LocalDate from = p.start();
              LocalDate next = s.nextAfter(from).orElseThrow();
              List<LocalDate> between = s.between(from.plusDays(1), next);
              return next.isAfter(from)
                  && between.equals(List.of(next))
                  && !s.occurrences(se.qms.core.measure.Period.year(p.year())).isEmpty();
            });
  }

  private static List<String> population(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("id-" + i);
    }
    return out;
  }

  @Test
  void randomSample_isReproducibleFromItsSeed_andHasTheRequestedSize() {
    qt().forAll(integers().between(1, 500), integers().between(1, 500), longs().all())
        .check(
            (n, k0, seed) -> {
              int k = 1 + (k0 - 1) % n;
              List<String> p = population(n);
              DrawnSample a = SamplingSpec.randomSize(k, seed).draw(p);
              DrawnSample b = SamplingSpec.randomSize(a.ids().size(), a.spec().seed().getAsLong()).draw(p);
              return a.equals(b)
                  && a.ids().size() == k
                  && new HashSet<>(a.ids()).size() == k
                  && p.containsAll(a.ids());
            });
  }

  @Test
  void shareSample_hasCeilingOfShareTimesPopulation() {
    qt().forAll(integers().between(1, 1000), integers().between(1, 100), longs().all())
        .check(
            (n, percent, seed) ->
                SamplingSpec.randomShare(percent / 100.0, seed).draw(population(n)).ids().size()
                    == (int) Math.ceil(n * percent / 100.0 - 1e-9));
  }

  private static final int ITEMS = 6;

  private static ChecklistTemplate template(List<Integer> shape, double threshold) {
    ChecklistTemplate.Builder b = ChecklistTemplate.builder().id("t").title("T");
    for (int i = 0; i < ITEMS; i++) {
      int s = shape.get(i);
      b.addItems(
          ChecklistItem.builder()
              .id("i" + i)
              .question("q" + i)
              .answerType(AnswerType.YES_NO_NA)
              .mandatory((s & 1) != 0)
              .critical((s & 2) != 0)
              .weight(s >> 2)
              .build());
    }
    return b.passPolicy(PassPolicy.builder().minimumScore(threshold).build()).build();
  }

  private static CompletedChecklist answers(List<Integer> codes) {
    CompletedChecklist.Builder b =
        CompletedChecklist.builder()
            .id("c").templateId("t").unitId("u").answeredBy(Role.ENHETSCHEF).date(LocalDate.of(2016, 1, 1));
    for (int i = 0; i < ITEMS; i++) {
      int c = codes.get(i);
      if (c < 3) {
        b.addAnswers(Answer.choice("i" + i, Choice.values()[c]));
      }
    }
    return b.build();
  }

  @Test
  void answeringYesToOneMoreItem_neverTurnsGodkandIntoEjGodkand() {
    Gen<List<Integer>> shapes = lists().of(integers().between(0, 4 * 5 + 3)).ofSize(ITEMS);
    Gen<List<Integer>> codes = lists().of(integers().between(0, 3)).ofSize(ITEMS);
    qt().forAll(shapes, codes, integers().between(0, 100), integers().between(0, ITEMS - 1))
        .check(
            (shape, code, percent, flip) -> {
              ChecklistTemplate t = template(shape, percent / 100.0);
              List<Integer> more = new ArrayList<>(code);
              more.set(flip, 0); // Choice.YES
              ChecklistOutcome before = t.evaluate(answers(code));
              ChecklistOutcome after = t.evaluate(answers(more));
              return (!before.passed() || after.passed()) && after.score() >= before.score() - 1e-12;
            });
  }

  @Test
  void overdue_growsWithTheDateAsked_andShrinksWithGrace_andIsNeverAnOccurrenceWithAResult() {
    qt().forAll(QmsGenerators.schedules(), integers().between(0, 400), integers().between(0, 60), integers().between(0, 3))
        .check(
            (schedule, day, grace, recorded) -> {
              se.qms.core.measure.Period year = se.qms.core.measure.Period.year(2016);
              List<LocalDate> occurrences = schedule.occurrences(year);
              FollowUpPlanItem.Builder b =
                  FollowUpPlanItem.builder()
                      .id("i").title("T").qualityArea(QualityArea.EFFEKTIVITET).purpose("P")
                      .addMethods(FollowUpMethod.SYSTEM_REPORT).responsible(Role.ENHETSCHEF).schedule(schedule);
              occurrences.stream().limit(recorded).forEach(o -> b.addResults(FollowUpResult.of(o, "Klart")));
              FollowUpPlan plan = FollowUpPlan.of(List.of(b.build()));
              LocalDate asOf = LocalDate.of(2016, 1, 1).plusDays(day);
              List<Occurrence> now = plan.overdue(year, asOf, grace);
              List<Occurrence> later = plan.overdue(year, asOf.plusDays(1), grace);
              List<Occurrence> lenient = plan.overdue(year, asOf, grace + 1);
              return later.containsAll(now)
                  && now.containsAll(lenient)
                  && now.stream().allMatch(o -> occurrences.contains(o.due()))
                  && now.stream().noneMatch(o -> occurrences.indexOf(o.due()) < recorded);
            });
  }
}
