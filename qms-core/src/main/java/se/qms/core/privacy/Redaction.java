package se.qms.core.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.QualitySystemPart;
import se.qms.core.improvement.CaseCommandType;
import se.qms.core.improvement.CaseEvent;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.Deviation;
import se.qms.core.internal.Checks;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahEvent;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.organisation.PersonRef;
import se.qms.core.unexecuted.ExecutionEvent;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;

/**
 * The redaction every export and report of qms is made from: the cases flagged {@code
 * protectedPersonalData()} ("skyddade personuppgifter") without their free text and without the
 * names of the people they name.
 *
 * <p>A flagged case keeps its ids, dates, kinds, categories, units, statuses, roles, assessments,
 * counts and the shape of its history — everything a statistic, a compliance finding or a report
 * table is computed from — so the tables and findings of a redacted system are those of the
 * original. What it loses:
 *
 * <ul>
 *   <li>optional free text is emptied: a complaint's {@code summary}, a deviation's {@code
 *       findings}, a lex Sarah report's {@code description} and {@code immediateMeasures}, a
 *       decision's {@code delayReasonText}, and the {@code note} of every history event;
 *   <li>required free text — a deviation's {@code description} — reads {@link #PROTECTED_TEXT};
 *   <li>every {@link PersonRef} reachable from the case (a deviation's investigator, the individuals
 *       a lex Sarah report names, the person a decision concerns, the actor of every history event)
 *       keeps its pseudonymous id and has {@link #PROTECTED_TEXT} as its display name. The fixed
 *       text rather than the id: a reader of a report sees why no name is shown, and the id, which
 *       exports carry anyway, still tells people apart.
 * </ul>
 *
 * <p>A flagged case is rebuilt from the fields listed here, not copied: a field added to a case
 * type later stays out of exports until it is added here, so the redaction fails closed. Cases not
 * flagged, and everything in a system that is not a case, are returned as they are — the same
 * instances. Display names of the same people elsewhere (an unflagged case, the organisation) are
 * not touched: the flag is the case's.
 *
 * <p>Invariants: redaction is idempotent ({@code forExport(forExport(s)).equals(forExport(s))});
 * a system without flagged cases is returned itself; the result keeps every case in its place and
 * every id. Pure and thread-safe.
 */
public final class Redaction {
  /**
   * The text that stands in for a required free text and for a display name in a flagged case:
   * {@value}.
   */
  public static final String PROTECTED_TEXT = "Skyddade personuppgifter";

  private Redaction() {}

  /**
   * The copy of a quality system that exports and reports are made from: every case flagged
   * {@code protectedPersonalData()} redacted as the class describes, in its complaints, its
   * deviations, its {@link LexSarahRegister} and its {@link UnexecutedDecisionRegister}; every other
   * field and part unchanged.
   *
   * @param system not null
   * @return {@code system} itself when it holds no flagged case, else a redacted copy
   * @throws se.qms.core.MissingValueException for a null system
   */
  public static QualitySystem forExport(QualitySystem system) {
    Checks.present(system, "system");
    QualitySystem out = system;
    if (system.complaints().stream().anyMatch(Complaint::protectedPersonalData)) {
      out = out.withComplaints(map(system.complaints(), Redaction::redact));
    }
    if (system.deviations().stream().anyMatch(Deviation::protectedPersonalData)) {
      out = out.withDeviations(map(system.deviations(), Redaction::redact));
    }
    List<QualitySystemPart> parts = new ArrayList<>(system.parts());
    boolean changed = false;
    for (int i = 0; i < parts.size(); i++) {
      QualitySystemPart part = parts.get(i);
      QualitySystemPart redacted = part;
      if (part instanceof LexSarahRegister) {
        redacted = redact((LexSarahRegister) part);
      } else if (part instanceof UnexecutedDecisionRegister) {
        redacted = redact((UnexecutedDecisionRegister) part);
      }
      if (redacted != part) {
        parts.set(i, redacted);
        changed = true;
      }
    }
    return changed ? out.withParts(parts) : out;
  }

  /**
   * A complaint as exports show it: unchanged unless flagged; if flagged, without its summary and
   * its history's notes, its history's actors without display names.
   *
   * @param complaint not null
   */
  public static Complaint redact(Complaint complaint) {
    Checks.present(complaint, "complaint");
    if (!complaint.protectedPersonalData()) {
      return complaint;
    }
    return Complaint.builder()
        .id(complaint.id())
        .kind(complaint.kind())
        .source(complaint.source())
        .subject(complaint.subject())
        .unitId(complaint.unitId())
        .received(complaint.received())
        .acknowledged(complaint.acknowledged())
        .answered(complaint.answered())
        .closed(complaint.closed())
        .satisfaction(complaint.satisfaction())
        .delegationRequested(complaint.delegationRequested())
        .status(complaint.status())
        .addAllHistory(events(complaint.history()))
        .protectedPersonalData(true)
        .build();
  }

