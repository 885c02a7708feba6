package se.qms.core.report;

/**
 * Where a development need comes from, in the order needs are ranked when their weights tie: the
 * more a kind threatens the users' safety, the earlier.
 */
public enum NeedKind {
  /** A risk in the top band (Kritisk, SOSFS 2011:9 5 kap. 1 §). */
  CRITICAL_RISK("Kritisk risk", "Critical risk"),
  /** A legal or internal time limit passed (complaint answers, lex Sarah steps, actions). */
  OVERDUE("Försenat", "Overdue"),
  /** A measure whose light is red (Inte uppnått). */
  RED_LIGHT("Rött mått", "Red measure"),
  /** A failed egenkontroll checklist (Ej godkänd, 5 kap. 2 §). */
  FAILED_CHECKLIST("Ej godkänd egenkontroll", "Failed self-inspection"),
  /** A process below its SIQ ProcessIndex target. */
  PROCESS_INDEX_GAP("Under målnivå i ProcessIndex", "Below ProcessIndex target");

  private final String sv;
  private final String en;

  NeedKind(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The kind's name. */
  public Text title() {
    return Text.of(sv, en);
  }
}
