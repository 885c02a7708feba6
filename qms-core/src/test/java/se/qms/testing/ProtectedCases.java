package se.qms.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.QualitySystemPart;
import se.qms.core.improvement.CaseEvent;
import se.qms.core.improvement.Category;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintCommand;
import se.qms.core.improvement.ComplaintCommandType;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.DeviationCommand;
import se.qms.core.improvement.DeviationCommandType;
import se.qms.core.improvement.DeviationOutcome;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahCommand;
import se.qms.core.lexsarah.LexSarahEvent;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.lexsarah.LexSarahRiskEstimate;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;
import se.qms.core.unexecuted.DelayReason;
import se.qms.core.unexecuted.ExecutionCommand;
import se.qms.core.unexecuted.ExecutionCommandType;
import se.qms.core.unexecuted.ExecutionEvent;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.InsatsCatalogue;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;

/**
 * Quality systems whose cases carry every free text and person reference a case can hold, some of
 * them flagged "skyddade personuppgifter", for the tests of the redaction. Every text and display
 * name of a case is unique to it and marked «…», so that one found in an output can only have
 * come from that case.
 */
public final class ProtectedCases {
  private ProtectedCases() {}

  /** Systems of 0–6 cases of each kind, reported 2019–2020, each flagged with probability 1/3. */
  public static Gen<QualitySystem> systems() {
    return lists()
        .of(integers().between(0, Integer.MAX_VALUE))
        .ofSizeBetween(1, 24)
        .map(ProtectedCases::system);
  }

  /** The system drawn from {@code seeds}: case {@code i} of each kind from seed {@code i}. */
  public static QualitySystem system(List<Integer> seeds) {
    List<Complaint> complaints = new ArrayList<>();
    List<Deviation> deviations = new ArrayList<>();
    List<LexSarahCase> lexSarah = new ArrayList<>();
    List<FavourableDecision> decisions = new ArrayList<>();
    for (int i = 0; i < seeds.size(); i++) {
      SplittableRandom r = new SplittableRandom(seeds.get(i));
      switch (i % 4) {
        case 0:
          complaints.add(complaint("K" + i, r));
          break;
        case 1:
          deviations.add(deviation("A" + i, r));
          break;
        case 2:
          lexSarah.add(lexSarahCase("LS" + i, r));
          break;
        default:
          decisions.add(decision("B" + i, r));
          break;
      }
    }
    return QualitySystem.builder()
        .name("Kommun")
        .organisation(
            Organisation.of(
                List.of(
                    OrganisationUnit.of("sn", "Socialnämnden", UnitKind.NAMND),
                    OrganisationUnit.of("e0", "Hemtjänst", UnitKind.ENHET, "sn"),
                    OrganisationUnit.of("e1", "Särskilt boende", UnitKind.ENHET, "sn"),
                    OrganisationUnit.of("e2", "Myndighet", UnitKind.ENHET, "sn"))))
        .addAllComplaints(complaints)
        .addAllDeviations(deviations)
        .addAllParts(parts(decisions, lexSarah))
        .build();
  }

  /** The registers that hold cases, in the order a quality-system document is read in. */
  private static List<QualitySystemPart> parts(
      List<FavourableDecision> decisions, List<LexSarahCase> lexSarah) {
    List<QualitySystemPart> parts = new ArrayList<>();
    if (!decisions.isEmpty()) {
      parts.add(UnexecutedDecisionRegister.of(decisions, List.of()));
    }
    if (!lexSarah.isEmpty()) {
      parts.add(LexSarahRegister.of(lexSarah));
    }
    return parts;
  }

  /** A text of case {@code id} that no other case holds. */
  public static String text(String id, String field) {
    return "«" + id + " " + field + "»";
  }

  private static PersonRef person(String id, String role) {
    return PersonRef.of(id + "-" + role, text(id, role));
  }

  private static LocalDate day(SplittableRandom r) {
    return LocalDate.of(2019, 1, 1).plusDays(r.nextInt(700));
  }