  /**
   * A deviation as exports show it: unchanged unless flagged; if flagged, its description {@link
   * #PROTECTED_TEXT}, without findings or history notes, its investigator and history actors
   * without display names.
   *
   * @param deviation not null
   */
  public static Deviation redact(Deviation deviation) {
    Checks.present(deviation, "deviation");
    if (!deviation.protectedPersonalData()) {
      return deviation;
    }
    return Deviation.builder()
        .id(deviation.id())
        .unitId(deviation.unitId())
        .occurred(deviation.occurred())
        .reported(deviation.reported())
        .description(PROTECTED_TEXT)
        .category(deviation.category())
        .investigator(deviation.investigator().map(Redaction::redact))
        .outcome(deviation.outcome())
        .addAllActionIds(deviation.actionIds())
        .status(deviation.status())
        .addAllHistory(events(deviation.history()))
        .protectedPersonalData(true)
        .build();
  }

  /**
   * A lex Sarah report as exports show it: unchanged unless flagged; if flagged, without its
   * description, immediate measures and history notes, the individuals it names and its history's
   * actors without display names. The reporter's role and who decided stay: they are roles, not
   * people.
   *
   * @param lexSarahCase not null
   */
  public static LexSarahCase redact(LexSarahCase lexSarahCase) {
    Checks.present(lexSarahCase, "lexSarahCase");
    if (!lexSarahCase.protectedPersonalData()) {
      return lexSarahCase;
    }
    List<LexSarahEvent> history = new ArrayList<>();
    for (LexSarahEvent e : lexSarahCase.history()) {
      history.add(
          LexSarahEvent.builder()
              .command(e.command())
              .from(e.from())
              .to(e.to())
              .date(e.date())
              .actor(e.actor().map(Redaction::redact))
              .assessment(e.assessment())
              .referral(e.referral())
              .decisionDate(e.decisionDate())
              .decidedBy(e.decidedBy())
              .build());
    }
    return LexSarahCase.builder()
        .id(lexSarahCase.id())
        .committeeId(lexSarahCase.committeeId())
        .unitId(lexSarahCase.unitId())
        .provider(lexSarahCase.provider())
        .reported(lexSarahCase.reported())
        .reporterRole(lexSarahCase.reporterRole())
        .individualCount(lexSarahCase.individualCount())
        .addAllIndividuals(map(lexSarahCase.individuals(), Redaction::redact))
        .addAllCategories(lexSarahCase.categories())
        .riskEstimate(lexSarahCase.riskEstimate())
        .status(lexSarahCase.status())
        .addAllHistory(history)
        .protectedPersonalData(true)
        .build();
  }

  /**
   * A favourable decision as exports show it: unchanged unless flagged; if flagged, without the
   * reason for the delay in words and without history notes, the person it concerns without a
   * display name. The coded reason for the delay stays.
   *
   * @param decision not null
   */
  public static FavourableDecision redact(FavourableDecision decision) {
    Checks.present(decision, "decision");
    if (!decision.protectedPersonalData()) {
      return decision;
    }
    List<ExecutionEvent> history = new ArrayList<>();
    for (ExecutionEvent e : decision.history()) {
      history.add(ExecutionEvent.of(e.command(), e.from(), e.to(), e.date()));
    }
    return FavourableDecision.builder()
        .id(decision.id())
        .person(decision.person().map(Redaction::redact))
        .insats(decision.insats())
        .decided(decision.decided())
        .gender(decision.gender())
        .delayReason(decision.delayReason())
        .status(decision.status())
        .addAllHistory(history)
        .protectedPersonalData(true)
        .build();
  }

  /**
   * A person as a flagged case shows them: the same pseudonymous id, {@link #PROTECTED_TEXT} as the
   * display name.
   *
   * @param person not null
   */
  public static PersonRef redact(PersonRef person) {
    Checks.present(person, "person");
    return person.displayName().equals(PROTECTED_TEXT)
        ? person
        : PersonRef.of(person.id(), PROTECTED_TEXT);
  }

  private static LexSarahRegister redact(LexSarahRegister register) {
    if (register.cases().stream().noneMatch(LexSarahCase::protectedPersonalData)) {
      return register;
    }
    return LexSarahRegister.of(map(register.cases(), Redaction::redact));
  }

  private static UnexecutedDecisionRegister redact(UnexecutedDecisionRegister register) {
    if (register.decisions().stream().noneMatch(FavourableDecision::protectedPersonalData)) {
      return register;
    }
    return UnexecutedDecisionRegister.of(
        map(register.decisions(), Redaction::redact), register.reports());
  }

  /** A history without notes, its actors without display names. */
  private static <S extends Enum<S>, C extends Enum<C> & CaseCommandType>
      List<CaseEvent<S, C>> events(List<CaseEvent<S, C>> history) {
    List<CaseEvent<S, C>> out = new ArrayList<>(history.size());
    for (CaseEvent<S, C> e : history) {
      out.add(
          CaseEvent.of(
              e.command(),
              e.from(),
              e.to(),
              e.date(),
              e.actor().map(Redaction::redact),
              Optional.empty()));
    }
    return out;
  }

  private static <T> List<T> map(List<T> items, java.util.function.UnaryOperator<T> f) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      out.add(f.apply(item));
    }
    return out;
  }
}
