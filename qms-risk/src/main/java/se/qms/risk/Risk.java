package se.qms.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.process.ProcessNumber;
import se.qms.risk.internal.Require;

/**
 * A risk (risk): an event that could cause a deficiency in quality, with where it lies, why it
 * was raised, what it could lead to, how it was assessed and which actions answer it (SOSFS
 * 2011:9 5 kap. 1 §).
 *
 * <p>Invariants: id non-blank (at most 100 characters), title non-blank (at most 500); unit id,
 * basis and consequences, when present, non-blank; action ids non-blank and unique; assessments
 * with a date are in chronological order (undated ones may stand anywhere; the last in the list
 * is the current one). The status agrees with the content ({@link
 * QmsErrorCode#RISK_STATUS_INCONSISTENT}): {@link RiskStatus#IDENTIFIED} has no assessment, {@link
 * RiskStatus#ASSESSED} at least one, {@link RiskStatus#TREATED} at least one assessment and one
 * action; {@link RiskStatus#CLOSED} anything. Unless set, the status follows from the content:
 * identified, assessed, or treated when an action is linked. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Risk {
  Risk() {}

  /** The risk's identifier, unique in its register, e.g. "R1". */
  public abstract String id();

  /** What could happen, e.g. "Brukare har inte en aktuell genomförandeplan". */
  public abstract String title();

  /** The process the risk threatens. */
  public abstract Optional<ProcessNumber> process();

  /** The id of the organisational unit the risk belongs to. */
  public abstract Optional<String> unitId();

  /** Why the risk was raised (grunden för riskanalysen), e.g. "Frekventa iakttagelser av risker". */
  public abstract Optional<String> basis();

  /** The negative consequences the event could have. */
  public abstract Optional<String> consequences();

  /** The day the risk was identified. */
  public abstract Optional<LocalDate> date();

  /** The ids of the actions (åtgärder) that answer the risk. */
  public abstract List<String> actionIds();

  /** The assessments, oldest first; the last is the current one. */
  public abstract List<RiskAssessment> assessments();

  /** Where the risk stands; by default derived from the assessments and actions. */
  @Value.Default
  public RiskStatus status() {
    if (assessments().isEmpty()) {
      return RiskStatus.IDENTIFIED;
    }
    return actionIds().isEmpty() ? RiskStatus.ASSESSED : RiskStatus.TREATED;
  }

  /** A strict builder; id and title are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds risks. */
  public static final class Builder extends ImmutableRisk.Builder {
    Builder() {}
  }

  /** Copy with another status. */
  public abstract Risk withStatus(RiskStatus status);

  /**
   * Copy with one more assessment, which becomes the current one; the status is kept unless it was
   * {@link RiskStatus#IDENTIFIED}, which becomes {@link RiskStatus#ASSESSED}.
   */
  public Risk plusAssessment(RiskAssessment assessment) {
    Require.present(assessment, "assessment");
    RiskStatus status = status() == RiskStatus.IDENTIFIED ? RiskStatus.ASSESSED : status();
    return copy(status).addAllActionIds(actionIds()).addAllAssessments(assessments())
        .addAssessments(assessment).build();
  }

  /** Copy with one more linked action; an assessed risk becomes {@link RiskStatus#TREATED}. */
  public Risk plusActionId(String actionId) {
    RiskStatus status = status() == RiskStatus.ASSESSED ? RiskStatus.TREATED : status();
    return copy(status).addAllActionIds(actionIds()).addActionIds(actionId)
        .addAllAssessments(assessments()).build();
  }

  /** A builder holding every attribute but the lists, with the given status. */
  private Builder copy(RiskStatus status) {
    Builder b = builder();
    b.id(id()).title(title()).process(process()).unitId(unitId()).basis(basis());
    b.consequences(consequences()).date(date()).status(status);
    return b;
  }

  /** Whether the risk is still followed (not {@link RiskStatus#CLOSED}). */
  public boolean isOpen() {
    return status() != RiskStatus.CLOSED;
  }

  /** The current assessment: the last one; empty when the risk was never assessed. */
  public Optional<RiskAssessment> currentAssessment() {
    List<RiskAssessment> all = assessments();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * The assessment that was current on a day: the last one not dated after it (an undated
   * assessment counts as known on every day).
   *
   * @param asOf not null
   */
  public Optional<RiskAssessment> currentAssessment(LocalDate asOf) {
    Require.present(asOf, "asOf");
    List<RiskAssessment> all = assessments();
    for (int i = all.size() - 1; i >= 0; i--) {
      Optional<LocalDate> date = all.get(i).date();
      if (date.isEmpty() || !date.get().isAfter(asOf)) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The date of the latest dated assessment on or before a day.
   *
   * @param asOf not null
   */
  public Optional<LocalDate> lastAssessedOn(LocalDate asOf) {
    Require.present(asOf, "asOf");
    List<RiskAssessment> all = assessments();
    for (int i = all.size() - 1; i >= 0; i--) {
      Optional<LocalDate> date = all.get(i).date();
      if (date.isPresent() && !date.get().isAfter(asOf)) {
        return date;
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    Require.text(id(), 100, "id");
    Require.text(title(), 500, "title");
    unitId().ifPresent(u -> Require.text(u, 200, "unitId"));
    basis().ifPresent(b -> Require.text(b, 500, "basis"));
    consequences().ifPresent(c -> Require.text(c, 5_000, "consequences"));
    for (int i = 0; i < actionIds().size(); i++) {
      Require.text(actionIds().get(i), 100, "actionIds[" + i + "]");
    }
    Require.unique(actionIds(), a -> a, "actionIds");
    checkChronology();
    checkStatus();
  }

  private void checkChronology() {
    LocalDate previous = null;
    for (int i = 0; i < assessments().size(); i++) {
      Optional<LocalDate> date = assessments().get(i).date();
      if (date.isEmpty()) {
        continue;
      }
      if (previous != null && date.get().isBefore(previous)) {
        throw InvalidValueException.violates(
            QmsErrorCode.INCONSISTENT_VALUE,
            "assessments[" + i + "].date",
            date.get(),
            "must not be before the previous assessment's date " + previous);
      }
      previous = date.get();
    }
  }

  private void checkStatus() {
    boolean assessed = !assessments().isEmpty();
    boolean inconsistent;
    switch (status()) {
      case IDENTIFIED:
        inconsistent = assessed;
        break;
      case ASSESSED:
        inconsistent = !assessed;
        break;
      case TREATED:
        inconsistent = !assessed || actionIds().isEmpty();
        break;
      default:
        inconsistent = false;
    }
    if (inconsistent) {
      throw InvalidValueException.violates(
          QmsErrorCode.RISK_STATUS_INCONSISTENT,
          "status",
          status(),
          "does not fit "
              + assessments().size()
              + " assessment(s) and "
              + actionIds().size()
              + " action(s)");
    }
  }
}