  /** A complaint of case {@code id}, its flag drawn from {@code r}. */
  public static Complaint complaint(String id, SplittableRandom r) {
    Complaint c =
        Complaint.builder()
            .id(id)
            .kind(ComplaintKind.values()[r.nextInt(4)])
            .unitId("e" + r.nextInt(3))
            .summary(text(id, "summary"))
            .received(day(r))
            .protectedPersonalData(r.nextInt(3) == 0)
            .build();
    ComplaintCommandType[] types = ComplaintCommandType.values();
    LocalDate date = c.received();
    for (int step = r.nextInt(5); step > 0; step--) {
      ComplaintCommandType type = types[r.nextInt(types.length)];
      date = date.plusDays(r.nextInt(20));
      if (c.status().after(type).isPresent()) {
        c =
            c.apply(
                    ComplaintCommand.of(type, date)
                        .withActor(person(id, "actor" + step))
                        .withNote(text(id, "note" + step)))
                .next();
      }
    }
    return c;
  }

  /** A deviation of case {@code id}, its flag drawn from {@code r}. */
  public static Deviation deviation(String id, SplittableRandom r) {
    Deviation d =
        Deviation.reported(id, "e" + r.nextInt(3), day(r), text(id, "description"))
            .withProtectedPersonalData(r.nextInt(3) == 0);
    LocalDate date = d.reported();
    if (r.nextBoolean()) {
      date = date.plusDays(r.nextInt(10));
      d =
          d.apply(
                  DeviationCommand.startInvestigation(date, person(id, "investigator"))
                      .withNote(text(id, "note1")))
              .next();
      if (r.nextBoolean()) {
        date = date.plusDays(r.nextInt(10));
        d =
            d.apply(
                    DeviationCommand.builder()
                        .type(DeviationCommandType.COMPLETE_INVESTIGATION)
                        .date(date)
                        .outcome(DeviationOutcome.values()[r.nextInt(DeviationOutcome.values().length)])
                        .category(Category.of("kategori-" + r.nextInt(3), "Kategori"))
                        .findings(text(id, "findings"))
                        .actor(person(id, "actor2"))
                        .build())
                .next();
      }
    }
    return d;
  }

  /** A lex Sarah report of case {@code id}, its flag drawn from {@code r}. */
  public static LexSarahCase lexSarahCase(String id, SplittableRandom r) {
    LexSarahCase.Builder b =
        LexSarahCase.builder()
            .id(id)
            .committeeId("sn")
            .unitId("e" + r.nextInt(3))
            .reported(day(r))
            .reporterRole(Role.MEDARBETARE)
            .description(text(id, "description"))
            .immediateMeasures(text(id, "immediateMeasures"))
            .individualCount(2)
            .addIndividuals(person(id, "individual"))
            .addCategories(LexSarahCategory.values()[r.nextInt(LexSarahCategory.values().length)])
            .riskEstimate(LexSarahRiskEstimate.of(1 + r.nextInt(4), 1 + r.nextInt(4)))
            .protectedPersonalData(r.nextInt(3) == 0);
    LexSarahCase c = b.build();
    LocalDate date = c.reported();
    int steps = r.nextInt(7);
    for (int i = 1; i <= steps; i++) {
      date = date.plusDays(r.nextInt(9));
      LexSarahCommand command;
      switch (c.status()) {
        case REPORTED:
          command = LexSarahCommand.receive(date);
          break;
        case RECEIVED:
          command = LexSarahCommand.register(date);
          break;
        case REGISTERED:
          command = LexSarahCommand.startInvestigation(date);
          break;
        case INVESTIGATING:
          command = LexSarahCommand.assess(date, LexSarahAssessment.values()[r.nextInt(5)]);
          break;
        case ASSESSED:
          command =
              c.isSerious()
                  ? LexSarahCommand.notifyIvo(date, date).withDecidedBy(Role.NAMND)
                  : LexSarahCommand.close(date);
          break;
        case NOTIFIED:
          command = LexSarahCommand.close(date);
          break;
        default:
          return c;
      }
      c = c.apply(command.withActor(person(id, "actor" + i)).withNote(text(id, "note" + i))).next();
    }
    return c;
  }

