package se.qms.core.unexecuted;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.RuleSetPart;
import se.qms.core.internal.Checks;

/**
 * A municipality's rules for decisions not carried out, as data in its rule set: the catalogue of
 * insatser, the limits after which a decision is reportable, when the quarterly report is due and
 * to whom, the legal references findings cite, and when a long wait earns a note on the sanction.
 *
 * <p>Defaults: both limits three calendar months (SoL 16 kap. 6 f §, LSS 28 f §: "inom tre månader
 * från dagen för beslutet" and after an interruption); the report due one month after the
 * quarter's last day and sent to IVO, the auditors and the council (seed 004 §6.4.5; the month is
 * a municipal routine, not a statutory date — configure it); reports required only for quarters
 * with reportable decisions; references "SoL 16 kap. 6 f §" and "LSS 28 f §" for the reports,
 * "SoL 16 kap. 6 a §" and "LSS 28 a §" for the särskild avgift of 10 000–1 000 000 kr (seed 004
 * §6.4.5); the note on the sanction after six months of waiting (a municipal default: the law
 * names no such threshold).
 *
 * <p>Invariants: limits 1–24 months; report due 0–12 months after the quarter; sanction note after
 * 1–1200 months; references non-blank, at most 200 characters; 0 ≤ minimum fee
 * ≤ maximum fee ({@link QmsErrorCode#INCONSISTENT_VALUE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnexecutedDecisionPolicy implements RuleSetPart {
  UnexecutedDecisionPolicy() {}

  /** The kinds of insats decided on. */
  @Value.Default
  public InsatsCatalogue catalogue() {
    return InsatsCatalogue.defaults();
  }

  /** Months from the day of decision within which it must be executed; default 3. */
  @Value.Default
  public int executionLimitMonths() {
    return 3;
  }

  /** Months from an interruption within which execution must resume; default 3. */
  @Value.Default
  public int resumptionLimitMonths() {
    return 3;
  }

  /** Whole months after a quarter within which its report is due; default 1 (by the next month's end). */
  @Value.Default
  public int reportDueMonths() {
    return 1;
  }

  /** Whether each quarterly report must go to IVO; default true. */
  @Value.Default
  public boolean reportsToIvo() {
    return true;
  }

  /** Whether each quarterly report must go to the municipal auditors; default true. */
  @Value.Default
  public boolean reportsToAuditors() {
    return true;
  }

  /** Whether each quarterly report must go to the council; default true. */
  @Value.Default
  public boolean reportsToCouncil() {
    return true;
  }

  /** Who must receive each quarterly report, in the order of {@link Recipient}. */
  public List<Recipient> recipients() {
    List<Recipient> out = new ArrayList<>();
    for (Recipient r : Recipient.values()) {
      if (receives(r)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /** Whether {@code recipient} must receive each quarterly report. */
  public boolean receives(Recipient recipient) {
    switch (Checks.present(recipient, "recipient")) {
      case IVO:
        return reportsToIvo();
      case AUDITORS:
        return reportsToAuditors();
      default:
        return reportsToCouncil();
    }
  }

  /**
   * Whether a report is due for a quarter with nothing to report (a nollrapport); default false.
   */
  @Value.Default
  public boolean reportWhenNone() {
    return false;
  }

  /** The provision on reporting SoL decisions; default "SoL 16 kap. 6 f §". */
  @Value.Default
  public String solReportingReference() {
    return "SoL 16 kap. 6 f §";
  }

  /** The provision on reporting LSS decisions; default "LSS 28 f §". */
  @Value.Default
  public String lssReportingReference() {
    return "LSS 28 f §";
  }

  /** The provision on the särskild avgift for SoL decisions; default "SoL 16 kap. 6 a §". */
  @Value.Default
  public String solSanctionReference() {
    return "SoL 16 kap. 6 a §";
  }

  /** The provision on the särskild avgift for LSS decisions; default "LSS 28 a §". */
  @Value.Default
  public String lssSanctionReference() {
    return "LSS 28 a §";
  }

  /** The smallest särskild avgift in kronor; default 10 000. */
  @Value.Default
  public long sanctionMinimumKronor() {
    return 10_000;
  }

  /** The largest särskild avgift in kronor; default 1 000 000. */
  @Value.Default
  public long sanctionMaximumKronor() {
    return 1_000_000;
  }

  /** Months of waiting after which a reportable decision gets a note on the sanction; default 6. */
  @Value.Default
  public int sanctionNoteAfterMonths() {
    return 6;
  }

  /** The policy with every default. */
  public static UnexecutedDecisionPolicy defaults() {
    return builder().build();
  }

  /** A strict builder; every attribute has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds policies. */
  public static final class Builder extends ImmutableUnexecutedDecisionPolicy.Builder {
    Builder() {}
  }

  /** The limit in months for a kind of waiting. */
  public int limitMonths(WaitingKind kind) {
    return Checks.present(kind, "kind") == WaitingKind.EXECUTION
        ? executionLimitMonths()
        : resumptionLimitMonths();
  }

  /** The provision on reporting decisions under {@code law}. */
  public String reportingReference(Law law) {
    return Checks.present(law, "law") == Law.SOL ? solReportingReference() : lssReportingReference();
  }

  /** The provision on the särskild avgift for decisions under {@code law}. */
  public String sanctionReference(Law law) {
    return Checks.present(law, "law") == Law.SOL ? solSanctionReference() : lssSanctionReference();
  }

  @Value.Check
  final void check() {
    Checks.inRange(executionLimitMonths(), 1, 24, "executionLimitMonths");
    Checks.inRange(resumptionLimitMonths(), 1, 24, "resumptionLimitMonths");
    Checks.inRange(reportDueMonths(), 0, 12, "reportDueMonths");
    Checks.inRange(sanctionNoteAfterMonths(), 1, 1200, "sanctionNoteAfterMonths");
    Checks.text(solReportingReference(), 200, "solReportingReference");
    Checks.text(lssReportingReference(), 200, "lssReportingReference");
    Checks.text(solSanctionReference(), 200, "solSanctionReference");
    Checks.text(lssSanctionReference(), 200, "lssSanctionReference");
    if (sanctionMinimumKronor() < 0) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.VALUE_OUT_OF_RANGE,
          "sanctionMinimumKronor",
          sanctionMinimumKronor(),
          0,
          Long.MAX_VALUE);
    }
    if (sanctionMaximumKronor() < sanctionMinimumKronor()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "sanctionMaximumKronor",
          sanctionMaximumKronor(),
          "must not be below sanctionMinimumKronor " + sanctionMinimumKronor());
    }
  }
}
