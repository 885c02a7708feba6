package se.qms.core.improvement;

import java.time.LocalDate;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;

/** Cases in any status and a valid command of every type, for the lifecycle tests. */
final class Cases {
  static final LocalDate START = LocalDate.of(2019, 3, 1);
  static final PersonRef MANAGER = PersonRef.of("p-12", "Enhetschef Hemtjänst Norr");
  static final Category ROUTINES =
      TaxonomyPreset.DEVIATION_CAUSES.taxonomy().require("procedur-rutiner-riktlinjer");

  private Cases() {}

  static Complaint complaint(ComplaintStatus status) {
    Complaint.Builder b =
        Complaint.builder().id("K-1").kind(ComplaintKind.COMPLAINT).received(START).status(status);
    if (status == ComplaintStatus.ANSWERED || status == ComplaintStatus.CLOSED) {
      b.answered(START.plusDays(5));
    }
    if (status == ComplaintStatus.CLOSED) {
      b.closed(START.plusDays(6));
    }
    return b.build();
  }

  static ComplaintCommand complaintCommand(ComplaintCommandType type, LocalDate date) {
    return type == ComplaintCommandType.CLOSE
        ? ComplaintCommand.close(date, Satisfaction.SATISFIED)
        : ComplaintCommand.of(type, date);
  }

  static Deviation deviation(DeviationStatus status) {
    Deviation.Builder b =
        Deviation.builder()
            .id("A-1")
            .unitId("hemtjanst-norr")
            .reported(START)
            .description("Felplanering: medarbetare utan delegering planerad på insats")
            .status(status);
    if (status == DeviationStatus.INVESTIGATED || status == DeviationStatus.CLOSED) {
      b.outcome(DeviationOutcome.ACTION_NEEDED);
    }
    return b.build();
  }

  static DeviationCommand deviationCommand(DeviationCommandType type, LocalDate date, int n) {
    switch (type) {
      case START_INVESTIGATION:
        return DeviationCommand.startInvestigation(date, MANAGER);
      case COMPLETE_INVESTIGATION:
        return DeviationCommand.completeInvestigation(
            date, DeviationOutcome.ACTION_NEEDED, ROUTINES);
      case LINK_ACTION:
        return DeviationCommand.linkAction(date, "ATG-" + n);
      case CLOSE:
        return DeviationCommand.close(date);
      default:
        return DeviationCommand.reopen(date);
    }
  }

  static ImprovementAction action(ActionStatus status) {
    ImprovementAction.Builder b =
        ImprovementAction.builder()
            .id("ATG-1")
            .title("Uppdatera rutinen för kontanthantering")
            .origin(ActionOrigin.LEX_SARAH)
            .purpose(ActionPurpose.PREVENTIVE)
            .responsibleRole(Role.ENHETSCHEF)
            .registered(START)
            .due(START.plusMonths(3))
            .status(status);
    if (status == ActionStatus.COMPLETED) {
      b.completed(START.plusDays(10));
    }
    return b.build();
  }

  static ActionCommand actionCommand(ActionCommandType type, LocalDate date) {
    switch (type) {
      case RESCHEDULE:
        return ActionCommand.reschedule(date, date.plusMonths(2));
      case EVALUATE:
        return ActionCommand.evaluate(EffectEvaluation.of(date, Effect.ACHIEVED));
      default:
        return ActionCommand.of(type, date);
    }
  }
}
