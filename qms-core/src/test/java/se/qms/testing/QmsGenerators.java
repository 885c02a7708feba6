package se.qms.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.qms.core.improvement.CaseRecord;
import se.qms.core.improvement.CaseType;
import se.qms.core.improvement.Category;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintSource;
import se.qms.core.improvement.TaxonomyPreset;
import se.qms.core.measure.Period;
import se.qms.core.selfinspection.Schedule;
import se.qms.core.organisation.PersonRef;
import se.qms.core.process.ProcessCategory;
import se.qms.core.process.ProcessIndexAssessment;
import se.qms.core.process.ProcessNode;
import se.qms.core.process.ProcessNodeKind;
import se.qms.core.process.ProcessNumber;

/** Generators of qms values for property tests, shared by every module. */
public final class QmsGenerators {
  private QmsGenerators() {}

  private static final PersonRef ASSESSOR = PersonRef.of("p-1", "Kvalitetsutvecklare");

  /** Periods of every kind between 1990 and 2040. */
  public static Gen<se.qms.core.measure.Period> periods() {
    return Generate.enumValues(se.qms.core.measure.PeriodKind.class)
        .zip(
            integers().between(1990, 2040),
            integers().between(1, 12),
            (kind, year, n) -> se.qms.core.measure.Period.of(kind, year, 1 + (n - 1) % kind.perYear()));
  }

  /** Dates from {@code from} to {@code to}, both included. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    return longs()
        .between(from.toEpochDay(), to.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Dates from 1953 (the first year of the Swedish calendar) to 2100. */
  public static Gen<LocalDate> calendarDates() {
    return dates(LocalDate.of(1953, 1, 1), LocalDate.of(2100, 12, 31));
  }

