package se.qms.examples.generate;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.improvement.ActionCommand;
import se.qms.core.improvement.ActionOrigin;
import se.qms.core.improvement.ActionPurpose;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintStatus;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.Effect;
import se.qms.core.improvement.EffectEvaluation;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.improvement.YearlyCompilation;
import se.qms.core.measure.Direction;
import se.qms.core.measure.Indicator;
import se.qms.core.measure.LightPolicy;
import se.qms.core.measure.MeasureData;
import se.qms.core.measure.MeasureUnit;
import se.qms.core.measure.Observation;
import se.qms.core.measure.Period;
import se.qms.core.measure.Target;
import se.qms.core.measure.Tolerance;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessIndexAssessment;
import se.qms.core.process.ProcessIndexTarget;
import se.qms.core.process.ProcessMap;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;
import se.qms.core.selfinspection.Answer;
import se.qms.core.selfinspection.AnswerType;
import se.qms.core.selfinspection.ChecklistItem;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.selfinspection.FollowUpMethod;
import se.qms.core.selfinspection.FollowUpPlanItem;
import se.qms.core.selfinspection.FollowUpResult;
import se.qms.core.selfinspection.QualityArea;
import se.qms.core.selfinspection.Schedule;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahCommand;
import se.qms.core.lexsarah.LexSarahReferral;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.unexecuted.ExecutionCommand;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.Insats;
import se.qms.core.unexecuted.InsatsCatalogue;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.risk.Rating;
import se.qms.risk.Risk;
import se.qms.risk.RiskAssessment;
import se.qms.risk.RiskRegister;

/**
 * A seeded synthetic national data set: one quality system per municipality, each of a size drawn
 * uniformly in [0.3, 1.7] of a mean municipality (about 36 000 inhabitants: Sweden's population over
 * its 290 municipalities), so that 290 municipalities hold about one million records. The same
 * seed gives equal systems. Dates lie in 2017–2019; evaluate as of 2019-12-31.
 *
 * <p>Where each shape and volume comes from (per municipality of mean size, three years):
 *
 * <ul>
 *   <li>Process map: three categories (ledning, huvud, stöd) of four areas with about eight
 *       processes each and a subprocess under every fourth — the four-level numbering and the
 *       ProcessIndex assessments of seed 000 (Örnsköldsvik 2016, processes 2.1.2.3.5 etc.); 90 %
 *       of processes have an owner, a quarter a ProcessIndex assessment and target.
 *   <li>Indicators: 45, yearly or by tertial, a quarter per unit — the goal tables of seed 001
 *       (Säffle 2019) and the Kolada series of seed 004 (Östersund 2020).
 *   <li>Deviations: 1 750 (about 580 a year) — seed 001 counts 501 deviation reports in 2019 for
 *       Säffle's whole social services (15 500 inhabitants, including HSL); seed 004's 24–47 a
 *       year cover one förvaltning of IFO only, so the larger figure sets the rate.
 *   <li>Complaints and comments: 350 (about 117 a year) — seed 004 counts 41–96 complaints a year
 *       2016–2019 for one förvaltning, seed 001 50 comments in 2019; 10 % still unanswered.
 *   <li>Lex Sarah reports: 180 (60 a year), 2 % serious and notified to IVO, 5 % found not to be
 *       a missförhållande, one in twenty registered or investigated late — seed 000 §4.3.2.1: 82, 85 and 108 reports in 2014–2016 for 56 000
 *       inhabitants (about 1.7 per 1 000 a year), 2 of 108 notified, 1 closed as not lex Sarah.
 *   <li>Favourable decisions not carried out within three months: 120 (40 a year), half SoL and
 *       half LSS, a fifth still not carried out on 2019-12-31 — seed 001 reports 53 in 2019 (32
 *       SoL, 21 LSS) for 15 500 inhabitants, seed 004 97 open on 2019-12-31 for IFO alone, with
 *       waits from three months to over a year.
 *   <li>Risks 40, completed checklists 250 of 5 templates, follow-up items 15, actions 450 — the
 *       risk analyses, egenkontroller and åtgärder of seed 000, at a municipality-wide scale.
 * </ul>
 *
 * <p>Immutable and thread-safe: {@link #generate} builds new systems on each call.
 */
public final class NationalDataSet {
  /** The number of Swedish municipalities. */
  public static final int MUNICIPALITIES = 290;
  /** The day the data set is meant to be evaluated on. */
  public static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

