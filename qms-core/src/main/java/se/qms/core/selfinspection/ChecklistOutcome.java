package se.qms.core.selfinspection;

import java.util.List;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.TrafficLight;

/**
 * The judgement of one completed checklist: Godkänd or Ej godkänd, the weighted score and the
 * items that failed (each may raise a deviation or an action).
 *
 * <p>Invariants: the score lies in [0, 1]; failed item ids are unique. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChecklistOutcome {
  ChecklistOutcome() {}

  /** The completed checklist judged. */
  public abstract String checklistId();

  /** Whether the checklist is Godkänd. */
  public abstract boolean passed();

  /** The weighted score, 0–1. */
  public abstract double score();

  /** The ids of the items that failed, in template order. */
  public abstract List<String> failedItems();

  /** {@link TrafficLight#GREEN} for Godkänd, {@link TrafficLight#RED} for Ej godkänd. */
  public TrafficLight light() {
    return passed() ? TrafficLight.GREEN : TrafficLight.RED;
  }

  /** "Godkänd" or "Ej godkänd", as printed in a kvalitetsberättelse. */
  public String labelSv() {
    return passed() ? "Godkänd" : "Ej godkänd";
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds outcomes. */
  public static final class Builder extends ImmutableChecklistOutcome.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    if (!(score() >= 0 && score() <= 1)) {
      throw InvalidValueException.outOfRange(QmsErrorCode.VALUE_OUT_OF_RANGE, "score", score(), 0, 1);
    }
    if (failedItems().stream().distinct().count() != failedItems().size()) {
      throw InvalidValueException.violates(
          QmsErrorCode.DUPLICATE_ID, "failedItems", failedItems(), "must be unique");
    }
  }
}
