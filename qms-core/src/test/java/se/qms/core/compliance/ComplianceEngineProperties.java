package se.qms.core.compliance;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static se.qms.core.compliance.ComplianceFixtures.map;
import static se.qms.core.compliance.ComplianceFixtures.process;
import static se.qms.core.compliance.ComplianceFixtures.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.qms.core.improvement.ActionOrigin;
import se.qms.core.improvement.ActionPurpose;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintStatus;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.improvement.YearlyCompilation;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessNode;

class ComplianceEngineProperties {
  static final ComplianceEngine ENGINE = ComplianceEngine.of(ComplianceFixtures.rules());
  static final LocalDate START = LocalDate.of(2016, 1, 1);

  /** A system and a day, drawn from a list of numbers. */
  record Case(QualitySystem system, LocalDate asOf) {}

  static Gen<Case> cases() {
    return lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40).map(ComplianceEngineProperties::build);
  }

  static Case build(List<Integer> draws) {
    List<ProcessNode> processes = new ArrayList<>();
    List<Complaint> complaints = new ArrayList<>();
    List<Deviation> deviations = new ArrayList<>();
    List<ImprovementAction> actions = new ArrayList<>();
    for (int i = 0; i < draws.size(); i++) {
      int d = draws.get(i);
      processes.add(process((d % 2 == 0 ? "2.1.1." : "2.2.1.") + (i + 1), d % 3 != 0));
      LocalDate day = START.plusDays(d % 900);
      Complaint.Builder c = Complaint.builder().id("K" + i).kind(ComplaintKind.values()[d % 4]).received(day);
      if (d % 5 < 3) {
        c.status(ComplaintStatus.ANSWERED).answered(day.plusDays(d % 30));
      }
      complaints.add(c.build());
      deviations.add(Deviation.reported("D" + i, "e1", day.plusDays(d % 7), "Händelse " + i));
      ImprovementAction.Builder a = ImprovementAction.builder().id("A" + i).title("Åtgärd " + i)
          .origin(ActionOrigin.values()[d % 8]).purpose(ActionPurpose.CORRECTIVE).responsibleRole(Role.ENHETSCHEF)
          .registered(day).due(day.plusDays(d % 120));
      if (d % 7 < 3) {
        a.status(ActionStatus.COMPLETED).completed(day.plusDays(d % 60));
      }
      actions.add(a.build());
    }
    QualitySystem s = system().processMap(map(processes.toArray(new ProcessNode[0])))
        .addAllComplaints(complaints).addAllDeviations(deviations).addAllActions(actions)
        .addCompilations(YearlyCompilation.of(2016, LocalDate.of(2017, 2, 1)))
        .build();
    return new Case(s, START.plusDays(draws.get(0) % 1_200));
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  static List<String> allSubjects(QualitySystem s) {
    List<String> out = new ArrayList<>();
    s.processMap().nodes().forEach(n -> out.add("processes/" + n.number()));
    s.complaints().forEach(c -> out.add("complaints/" + c.id()));
    s.actions().forEach(a -> out.add("actions/" + a.id()));
    for (int y = 2016; y <= 2019; y++) {
      out.add("compilations/" + y);
    }
    return out;
  }

  @Test
  void findings_areDeterministic_andIndependentOfRecordOrder() {
    qt().forAll(cases()).check(c -> {
      QualitySystem s = c.system();
      QualitySystem shuffled = ((ImmutableQualitySystem) s)
          .withComplaints(reversed(s.complaints())).withDeviations(reversed(s.deviations())).withActions(reversed(s.actions()));
      return ENGINE.evaluate(s, c.asOf()).equals(ENGINE.evaluate(shuffled, c.asOf()))
          && ENGINE.evaluate(s, c.asOf()).equals(ENGINE.evaluate(s, c.asOf()));
    });
  }

  @Test
  void incrementalEvaluation_agreesWithTheFullOne_forEveryObject() {
    qt().withExamples(40).forAll(cases()).check(c -> {
      List<Finding> full = ENGINE.evaluate(c.system(), c.asOf()).findings();
      for (String subject : allSubjects(c.system())) {
        List<Finding> expected = full.stream().filter(f -> f.subject().equals(subject)).collect(Collectors.toList());
        if (!ENGINE.evaluate(c.system(), c.asOf(), subject).findings().equals(expected)) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void disablingARule_removesOnlyItsFindings() {
    qt().withExamples(40).forAll(cases()).check(c -> {
      List<Finding> all = ENGINE.evaluate(c.system(), c.asOf()).findings();
      for (ComplianceRule rule : ComplianceRules.core().rules()) {
        RuleSet off = RuleSet.builder().name("R").putRules(rule.id(), RuleSetting.disabled()).build();
        List<Finding> rest = all.stream().filter(f -> !f.ruleId().equals(rule.id())).collect(Collectors.toList());
        if (!ComplianceEngine.of(off).evaluate(c.system(), c.asOf()).findings().equals(rest)) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void addingAMissingOwner_removesExactlyThatFinding() {
    qt().forAll(cases()).check(c -> {
      QualitySystem s = c.system();
      List<Finding> before = ENGINE.evaluate(s, c.asOf()).findings();
      for (ProcessNode n : s.processMap().processesWithoutOwner()) {
        List<ProcessNode> nodes = s.processMap().nodes().stream()
            .map(x -> x.number().equals(n.number()) ? x.withOwner(ComplianceFixtures.OWNER) : x)
            .collect(Collectors.toList());
        QualitySystem owned = ((ImmutableQualitySystem) s).withProcessMap(se.qms.core.process.ProcessMap.of(nodes));
        List<Finding> expected = before.stream()
            .filter(f -> !(f.ruleId().equals(ProcessOwnerRule.ID) && f.subject().equals("processes/" + n.number())))
            .collect(Collectors.toList());
        if (expected.size() != before.size() - 1 || !ENGINE.evaluate(owned, c.asOf()).findings().equals(expected)) {
          return false;
        }
      }
      return true;
    });
  }

  @Test
  void answeringAnOverdueComplaint_removesExactlyItsFinding() {
    qt().forAll(cases()).check(c -> {
      QualitySystem s = c.system();
      List<Finding> before = ENGINE.evaluate(s, c.asOf()).findings();
      for (Finding f : before) {
        if (!f.ruleId().equals(ComplaintAnswerOverdueRule.ID)) {
          continue;
        }
        List<Complaint> answered = s.complaints().stream()
            .map(k -> ("complaints/" + k.id()).equals(f.subject())
                ? Complaint.builder().id(k.id()).kind(k.kind()).received(k.received())
                    .status(ComplaintStatus.ANSWERED).answered(c.asOf()).build()
                : k)
            .collect(Collectors.toList());
        QualitySystem after = ((ImmutableQualitySystem) s).withComplaints(answered);
        List<Finding> expected = new ArrayList<>(before);
        expected.remove(f);
        if (!ENGINE.evaluate(after, c.asOf()).findings().equals(expected)) {
          return false;
        }
      }
      return true;
    });
  }
}