  private static final LocalDate START = LocalDate.of(2017, 1, 1);
  private static final int DAYS = 3 * 365;
  private static final int UNITS = 12;

  private final long seed;

  private NationalDataSet(long seed) {
    this.seed = seed;
  }

  /** A data set with this seed. */
  public static NationalDataSet seeded(long seed) {
    return new NationalDataSet(seed);
  }

  /**
   * Generates quality systems.
   *
   * @param municipalities how many, at least 1
   * @return the systems, in order; system {@code i} depends only on the seed and {@code i}
   */
  public List<QualitySystem> generate(int municipalities) {
    if (municipalities < 1) {
      throw new se.qms.core.QmsException(se.qms.core.QmsErrorCode.VALUE_OUT_OF_RANGE, "municipalities must be at least 1");
    }
    List<QualitySystem> out = new ArrayList<>(municipalities);
    for (int m = 0; m < municipalities; m++) {
      out.add(municipality(m, new SplittableRandom(seed * 1_000_003L + m)));
    }
    return out;
  }

  /**
   * Generates one municipality's system, equal to element {@code index} of {@link #generate(int)}.
   *
   * @param index at least 0
   */
  public QualitySystem municipality(int index) {
    if (index < 0) {
      throw new se.qms.core.QmsException(se.qms.core.QmsErrorCode.VALUE_OUT_OF_RANGE, "index must be at least 0");
    }
    return municipality(index, new SplittableRandom(seed * 1_000_003L + index));
  }

  /** The number of records of a system as the data set counts them. */
  public static long records(QualitySystem s) {
    return s.processMap().size()
        + s.indicators().size()
        + s.measureData().observations().size()
        + s.part(RiskRegister.class).map(r -> r.risks().size()).orElse(0)
        + s.part(LexSarahRegister.class).map(r -> r.cases().size()).orElse(0)
        + s.part(UnexecutedDecisionRegister.class).map(r -> r.decisions().size()).orElse(0)
        + s.checklistTemplates().size()
        + s.completedChecklists().size()
        + s.followUpPlanItems().size()
        + s.complaints().size()
        + s.deviations().size()
        + s.actions().size()
        + s.compilations().size();
  }

