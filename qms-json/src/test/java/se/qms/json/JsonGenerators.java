package se.qms.json;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.ObservationSource;
import se.qms.core.measure.Period;
import se.qms.core.measure.ReferenceKind;
import se.qms.core.measure.ReferenceValue;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.core.organisation.Duty;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.PdcaPhase;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.ResponsibilityMatrix;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;
import se.qms.core.process.Cooperation;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.Routine;
import se.qms.core.selfinspection.Answer;
import se.qms.core.selfinspection.AnswerType;
import se.qms.core.selfinspection.ChecklistItem;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.Choice;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.selfinspection.FollowUpMethod;
import se.qms.core.selfinspection.FollowUpPlanItem;
import se.qms.core.selfinspection.FollowUpResult;
import se.qms.core.selfinspection.PassPolicy;
import se.qms.core.selfinspection.QualityArea;
import se.qms.core.selfinspection.SamplingSpec;
import se.qms.core.selfinspection.Schedule;
import se.qms.testing.QmsGenerators;

/** Generated quality systems and rule sets for the round-trip properties. */
final class JsonGenerators {
  private JsonGenerators() {}

  static Gen<QualitySystem> qualitySystems() {
    return QmsGenerators.processTrees()
        .zip(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 30), JsonGenerators::system);
  }

  private static QualitySystem system(List<ProcessNode> nodes, List<Integer> draws) {
    List<ProcessNode> decorated = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      ProcessNode n = nodes.get(i);
      if (n.kind().isProcess() && i % 3 == 0) {
        n =
            n.withDescription("Beskrivning \"" + i + "\" med å, ä, ö\noch radbrytning")
                .withOwner(PersonRef.of("p-" + i, "Processägare " + i))
                .withLeader(PersonRef.of("l-" + i, "Processledare " + i))
                .withCooperation(List.of(Cooperation.of("Region " + i, Cooperation.Scope.EXTERNAL, i % 2 == 0 ? null : "Avtal")))
                .withRoutines(List.of(Routine.of("Rutin " + i, List.of(se.qms.core.process.Activity.of("Steg", Role.ENHETSCHEF)))));
      }
      decorated.add(n);
    }
    List<OrganisationUnit> units = List.of(
        OrganisationUnit.of("n", "Nämnden", UnitKind.NAMND),
        OrganisationUnit.of("f", "Förvaltningen", UnitKind.FORVALTNING, "n"));
    List<Indicator> indicators = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    List<ReferenceValue> references = new ArrayList<>();
    for (int i = 0; i < draws.size(); i++) {
      int d = draws.get(i);
      String id = "m" + i;
      Indicator.Builder b =
          Indicator.builder()
              .id(id)
              .title("Mått " + i)
              .unit(MeasureUnit.values()[d % MeasureUnit.values().length])
              .direction(Direction.values()[d % 3])
              .decimals(d % 3)
              .genderSplit(d % 2 == 0);
      if (d % 5 == 0) {
        b.unitId("f");
      }
      indicators.add(b.build());
      Period p = Period.year(2010 + d % 10);
      if (d % 7 == 0) {
        observations.add(Observation.missing(id, p, "redovisas från och med " + (p.year() + 1)));
      } else {
        Observation.Builder o =
            Observation.builder().indicatorId(id).period(p).total((d % 1000) / 10.0)
                .source(ObservationSource.values()[d % 4]);
        if (d % 2 == 0) {
          o.women(d % 97 + 0.5).men(d % 89 + 0.25);
        }
        observations.add(o.build());
      }
      references.add(ReferenceValue.named(id, p, ReferenceKind.COMPARISON_GROUP, "Liknande kommuner", d % 100));
      if (d % 4 == 0) {
        references.add(ReferenceValue.average(id, p, ReferenceKind.NATIONAL_AVERAGE, d % 50 + 0.125));
      }
    }
    List<se.qms.risk.Risk> risks = new ArrayList<>();
    for (int i = 0; i < draws.size() / 3; i++) {
      int d = draws.get(i);
      se.qms.risk.Risk.Builder r =
          se.qms.risk.Risk.builder().id("R" + i).title("Risk " + i).basis("Frekventa iakttagelser av risker");
      decorated.stream().filter(n -> n.kind().isProcess()).skip(d % 3).findFirst().ifPresent(n -> r.process(n.number()));
      if (d % 2 == 0) {
        r.addAssessments(
            se.qms.risk.RiskAssessment.of(
                java.time.LocalDate.of(2016, 1 + d % 12, 1),
                List.of(
                    se.qms.risk.Rating.of(PersonRef.of("a1", "Enhetschef 1"), 1 + d % 4, 1 + (d / 4) % 4),
                    se.qms.risk.Rating.of(PersonRef.of("a2", "Enhetschef 2"), 1 + (d / 16) % 4, 1 + (d / 64) % 4))));
      } else if (d % 3 == 0) {
        r.addAssessments(
            se.qms.risk.RiskAssessment.published(
                se.qms.risk.PublishedRating.parse("1." + (d % 10), "1." + (d / 10 % 10))));
      }
      if (d % 5 == 0) {
        r.addActionIds("A" + i);
      }
      risks.add(r.build());
    }
    SelfInspection si = selfInspection(draws, decorated);
    List<se.qms.core.improvement.Complaint> complaints = new ArrayList<>();
    List<se.qms.core.improvement.Deviation> deviations = new ArrayList<>();
    List<se.qms.core.improvement.ImprovementAction> actions = new ArrayList<>();
    java.time.LocalDate day = java.time.LocalDate.of(2016, 1, 4);
    for (int i = 0; i < draws.size() / 4; i++) {
      int d = draws.get(i);
      se.qms.core.improvement.Complaint c =
          se.qms.core.improvement.Complaint.received(
              "K" + i, se.qms.core.improvement.ComplaintKind.values()[d % 4], day.plusDays(d % 300));
      if (d % 2 == 0) {
        c = c.apply(se.qms.core.improvement.ComplaintCommand.acknowledge(c.received().plusDays(1))).next();
      }
      if (d % 3 == 0) {
        c = c.apply(se.qms.core.improvement.ComplaintCommand.answer(c.received().plusDays(10))).next();
      }
      complaints.add(c);
      se.qms.core.improvement.Deviation dev =
          se.qms.core.improvement.Deviation.reported("AV" + i, "f", day.plusDays(d % 200), "Händelse " + i);
      if (d % 2 == 1) {
        dev =
            dev.apply(
                    se.qms.core.improvement.DeviationCommand.startInvestigation(
                        dev.reported().plusDays(2), PersonRef.of("ec-" + i, "Enhetschef")))
                .next();
      }
      deviations.add(dev);
      se.qms.core.improvement.ImprovementAction a =
          se.qms.core.improvement.ImprovementAction.builder()
              .id("AT" + i)
              .title("Åtgärd " + i)
              .origin(se.qms.core.improvement.ActionOrigin.values()[d % 8])
              .purpose(se.qms.core.improvement.ActionPurpose.values()[d % 2])
              .responsibleRole(Role.ENHETSCHEF)
              .registered(day.plusDays(d % 100))
              .build();
      if (d % 2 == 0) {
        a = a.apply(se.qms.core.improvement.ActionCommand.start(a.registered().plusDays(3))).next();
      }
      actions.add(a);
    }
    List<se.qms.core.lexsarah.LexSarahCase> lexSarah = new ArrayList<>();
    for (int i = 0; i < draws.size() / 2; i++) {
      lexSarah.add(QmsGenerators.lexSarahCase(draws.get(i), "LS-" + i, "n", List.of("f", "n")));
    }
    return QualitySystem.builder()
        .addAllChecklistTemplates(si.templates())
        .addAllCompletedChecklists(si.completed())
        .addAllFollowUpPlanItems(si.plan())
        .name("Kommun " + draws.size())
        .addAllComplaints(complaints)
        .addAllDeviations(deviations)
        .addAllActions(actions)
        .addAllCompilations(compilations(draws.size()))
        .addAllCaseRecordSets(caseRecordSets(draws))
        .addAllParts(risks.isEmpty() ? List.of() : List.of(se.qms.risk.RiskRegister.of(risks)))
        .addAllParts(unexecuted(draws))
        .addAllParts(lexSarah.isEmpty() ? List.of() : List.of(se.qms.core.lexsarah.LexSarahRegister.of(lexSarah)))
        .organisation(Organisation.of(units))
        .responsibilities(ResponsibilityMatrix.of(List.of(
            Duty.of(PdcaPhase.PLANERING, Role.NAMND, "att besluta om mål"),
            Duty.builder().phase(PdcaPhase.GENOMFORANDE).role(Role.custom("ledningsgrupp")).text("att leda").source("§5.3").build())))
        .processMap(ProcessMap.of(decorated))
        .addAllIndicators(indicators)
        .measureData(MeasureData.of(observations, references))
        .build();
  }

  /** A register of decisions not carried out exercising every property, or none. */
  private static List<se.qms.core.unexecuted.UnexecutedDecisionRegister> unexecuted(List<Integer> draws) {
    List<se.qms.core.unexecuted.FavourableDecision> decisions = new ArrayList<>();
    List<se.qms.core.unexecuted.SubmittedReport> reports = new ArrayList<>();
    List<se.qms.core.unexecuted.Insats> insatser =
        se.qms.core.unexecuted.InsatsCatalogue.defaults().insatser();
    se.qms.core.unexecuted.ExecutionCommandType[] types =
        se.qms.core.unexecuted.ExecutionCommandType.values();
    for (int i = 0; i < draws.size() / 2; i++) {
      int d = draws.get(i);
      se.qms.core.unexecuted.FavourableDecision.Builder b =
          se.qms.core.unexecuted.FavourableDecision.builder()
              .id("EVB-" + i)
              .insats(insatser.get(d % insatser.size()))
              .decided(java.time.LocalDate.of(2018, 1, 1).plusDays(d % 700))
              .gender(se.qms.core.unexecuted.Gender.values()[d % 2]);
      if (d % 3 > 0) {
        b.delayReason(se.qms.core.unexecuted.DelayReason.values()[d % 3]);
      }
      if (d % 4 == 0) {
        b.delayReasonText("Ingen kontaktperson \"ledig\" än");
      }
      if (d % 5 == 0) {
        b.person(PersonRef.of("person-" + i, "Brukare " + i));
      }
      se.qms.core.unexecuted.FavourableDecision decision = b.build();
      java.time.LocalDate day = decision.decided();
      for (int step = d; step > 0; step /= 7) {
        se.qms.core.unexecuted.ExecutionCommandType type = types[step % types.length];
        day = day.plusDays(step % 97);
        if (decision.status().after(type).isPresent()) {
          se.qms.core.unexecuted.ExecutionCommand c = se.qms.core.unexecuted.ExecutionCommand.of(type, day);
          decision = decision.apply(step % 2 == 0 ? c.withNote("Anteckning " + step) : c).next();
        }
      }
      decisions.add(decision);
      if (d % 3 == 0) {
        se.qms.core.measure.Period q = Period.quarter(2018 + d % 3, 1 + d % 4);
        reports.add(
            se.qms.core.unexecuted.SubmittedReport.of(
                q,
                se.qms.core.unexecuted.Law.values()[d % 2],
                se.qms.core.unexecuted.Recipient.values()[i % 3],
                q.end().plusDays(d % 60)));
      }
    }
    if (decisions.isEmpty()) {
      return List.of();
    }
    java.util.Set<String> keys = new java.util.HashSet<>();
    reports.removeIf(r -> !keys.add(r.quarter() + "/" + r.law() + "/" + r.recipient()));
    return List.of(se.qms.core.unexecuted.UnexecutedDecisionRegister.of(decisions, reports));
  }

  private record SelfInspection(
      List<ChecklistTemplate> templates, List<CompletedChecklist> completed, List<FollowUpPlanItem> plan) {}

  /** Checklist templates, completed checklists and follow-up items exercising every property. */
  private static SelfInspection selfInspection(List<Integer> draws, List<ProcessNode> nodes) {
    List<ChecklistTemplate> templates = new ArrayList<>();
    List<CompletedChecklist> completed = new ArrayList<>();
    List<FollowUpPlanItem> plan = new ArrayList<>();
    for (int i = 0; i < draws.size() / 2; i++) {
      int d = draws.get(i);
      ChecklistTemplate.Builder t =
          ChecklistTemplate.builder()
              .id("cl" + i)
              .title("Checklista " + i)
              .version(1 + d % 3)
              .addItems(
                  ChecklistItem.builder()
                      .id("a")
                      .question("Finns rutinen?")
                      .answerType(AnswerType.YES_NO_NA)
                      .mandatory(d % 2 == 0)
                      .critical(d % 3 == 0)
                      .weight(d % 4)
                      .legalReference("SOSFS 2011:9 5 kap. 2 §")
                      .build(),
                  ChecklistItem.builder()
                      .id("b").question("Hur väl?").answerType(AnswerType.SCALE).scaleMin(d % 2).scaleMax(5).build(),
                  ChecklistItem.builder().id("c").question("Antal").answerType(AnswerType.NUMBER).build(),
                  ChecklistItem.builder().id("d").question("Övrigt").answerType(AnswerType.FREE_TEXT).build());
      if (d % 5 == 0) {
        t.passPolicy(PassPolicy.builder().allMandatoryYes(false).noCriticalFailed(d % 2 == 0).minimumScore((d % 100) / 100.0).build());
      }
      ChecklistTemplate template = t.build();
      templates.add(template);
      CompletedChecklist.Builder c =
          CompletedChecklist.builder()
              .id("k" + i)
              .templateId(template.id())
              .templateVersion(template.version())
              .unitId(d % 2 == 0 ? "f" : "n")
              .answeredBy(d % 3 == 0 ? Role.ENHETSCHEF : Role.custom("kvalitetsgrupp"))
              .date(java.time.LocalDate.of(2016, 1 + d % 12, 1 + d % 28));
      if (d % 4 != 0) {
        c.addAnswers(
            Answer.choice("a", Choice.values()[d % 3]),
            Answer.scale("b", 3),
            Answer.builder().itemId("c").number(d / 8.0).build(),
            Answer.builder().itemId("d").text("Fritext " + i).build());
      }
      completed.add(c.build());
    }
    for (int i = 0; i < draws.size() / 3; i++) {
      int d = draws.get(i);
      Schedule.Builder s = Schedule.builder();
      switch (d % 7) {
        case 0:
          s.addDates(java.time.MonthDay.of(3, 1), java.time.MonthDay.of(9, 1)).text("Halvårsvis");
          break;
        case 1:
          s.addMonths(java.time.Month.OCTOBER).yearEnd(true);
          break;
        case 2:
          s.eachTertial(true).yearEnd(true);
          break;
        case 3:
          s.eachQuarter(true);
          break;
        case 4:
          s.monthly(true);
          break;
        case 5:
          s.addTertials(2, 3);
          break;
        default:
          s.yearEnd(true);
      }
      FollowUpPlanItem.Builder b =
          FollowUpPlanItem.builder()
              .id("u" + i)
              .title("Uppföljning " + i)
              .qualityArea(d % 2 == 0 ? QualityArea.criteria().get(d % 6) : QualityArea.custom("Effektiv och rättssäker handläggning"))
              .purpose("Syfte \"" + i + "\"\nmed radbrytning")
              .addMethods(FollowUpMethod.values()[d % FollowUpMethod.values().length])
              .responsible(Role.ENHETSCHEF)
              .schedule(s.build());
      if (d % 2 == 1) {
        b.unitId("f")
            .definition("Definition " + i)
            .addMethods(FollowUpMethod.INTERVIEW.ordinal() == d % FollowUpMethod.values().length ? FollowUpMethod.SURVEY : FollowUpMethod.INTERVIEW)
            .methodDescription("Intervjuer")
            .addSupporting(Role.KVALITETSUTVECKLARE, Role.custom("FoU Södertörn"))
            .sampling(
                d % 4 == 1
                    ? SamplingSpec.builder().method(SamplingSpec.Method.RANDOM).share(0.1).seed((long) d * 1_000_003L - 7).description("brukare").build()
                    : SamplingSpec.first(3))
            .addResults(
                FollowUpResult.of(java.time.LocalDate.of(2016, 12, 31), "Genomfört"),
                FollowUpResult.builder()
                    .occurrence(java.time.LocalDate.of(2016, 10, 31))
                    .recorded(java.time.LocalDate.of(2016, 11, 2))
                    .text("Delvis")
                    .light(se.qms.core.measure.TrafficLight.values()[d % 5])
                    .build());
      }
      if (!templates.isEmpty() && d % 3 == 0) {
        b.checklistTemplateId(templates.get(d % templates.size()).id());
      }
      nodes.stream().filter(n -> n.kind().isProcess()).skip(d % 2).findFirst().ifPresent(n -> b.process(n.number()));
      plan.add(b.build());
    }
    return new SelfInspection(templates, completed, plan);
  }

  static Gen<RuleSet> ruleSets() {
    return lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 20).map(draws -> {
      Map<String, LightPolicy> policies = new LinkedHashMap<>();
      for (int i = 0; i < draws.size(); i++) {
        int d = draws.get(i);
        LightPolicy p;
        switch (d % 6) {
          case 0:
            p = LightPolicy.target(Target.absolute(d % 100), Tolerance.points(d % 5));
            break;
          case 1:
            p = LightPolicy.target(Target.comparisonGroup("Liknande kommuner IFO"), Tolerance.percentOfTarget(d % 10));
            break;
          case 2:
            p = LightPolicy.target(Target.previousPeriod(-25, Target.DeltaUnit.PERCENT), Tolerance.none());
            break;
          case 3:
            p = LightPolicy.bands(3.6, 3.0);
            break;
          case 4:
            p = LightPolicy.target(Target.nationalAverage().adjustedBy(1.5, Target.DeltaUnit.POINTS), Tolerance.points(1));
            break;
          default:
            p = LightPolicy.passFail();
        }
        policies.put("m" + i, p);
      }
      RuleSet.Builder b = RuleSet.builder().name("Regler " + draws.size()).putAllLightPolicies(policies);
      if (draws.size() % 3 == 1) {
        b.addParts(se.qms.risk.RiskPolicy.defaults());
      } else if (draws.size() % 3 == 2) {
        b.addParts(
            se.qms.risk.RiskPolicy.of(
                se.qms.risk.RiskScales.of(
                    se.qms.risk.RiskScale.numbered(se.qms.risk.RiskAxis.PROBABILITY, 5),
                    se.qms.risk.RiskScale.numbered(se.qms.risk.RiskAxis.SEVERITY, 5)),
                se.qms.risk.RiskBands.of(
                    List.of(
                        se.qms.risk.RiskBand.of("Låg", "Low", 1, 5),
                        se.qms.risk.RiskBand.of("Medel", "Medium", 5, 10),
                        se.qms.risk.RiskBand.of("Hög", "High", 10, 25))),
                se.qms.risk.EscalationPolicy.of(10, false)));
      }
      if (draws.size() % 4 == 1) {
        b.addParts(se.qms.core.unexecuted.UnexecutedDecisionPolicy.defaults());
      } else if (draws.size() % 4 == 3) {
        b.addParts(
            se.qms.core.unexecuted.UnexecutedDecisionPolicy.builder()
                .catalogue(
                    se.qms.core.unexecuted.InsatsCatalogue.of(
                        List.of(
                            se.qms.core.unexecuted.Insats.of(se.qms.core.unexecuted.Law.SOL, "sol-boendestod", "Boendestöd"),
                            se.qms.core.unexecuted.Insats.of(se.qms.core.unexecuted.Law.LSS, "lss-avlosarservice", "Avlösarservice"))))
                .executionLimitMonths(1 + draws.size() % 24)
                .resumptionLimitMonths(4)
                .reportDueMonths(draws.size() % 13)
                .reportsToCouncil(false)
                .reportWhenNone(true)
                .solReportingReference("SoL (2025:400) 16 kap. 6 f §")
                .lssSanctionReference("LSS 28 a–c §")
                .sanctionMinimumKronor(5_000)
                .sanctionMaximumKronor(2_000_000L + draws.size())
                .sanctionNoteAfterMonths(12)
                .build());
      }
      b.putAllRules(ruleSettings(draws));
      if (draws.size() % 4 == 1) {
        b.addParts(se.qms.core.lexsarah.LexSarahTimelinessPolicy.defaults());
      } else if (draws.size() % 4 == 2) {
        List<se.qms.core.lexsarah.LexSarahStepLimit> limits = new ArrayList<>();
        se.qms.core.lexsarah.LexSarahStep[] steps = se.qms.core.lexsarah.LexSarahStep.values();
        for (int i = 0; i < Math.min(draws.size(), steps.length); i++) {
          int d = draws.get(i);
          se.qms.core.lexsarah.LexSarahStepLimit.Builder l =
              se.qms.core.lexsarah.LexSarahStepLimit.builder()
                  .step(steps[i])
                  .rule(
                      se.qms.core.deadline.DeadlineRule.builder()
                          .limit(se.qms.core.deadline.TimeLimit.of(d % 30, se.qms.core.deadline.LimitUnit.values()[d % 4]))
                          .moveToNextWorkingDay(d % 3 == 0)
                          .build());
          if (d % 2 == 0) {
            l.basis("Kommunens rutin för lex Sarah, punkt " + i);
          }
          limits.add(l.build());
        }
        b.addParts(se.qms.core.lexsarah.LexSarahTimelinessPolicy.of(limits));
      }
      return b.build();
    });
  }

  /** Up to three yearly compilations, some with a reference. */
  static List<se.qms.core.improvement.YearlyCompilation> compilations(int n) {
    List<se.qms.core.improvement.YearlyCompilation> out = new java.util.ArrayList<>();
    for (int i = 0; i < n % 4; i++) {
      se.qms.core.improvement.YearlyCompilation.Builder b =
          se.qms.core.improvement.YearlyCompilation.builder()
              .year(2015 + i)
              .compiled(java.time.LocalDate.of(2016 + i, 1 + i, 10));
      if (i % 2 == 1) {
        b.reference("Kvalitetsberättelse " + (2015 + i) + ", avsnitt 4.3");
      }
      out.add(b.build());
    }
    return out;
  }

  /** Settings of registered rules: switched off, another severity or basis, parameters in range. */
  static Map<String, se.qms.core.compliance.RuleSetting> ruleSettings(List<Integer> draws) {
    List<se.qms.core.compliance.ComplianceRule> rules = RuleSetFormat.RULES.rules();
    Map<String, se.qms.core.compliance.RuleSetting> out = new LinkedHashMap<>();
    for (int d : draws) {
      se.qms.core.compliance.ComplianceRule rule = rules.get(d % rules.size());
      se.qms.core.compliance.RuleSetting.Builder b = se.qms.core.compliance.RuleSetting.builder();
      switch ((d / rules.size()) % 4) {
        case 0:
          b.enabled(false);
          break;
        case 1:
          b.severity(se.qms.core.compliance.FindingSeverity.values()[d % 3]);
          break;
        case 2:
          b.basis("Kommunens riktlinje " + d % 10);
          break;
        default:
          for (se.qms.core.compliance.RuleParameter p : rule.parameters()) {
            b.putParameters(p.name(), p.min() + d % (p.max() - p.min() + 1));
          }
      }
      out.putIfAbsent(rule.id(), b.build());
    }
    return out;
  }

  /**
   * Up to three case record sets, alternately of deviations and complaints, each line filling in a
   * different selection of the facts its type has.
   */
  static List<se.qms.core.improvement.CaseRecordSet> caseRecordSets(List<Integer> draws) {
    List<se.qms.core.improvement.CaseRecordSet> out = new ArrayList<>();
    se.qms.core.improvement.Taxonomy causes =
        se.qms.core.improvement.TaxonomyPreset.DEVIATION_CAUSES.taxonomy();
    se.qms.core.improvement.Taxonomy subjects =
        se.qms.core.improvement.TaxonomyPreset.COMPLAINT_SUBJECTS.taxonomy();
    for (int s = 0; s < Math.min(3, draws.size() / 3); s++) {
      boolean deviations = s % 2 == 0;
      List<se.qms.core.improvement.CaseRecordSet.Line> lines = new ArrayList<>();
      for (int i = s; i < draws.size(); i += 3) {
        int d = draws.get(i);
        se.qms.core.improvement.CaseRecord.Builder r =
            se.qms.core.improvement.CaseRecord.builder()
                .type(deviations
                    ? se.qms.core.improvement.CaseType.DEVIATION
                    : se.qms.core.improvement.CaseType.COMPLAINT);
        if (d % 2 == 0) {
          int year = 2015 + d % 5;
          Period[] periods = {
            Period.year(year), Period.tertial(year, 1 + d % 3), Period.quarter(year, 1 + d % 4),
            Period.halfYear(year, 1 + d % 2), Period.month(year, 1 + d % 12)
          };
          r.period(periods[(d / 2) % periods.length]);
        }
        if (d % 3 == 0) {
          r.organisation("2" + (d % 1000));
        }
        if (d % 5 == 0) {
          r.unit("Enhet \"" + d % 7 + "\" åäö");
        }
        if (d % 7 < 3) {
          r.ledToDocumentedAction(d % 7 == 0);
        }
        if (deviations) {
          if (d % 4 != 1) {
            r.category(causes.categories().get(d % causes.categories().size()));
          }
        } else {
          if (d % 4 != 1) {
            r.subject(subjects.categories().get(d % subjects.categories().size()));
          }
          if (d % 3 != 2) {
            r.kind(se.qms.core.improvement.ComplaintKind.values()[d % 4]);
          }
          if (d % 11 < 7) {
            r.source(se.qms.core.improvement.ComplaintSource.values()[
                d % se.qms.core.improvement.ComplaintSource.values().length]);
          }
        }
        lines.add(se.qms.core.improvement.CaseRecordSet.Line.of(r.build(), d % 1000));
      }
      out.add(
          se.qms.core.improvement.CaseRecordSet.of(
              "tabell-" + s,
              (deviations ? "Avvikelser " : "Klagomål ") + s,
              s == 1 ? java.util.Optional.empty() : java.util.Optional.of("Kvalitetsberättelse, Tabell " + (s + 10)),
              lines));
    }
    return out;
  }
}