  /** A favourable decision of case {@code id}, its flag drawn from {@code r}. */
  public static FavourableDecision decision(String id, SplittableRandom r) {
    List<se.qms.core.unexecuted.Insats> insatser = InsatsCatalogue.defaults().insatser();
    FavourableDecision d =
        FavourableDecision.builder()
            .id(id)
            .person(person(id, "person"))
            .insats(insatser.get(r.nextInt(insatser.size())))
            .decided(day(r).minusDays(200))
            .gender(Gender.values()[r.nextInt(2)])
            .delayReason(DelayReason.values()[r.nextInt(DelayReason.values().length)])
            .delayReasonText(text(id, "delayReasonText"))
            .protectedPersonalData(r.nextInt(3) == 0)
            .build();
    ExecutionCommandType[] types = ExecutionCommandType.values();
    LocalDate date = d.decided();
    for (int step = r.nextInt(5); step > 0; step--) {
      ExecutionCommandType type = types[r.nextInt(types.length)];
      date = date.plusDays(r.nextInt(120));
      if (d.status().after(type).isPresent()) {
        d = d.apply(ExecutionCommand.of(type, date).withNote(text(id, "note" + step))).next();
      }
    }
    return d;
  }

  /** {@code system} with every case's flag cleared. */
  public static QualitySystem withoutFlags(QualitySystem system) {
    return withAllFlags(system, false);
  }

  /** {@code system} with every case's flag set to {@code value}. */
  public static QualitySystem withAllFlags(QualitySystem system, boolean value) {
    List<QualitySystemPart> parts = new ArrayList<>();
    for (QualitySystemPart p : system.parts()) {
      if (p instanceof LexSarahRegister) {
        List<LexSarahCase> cases = new ArrayList<>();
        ((LexSarahRegister) p).cases().forEach(c -> cases.add(c.withProtectedPersonalData(value)));
        parts.add(LexSarahRegister.of(cases));
      } else if (p instanceof UnexecutedDecisionRegister) {
        UnexecutedDecisionRegister u = (UnexecutedDecisionRegister) p;
        List<FavourableDecision> decisions = new ArrayList<>();
        u.decisions().forEach(d -> decisions.add(d.withProtectedPersonalData(value)));
        parts.add(UnexecutedDecisionRegister.of(decisions, u.reports()));
      } else {
        parts.add(p);
      }
    }
    List<Complaint> complaints = new ArrayList<>();
    system.complaints().forEach(c -> complaints.add(c.withProtectedPersonalData(value)));
    List<Deviation> deviations = new ArrayList<>();
    system.deviations().forEach(d -> deviations.add(d.withProtectedPersonalData(value)));
    return system.withComplaints(complaints).withDeviations(deviations).withParts(parts);
  }

  /**
   * Every free text and display name the flagged cases of {@code system} hold: what no export of
   * it may contain.
   */
  public static Set<String> secrets(QualitySystem system) {
    Set<String> out = new LinkedHashSet<>();
    for (Complaint c : system.complaints()) {
      if (c.protectedPersonalData()) {
        c.summary().ifPresent(out::add);
        events(c.history(), out);
      }
    }
    for (Deviation d : system.deviations()) {
      if (d.protectedPersonalData()) {
        out.add(d.description());
        d.findings().ifPresent(out::add);
        d.investigator().ifPresent(p -> out.add(p.displayName()));
        events(d.history(), out);
      }
    }
    for (LexSarahCase c : system.part(LexSarahRegister.class).map(LexSarahRegister::cases).orElse(List.of())) {
      if (c.protectedPersonalData()) {
        c.description().ifPresent(out::add);
        c.immediateMeasures().ifPresent(out::add);
        c.individuals().forEach(p -> out.add(p.displayName()));
        for (LexSarahEvent e : c.history()) {
          e.actor().ifPresent(p -> out.add(p.displayName()));
          e.note().ifPresent(out::add);
        }
      }
    }
    for (FavourableDecision d :
        system.part(UnexecutedDecisionRegister.class).map(UnexecutedDecisionRegister::decisions).orElse(List.of())) {
      if (d.protectedPersonalData()) {
        d.person().ifPresent(p -> out.add(p.displayName()));
        d.delayReasonText().ifPresent(out::add);
        for (ExecutionEvent e : d.history()) {
          e.note().ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static void events(List<? extends CaseEvent<?, ?>> history, Set<String> out) {
    for (CaseEvent<?, ?> e : history) {
      e.actor().ifPresent(p -> out.add(p.displayName()));
      e.note().ifPresent(out::add);
    }
  }

  /** The secrets of {@code secrets} that occur in {@code text}; empty when none leaks. */
  public static List<String> leaks(Set<String> secrets, String text) {
    List<String> out = new ArrayList<>();
    for (String s : secrets) {
      if (text.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