  private static QualitySystem municipality(int m, SplittableRandom r) {
    double size = 0.3 + 1.4 * r.nextDouble();
    String code = String.format("%04d", 114 + m * 7);
    List<OrganisationUnit> units = new ArrayList<>();
    units.add(OrganisationUnit.of("n", "Socialnämnden", UnitKind.NAMND));
    units.add(OrganisationUnit.of("f", "Socialförvaltningen", UnitKind.FORVALTNING, "n"));
    String[] unitIds = new String[UNITS];
    for (int u = 0; u < UNITS; u++) {
      unitIds[u] = "e" + u;
      units.add(OrganisationUnit.of(unitIds[u], "Enhet " + u, UnitKind.ENHET, "f"));
    }
    List<ProcessNode> nodes = processes(r, size);
    List<ProcessNumber> processes = new ArrayList<>();
    for (ProcessNode n : nodes) {
      if (n.kind() == ProcessNodeKind.PROCESS) {
        processes.add(n.number());
      }
    }
    List<Indicator> indicators = new ArrayList<>();
    List<Observation> observations = new ArrayList<>();
    int indicatorCount = scaled(45, size);
    for (int i = 0; i < indicatorCount; i++) {
      Indicator.Builder b =
          Indicator.builder()
              .id("m" + i)
              .title("Nyckeltal " + i)
              .unit(MeasureUnit.PERCENT)
              .direction(i % 5 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
      if (r.nextInt(10) > 0) {
        b.process(processes.get(r.nextInt(processes.size())));
      }
      indicators.add(b.build());
      boolean tertial = i % 3 == 0;
      boolean perUnit = i % 4 == 0;
      for (int y = 2017; y <= 2019; y++) {
        for (int t = 1; t <= (tertial ? 3 : 1); t++) {
          Period p = tertial ? Period.tertial(y, t) : Period.year(y);
          for (int u = 0; u < (perUnit ? 4 : 1); u++) {
            if (r.nextInt(20) == 0) {
              continue;
            }
            Observation.Builder o = Observation.builder().indicatorId("m" + i).period(p).total(40 + r.nextInt(600) / 10.0);
            if (perUnit) {
              o.unitId(unitIds[u]);
            }
            observations.add(o.build());
          }
        }
      }
    }
    List<Risk> risks = new ArrayList<>();
    for (int i = 0; i < scaled(40, size); i++) {
      Risk.Builder b =
          Risk.builder()
              .id("R" + i)
              .title("Risk " + i)
              .process(processes.get(r.nextInt(processes.size())))
              .date(day(r))
              .addAssessments(
                  RiskAssessment.of(
                      LocalDate.of(2018 + r.nextInt(2), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                      List.of(Rating.of(PersonRef.of("ec-" + r.nextInt(UNITS), "Enhetschef"), 1 + r.nextInt(4), 1 + r.nextInt(4)))));
      if (r.nextInt(3) > 0) {
        b.addActionIds("A" + r.nextInt(450));
      }
      risks.add(b.build());
    }
    List<ChecklistTemplate> templates = new ArrayList<>();
    for (int t = 0; t < 5; t++) {
      templates.add(
          ChecklistTemplate.builder()
              .id("ck" + t)
              .title("Checklista " + t)
              .addItems(item("a"), item("b"), item("c"))
              .build());
    }
    List<CompletedChecklist> completed = new ArrayList<>();
    for (int i = 0; i < scaled(250, size); i++) {
      completed.add(
          CompletedChecklist.builder()
              .id("c" + i)
              .templateId("ck" + r.nextInt(5))
              .unitId(unitIds[r.nextInt(UNITS)])
              .answeredBy(Role.ENHETSCHEF)
              .date(day(r))
              .addAnswers(answer("a", r), answer("b", r), answer("c", r))
              .build());
    }
    List<FollowUpPlanItem> plan = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      FollowUpPlanItem.Builder b =
          FollowUpPlanItem.builder()
              .id("u" + i)
              .title("Uppföljning " + i)
              .qualityArea(i % 2 == 0 ? QualityArea.TRYGGHET_OCH_SAKERHET : QualityArea.TILLGANGLIGHET)
              .purpose("Följa upp kvaliteten")
              .addMethods(i % 2 == 0 ? FollowUpMethod.CHECKLIST : FollowUpMethod.RECORD_REVIEW)
              .responsible(Role.ENHETSCHEF)
              .schedule(i % 2 == 0 ? Schedule.everyTertial() : Schedule.onDates(MonthDay.of(3, 1), MonthDay.of(9, 1)));
      for (LocalDate d : (i % 2 == 0 ? Schedule.everyTertial() : Schedule.onDates(MonthDay.of(3, 1), MonthDay.of(9, 1))).between(START, AS_OF)) {
        if (r.nextInt(8) > 0) {
          b.addResults(FollowUpResult.of(d, "Genomförd"));
        }
      }
      plan.add(b.build());
    }
    List<Complaint> complaints = new ArrayList<>();
    for (int i = 0; i < scaled(350, size); i++) {
      LocalDate received = day(r);
      Complaint.Builder b =
          Complaint.builder().id("K" + i).kind(ComplaintKind.values()[r.nextInt(4)]).received(received).unitId(unitIds[r.nextInt(UNITS)]);
      int answerDays = r.nextInt(25);
      if (received.plusDays(answerDays).isBefore(AS_OF) && r.nextInt(10) > 0) {
        b.status(ComplaintStatus.ANSWERED).answered(received.plusDays(answerDays));
      }
      complaints.add(b.build());
    }
    List<Deviation> deviations = new ArrayList<>();
    for (int i = 0; i < scaled(1_750, size); i++) {
      deviations.add(Deviation.reported("D" + i, unitIds[r.nextInt(UNITS)], day(r), "Avvikelse " + i));
    }
    List<ImprovementAction> actions = new ArrayList<>();
    for (int i = 0; i < scaled(450, size); i++) {
      LocalDate registered = day(r);
      String origin;
      ActionOrigin kind;
      switch (r.nextInt(4)) {
        case 0:
          origin = "m" + r.nextInt(indicatorCount);
          kind = ActionOrigin.PROCESS;
          break;
        case 1:
          origin = "c" + r.nextInt(Math.max(1, completed.size()));
          kind = ActionOrigin.SELF_INSPECTION;
          break;
        case 2:
          origin = "K" + r.nextInt(Math.max(1, complaints.size()));
          kind = ActionOrigin.COMPLAINT;
          break;
        default:
          origin = "D" + r.nextInt(Math.max(1, deviations.size()));
          kind = ActionOrigin.DEVIATION;
      }
      ImprovementAction.Builder b =
          ImprovementAction.builder()
              .id("A" + i)
              .title("Åtgärd " + i)
              .origin(kind)
              .originId(origin)
              .purpose(ActionPurpose.values()[r.nextInt(2)])
              .responsibleRole(Role.ENHETSCHEF)
              .registered(registered)
              .due(registered.plusDays(30 + r.nextInt(180)));
      int state = r.nextInt(4);
      if (state > 0) {
        LocalDate done = registered.plusDays(10 + r.nextInt(200));
        if (done.isBefore(AS_OF)) {
          b.status(ActionStatus.COMPLETED).completed(done);
          if (state > 1 && done.plusDays(30).isBefore(AS_OF)) {
            b.evaluation(EffectEvaluation.of(done.plusDays(30), Effect.values()[r.nextInt(3)]));
          }
        } else {
          b.status(ActionStatus.IN_PROGRESS);
        }
      }
      actions.add(b.build());
    }
    List<YearlyCompilation> compilations = new ArrayList<>();
    for (int y = 2017; y <= 2018; y++) {
      if (r.nextInt(10) > 0) {
        compilations.add(YearlyCompilation.of(y, LocalDate.of(y + 1, 2, 1 + r.nextInt(28))));
      }
    }
    return QualitySystem.builder()
        .name("Kommun " + code)
        .organisation(Organisation.of(units))
        .processMap(ProcessMap.of(nodes))
        .addAllIndicators(indicators)
        .measureData(MeasureData.of(observations, List.of()))
        .addParts(RiskRegister.of(risks))
        // in the order the document format writes the parts, so a system read back is equal
        .addParts(UnexecutedDecisionRegister.of(decisions(r, size), List.of()))
        .addParts(LexSarahRegister.of(lexSarah(r, size)))
        .addAllChecklistTemplates(templates)
        .addAllCompletedChecklists(completed)
        .addAllFollowUpPlanItems(plan)
        .addAllComplaints(complaints)
        .addAllDeviations(deviations)
        .addAllActions(actions)
        .addAllCompilations(compilations)
        .build();
  }

  /** 3 categories, 4 areas each, processes and a few sub-processes: about 120 nodes in all. */
  private static List<ProcessNode> processes(SplittableRandom r, double size) {
    List<ProcessNode> nodes = new ArrayList<>();
    ProcessCategory[] categories = {ProcessCategory.LEDNING, ProcessCategory.HUVUD, ProcessCategory.STOD};
    int perArea = Math.max(1, (int) Math.round(8 * size));
    for (int c = 1; c <= 3; c++) {
      ProcessNumber category = ProcessNumber.parse("2." + c);
      nodes.add(ProcessNode.category(category, categories[c - 1], categories[c - 1].swedish()));
      for (int a = 1; a <= 4; a++) {
        ProcessNumber area = ProcessNumber.parse(category + "." + a);
        nodes.add(ProcessNode.of(area, ProcessNodeKind.AREA, "Område " + c + "." + a));
        for (int p = 1; p <= perArea; p++) {
          ProcessNumber number = ProcessNumber.parse(area + "." + p);
          ProcessNode.Builder b = ProcessNode.builder().number(number).kind(ProcessNodeKind.PROCESS).title("Process " + number);
          if (r.nextInt(10) > 0) {
            b.owner(PersonRef.of("po-" + c + "-" + a + "-" + p, "Processägare"));
          }
          if (r.nextInt(4) == 0) {
            b.addProcessIndexAssessments(ProcessIndexAssessment.of(1 + r.nextInt(6), LocalDate.of(2018, 3, 1), PersonRef.of("kv-1", "Kvalitetsutvecklare")));
            b.processIndexTarget(ProcessIndexTarget.of(7, LocalDate.of(2019, 6, 30)));
          }
          nodes.add(b.build());
          if (p % 4 == 0) {
            ProcessNumber sub = ProcessNumber.parse(number + ".1");
            nodes.add(ProcessNode.builder().number(sub).kind(ProcessNodeKind.SUBPROCESS).title("Delprocess " + sub).build());
          }
        }
      }
    }
    return nodes;
  }

  /** Lex Sarah reports with their handling, walked through the lifecycle with real commands. */
  private static List<LexSarahCase> lexSarah(SplittableRandom r, double size) {
    List<LexSarahCase> cases = new ArrayList<>();
    LexSarahCategory[] categories = LexSarahCategory.values();
    for (int i = 0; i < scaled(180, size); i++) {
      LocalDate day = day(r);
      LexSarahCase c =
          LexSarahCase.builder()
              .id("LS" + i)
              .committeeId("n")
              .unitId("e" + r.nextInt(UNITS))
              .reported(day)
              .individualCount(1 + (r.nextInt(50) == 0 ? 1 : 0))
              .addCategories(categories[r.nextInt(categories.length)])
              .build();
      int roll = r.nextInt(100);
      // received within two days; registered the next day and the investigation started within
      // five, except one case in twenty late at each (seed 000 tells of one registered "drygt fem
      // veckor senare"); assessed after 10–60 days; notified within 14 days, closed within 30;
      // later steps not yet reached near the end of the period
      for (int step = 0; step < 5; step++) {
        boolean late = r.nextInt(20) == 0;
        int[] delay = {
          r.nextInt(3),
          late ? 2 + r.nextInt(40) : r.nextInt(2),
          late ? 8 + r.nextInt(30) : 1 + r.nextInt(5),
          10 + r.nextInt(50),
          1 + r.nextInt(roll < 7 ? 14 : 30)
        };
        day = day.plusDays(delay[step]);
        if (!day.isBefore(AS_OF)) {
          break;
        }
        switch (step) {
          case 0:
            c = c.apply(LexSarahCommand.receive(day)).next();
            break;
          case 1:
            c = c.apply(LexSarahCommand.register(day)).next();
            break;
          case 2:
            c = c.apply(LexSarahCommand.startInvestigation(day)).next();
            break;
          case 3:
            c =
                roll < 5
                    ? c.apply(LexSarahCommand.noImpropriety(day, LexSarahReferral.values()[r.nextInt(LexSarahReferral.values().length)])).next()
                    : c.apply(LexSarahCommand.assess(day, roll < 7 ? LexSarahAssessment.SERIOUS_IMPROPRIETY : roll < 50 ? LexSarahAssessment.IMPROPRIETY : LexSarahAssessment.RISK_OF_IMPROPRIETY)).next();
            break;
          default:
            if (roll >= 5 && roll < 7) {
              c = c.apply(LexSarahCommand.notifyIvo(day, day)).next();
            } else if (roll >= 5) {
              c = c.apply(LexSarahCommand.close(day)).next();
            }
        }
      }
      cases.add(c);
    }
    return cases;
  }

  /** Favourable decisions, most carried out late, some not at all by the end of the period. */
  private static List<FavourableDecision> decisions(SplittableRandom r, double size) {
    List<Insats> insatser = InsatsCatalogue.defaults().insatser();
    Gender[] genders = Gender.values();
    List<FavourableDecision> decisions = new ArrayList<>();
    for (int i = 0; i < scaled(120, size); i++) {
      LocalDate decided = day(r);
      FavourableDecision d =
          FavourableDecision.decided("B" + i, insatser.get(r.nextInt(insatser.size())), decided, genders[r.nextInt(genders.length)]);
      if (r.nextInt(5) > 0) {
        LocalDate executed = decided.plusDays(92 + r.nextInt(300));
        if (executed.isBefore(AS_OF)) {
          d = d.apply(ExecutionCommand.execute(executed)).next();
        }
      }
      decisions.add(d);
    }
    return decisions;
  }

  private static ChecklistItem item(String id) {
    return ChecklistItem.builder()
        .id(id)
        .question("Fråga " + id)
        .answerType(AnswerType.YES_NO_NA)
        .mandatory(true)
        .build();
  }

  /** The rule set the data set is meant for: an absolute target for every indicator it can have. */
  public static RuleSet ruleSet() {
    RuleSet.Builder b = RuleSet.builder().name("Nationell standard");
    for (int i = 0; i < 100; i++) {
      b.putLightPolicies("m" + i, LightPolicy.target(Target.absolute(50 + i % 20), Tolerance.points(5)));
    }
    return b.build();
  }

  private static Answer answer(String item, SplittableRandom r) {
    return r.nextInt(12) == 0 ? Answer.no(item) : Answer.yes(item);
  }

  private static LocalDate day(SplittableRandom r) {
    return START.plusDays(r.nextInt(DAYS));
  }

  private static int scaled(int mean, double size) {
    return Math.max(1, (int) Math.round(mean * size));
  }
}