  /**
   * Favourable decisions (ej verkställda beslut) of the default insats catalogue, decided in
   * 2017–2020, each carried through a random script of execution commands a few days to a few
   * months apart; commands the status forbids are skipped, so every history is valid.
   */
  public static Gen<se.qms.core.unexecuted.FavourableDecision> favourableDecisions() {
    return integers()
        .between(0, 1_000_000)
        .zip(
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 12),
            QmsGenerators::favourableDecision);
  }

  private static se.qms.core.unexecuted.FavourableDecision favourableDecision(
      int seed, List<Integer> script) {
    List<se.qms.core.unexecuted.Insats> insatser =
        se.qms.core.unexecuted.InsatsCatalogue.defaults().insatser();
    se.qms.core.unexecuted.FavourableDecision d =
        se.qms.core.unexecuted.FavourableDecision.decided(
            "B-" + seed,
            insatser.get(seed % insatser.size()),
            LocalDate.of(2017, 1, 1).plusDays(seed % 1461),
            se.qms.core.unexecuted.Gender.values()[seed % 2]);
    if (seed % 3 > 0) {
      d = d.withDelayReason(se.qms.core.unexecuted.DelayReason.values()[seed % 3]);
    }
    se.qms.core.unexecuted.ExecutionCommandType[] types =
        se.qms.core.unexecuted.ExecutionCommandType.values();
    LocalDate day = d.decided();
    for (int step : script) {
      se.qms.core.unexecuted.ExecutionCommandType type = types[step % types.length];
      if (type == se.qms.core.unexecuted.ExecutionCommandType.END && step % 5 != 0) {
        continue; // ending is rarer than the other commands
      }
      day = day.plusDays(step / types.length % 200);
      if (d.status().after(type).isPresent()) {
        d = d.apply(se.qms.core.unexecuted.ExecutionCommand.of(type, day)).next();
      }
    }
    return d;
  }

  /**
   * Records of deviations and complaints in up to three organisations and five units, with any
   * field unknown now and then, in months, tertials and years of 2018–2020.
   */
  public static Gen<CaseRecord> caseRecords() {
    return integers().between(0, Integer.MAX_VALUE).map(QmsGenerators::caseRecord);
  }

  private static CaseRecord caseRecord(int seed) {
    SplittableRandom r = new SplittableRandom(seed);
    boolean deviation = r.nextBoolean();
    CaseRecord.Builder b =
        CaseRecord.builder().type(deviation ? CaseType.DEVIATION : CaseType.COMPLAINT);
    if (r.nextInt(5) > 0) {
      b.organisation(new String[] {"2380", "2284", "1785"}[r.nextInt(3)]);
    }
    if (r.nextInt(5) > 0) {
      b.unit("enhet-" + r.nextInt(5));
    }
    if (r.nextInt(4) > 0) {
      int year = 2018 + r.nextInt(3);
      int shape = r.nextInt(3);
      b.period(
          shape == 0
              ? Period.month(year, 1 + r.nextInt(12))
              : shape == 1 ? Period.tertial(year, 1 + r.nextInt(3)) : Period.year(year));
    }
    if (deviation) {
      List<Category> causes = TaxonomyPreset.DEVIATION_CAUSES.taxonomy().categories();
      if (r.nextInt(5) > 0) {
        b.category(causes.get(r.nextInt(causes.size())));
      }
      if (r.nextInt(3) > 0) {
        b.ledToDocumentedAction(r.nextBoolean());
      }
    } else {
      List<Category> subjects = TaxonomyPreset.COMPLAINT_SUBJECTS.taxonomy().categories();
      if (r.nextInt(5) > 0) {
        b.subject(subjects.get(r.nextInt(subjects.size())));
      }
      b.kind(ComplaintKind.values()[r.nextInt(4)]);
      if (r.nextInt(2) > 0) {
        b.source(ComplaintSource.values()[r.nextInt(7)]);
      }
    }
    return b.build();
  }

  /** Process numbers of depth 1–8 with segments 1–30 (and occasionally up to the maximum). */
  public static Gen<ProcessNumber> processNumbers() {
    Gen<Integer> segment =
        Generate.frequency(
            org.quicktheories.api.Pair.of(9, integers().between(1, 30)),
            org.quicktheories.api.Pair.of(1, integers().between(1, ProcessNumber.MAX_SEGMENT)));
    return lists()
        .of(segment)
        .ofSizeBetween(1, 8)
        .map(l -> ProcessNumber.of(l.stream().mapToInt(Integer::intValue).toArray()));
  }

  /**
   * Process maps under chapter 2: one to three categories, each a random tree of purpose groups,
   * areas, processes and sub-processes; some processes carry ProcessIndex assessments.
   */
  public static Gen<List<ProcessNode>> processTrees() {
    return lists()
        .of(integers().between(0, 1_000_000))
        .ofSizeBetween(1, 40)
        .map(QmsGenerators::treeFromShape);
  }

  private static List<ProcessNode> treeFromShape(List<Integer> shape) {
    List<ProcessNode> nodes = new ArrayList<>();
    int categories = 1 + shape.get(0) % 3;
    int[] cursor = {1};
    for (int c = 1; c <= categories; c++) {
      ProcessNumber number = ProcessNumber.of(2, c);
      nodes.add(
          ProcessNode.category(number, ProcessCategory.values()[c - 1], "Kategori " + number));
      grow(number, ProcessNodeKind.CATEGORY, shape, cursor, nodes);
    }
    return nodes;
  }

  private static void grow(
      ProcessNumber parent,
      ProcessNodeKind parentKind,
      List<Integer> shape,
      int[] cursor,
      List<ProcessNode> nodes) {
    if (cursor[0] >= shape.size() || parent.depth() >= 7) {
      return;
    }
    int draw = shape.get(cursor[0]++);
    int children = draw % 4;
    ProcessNodeKind childKind =
        parentKind == ProcessNodeKind.SUBPROCESS
            ? ProcessNodeKind.SUBPROCESS
            : ProcessNodeKind.values()[parentKind.ordinal() + 1];
    for (int i = 1; i <= children; i++) {
      ProcessNumber number = parent.child(i);
      ProcessNode.Builder b =
          ProcessNode.builder().number(number).kind(childKind).title("Nod " + number);
      if (childKind.isProcess() && (draw / 4) % 3 != 0) {
        int level = 1 + (draw / 12 + i) % 10;
        b.addProcessIndexAssessments(
            ProcessIndexAssessment.of(level, LocalDate.of(2016, 1 + i % 12, 1), ASSESSOR));
      }
      nodes.add(b.build());
      grow(number, childKind, shape, cursor, nodes);
    }
  }

  /**
   * Schedules mixing every rule: up to three fixed dates (never February 29), up to three months,
   * up to two named tertials and each of the four periodic flags.
   */
  public static Gen<Schedule> schedules() {
    Gen<java.time.MonthDay> day =
        integers().between(1, 12).zip(integers().between(1, 31), (m, d) -> {
          java.time.MonthDay md = java.time.MonthDay.of(m, Math.min(d, java.time.Month.of(m).minLength()));
          return md.equals(java.time.MonthDay.of(2, 29)) ? java.time.MonthDay.of(2, 28) : md;
        });
    Gen<List<java.time.MonthDay>> days = lists().of(day).ofSizeBetween(0, 3);
    Gen<List<Integer>> months = lists().of(integers().between(1, 12)).ofSizeBetween(0, 3);
    Gen<List<Integer>> tertials = lists().of(integers().between(1, 3)).ofSizeBetween(0, 2);
    Gen<Integer> flags = integers().between(0, 15);
    return days.zip(months, tertials, flags, (d, m, t, f) -> {
      Schedule.Builder b = Schedule.builder().addAllDates(d).addAllTertials(t);
      m.forEach(x -> b.addMonths(java.time.Month.of(x)));
      b.eachTertial((f & 1) != 0).eachQuarter((f & 2) != 0).monthly((f & 4) != 0);
      boolean none = d.isEmpty() && m.isEmpty() && t.isEmpty() && (f & 7) == 0;
      b.yearEnd((f & 8) != 0 || none);
      return b.build();
    });
  }
  /**
   * Lex Sarah cases reported 2014–2020 to the committee {@code sn}, in units {@code e1}–{@code e3}
   * or none, with every optional field present now and then, walked through their lifecycle to a
   * random status with real commands (serious cases notified before they are closed).
   */
  public static Gen<se.qms.core.lexsarah.LexSarahCase> lexSarahCases() {
    return integers()
        .between(0, Integer.MAX_VALUE)
        .map(seed -> lexSarahCase(seed, "LS-" + Integer.toHexString(seed), "sn", List.of("e1", "e2", "e3")));
  }

  /**
   * One lex Sarah case drawn from {@code seed}.
   *
   * @param id the case id
   * @param committeeId the nämnd responsible
   * @param unitIds the units the case may name; may be empty
   */
  public static se.qms.core.lexsarah.LexSarahCase lexSarahCase(
      int seed, String id, String committeeId, List<String> unitIds) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate reported = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(7 * 365));
    se.qms.core.lexsarah.LexSarahCase.Builder b =
        se.qms.core.lexsarah.LexSarahCase.builder().id(id).committeeId(committeeId).reported(reported);
    if (!unitIds.isEmpty() && r.nextInt(4) > 0) {
      b.unitId(unitIds.get(r.nextInt(unitIds.size())));
    }
    if (r.nextInt(8) == 0) {
      b.provider(se.qms.core.lexsarah.ProviderKind.PRIVATE);
    }
    if (r.nextInt(2) == 0) {
      b.reporterRole(
          r.nextBoolean() ? se.qms.core.organisation.Role.MEDARBETARE : se.qms.core.organisation.Role.custom("praktikant"));
    }
    if (r.nextInt(3) == 0) {
      b.description("Rapport \"" + Integer.toHexString(seed) + "\" om brister\noch radbrytning, å ä ö");
    }
    if (r.nextInt(3) > 0) {
      int count = 1 + r.nextInt(r.nextInt(5) == 0 ? 4 : 1);
      b.individualCount(count);
      int named = r.nextInt(count + 1);
      for (int i = 0; i < named; i++) {
        b.addIndividuals(PersonRef.of("brukare-" + seed % 1000 + "-" + i, "Brukare " + (i + 1)));
      }
    }
    se.qms.core.lexsarah.LexSarahCategory[] all = se.qms.core.lexsarah.LexSarahCategory.values();
    int first = r.nextInt(all.length);
    int categories = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(r.nextInt(4) == 0 ? 3 : 1);
    for (int i = 0; i < categories; i++) {
      b.addCategories(all[(first + i * 3) % all.length]);
    }
    if (r.nextInt(3) == 0) {
      b.immediateMeasures("Personal förstärkt samma dag");
    }
    if (r.nextInt(2) == 0) {
      b.riskEstimate(se.qms.core.lexsarah.LexSarahRiskEstimate.of(1 + r.nextInt(4), 1 + r.nextInt(4)));
    }
    se.qms.core.lexsarah.LexSarahCase c = b.build();
    int steps = r.nextInt(8);
    LocalDate day = reported;
    for (int i = 0; i < steps; i++) {
      day = day.plusDays(r.nextInt(r.nextInt(4) == 0 ? 60 : 8));
      se.qms.core.lexsarah.LexSarahStatus s = c.status();
      se.qms.core.lexsarah.LexSarahCommand command;
      switch (s) {
        case REPORTED:
          command = se.qms.core.lexsarah.LexSarahCommand.receive(day);
          break;
        case RECEIVED:
          command = se.qms.core.lexsarah.LexSarahCommand.register(day);
          break;
        case REGISTERED:
          command = se.qms.core.lexsarah.LexSarahCommand.startInvestigation(day);
          break;
        case INVESTIGATING:
          se.qms.core.lexsarah.LexSarahAssessment a =
              se.qms.core.lexsarah.LexSarahAssessment.values()[r.nextInt(5)];
          command =
              a == se.qms.core.lexsarah.LexSarahAssessment.NO_IMPROPRIETY && r.nextBoolean()
                  ? se.qms.core.lexsarah.LexSarahCommand.noImpropriety(
                      day, se.qms.core.lexsarah.LexSarahReferral.values()[r.nextInt(3)])
                  : se.qms.core.lexsarah.LexSarahCommand.assess(day, a);
          break;
        case ASSESSED:
          LocalDate assessed = c.history().get(c.history().size() - 1).date();
          LocalDate decided = day.minusDays(r.nextInt(3));
          command =
              c.isSerious()
                  ? se.qms.core.lexsarah.LexSarahCommand.notifyIvo(
                          day, decided.isBefore(assessed) ? assessed : decided)
                      .withDecidedBy(se.qms.core.organisation.Role.NAMND)
                  : se.qms.core.lexsarah.LexSarahCommand.close(day);
          break;
        case NOTIFIED:
          command = se.qms.core.lexsarah.LexSarahCommand.close(day);
          break;
        default:
          return c;
      }
      if (r.nextInt(4) == 0) {
        command = command.withActor(PersonRef.of("ec-" + r.nextInt(9), "Enhetschef " + r.nextInt(9)));
      }
      if (r.nextInt(5) == 0) {
        command = command.withNote("Anteckning " + i);
      }
      c = c.apply(command).next();
    }
    return c;
  }
}
