package se.qms.core.selfinspection;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * One question of a checklist template.
 *
 * <p>Invariants: id (at most 100 characters) and question (at most 1000) are not blank; a {@link
 * AnswerType#SCALE} item has a minimum below its maximum, other items have neither; the weight is
 * 0–1000 (default 1). A critical item fails the whole checklist when it fails, under a policy that
 * says so. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChecklistItem {
  ChecklistItem() {}

  /** The item's id, unique within its template. */
  public abstract String id();

  /** The question asked, e.g. "Finns en aktuell brandskyddsdokumentation?". */
  public abstract String question();

  /** How the question is answered. */
  public abstract AnswerType answerType();

  /** The lowest scale value; present only for {@link AnswerType#SCALE}. */
  public abstract OptionalInt scaleMin();

  /** The highest scale value; present only for {@link AnswerType#SCALE}. */
  public abstract OptionalInt scaleMax();

  /** Whether the item must be answered and must not fail; default false. */
  @Value.Default
  public boolean mandatory() {
    return false;
  }

  /** Whether a failure of this item is critical; default false. */
  @Value.Default
  public boolean critical() {
    return false;
  }

  /** The item's weight in the score, 0–1000; default 1. */
  @Value.Default
  public int weight() {
    return 1;
  }

  /** The provision the question rests on, e.g. "SOSFS 2011:9 5 kap. 2 §". */
  public abstract Optional<String> legalReference();

  /** A yes/no/not-applicable item with weight 1. */
  public static ChecklistItem yesNo(String id, String question) {
    return builder().id(id).question(question).answerType(AnswerType.YES_NO_NA).build();
  }

  /** A strict builder; id, question and answer type are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds checklist items. */
  public static final class Builder extends ImmutableChecklistItem.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(id(), 100, "id");
    Checks.text(question(), 1000, "question");
    Checks.inRange(weight(), 0, 1000, "weight");
    legalReference().ifPresent(r -> Checks.text(r, 200, "legalReference"));
    boolean scale = answerType() == AnswerType.SCALE;
    if (scale != scaleMin().isPresent() || scale != scaleMax().isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "scaleMin",
          answerType(),
          "and scaleMax must be given for SCALE items and only for them");
    }
    if (scale && scaleMin().getAsInt() >= scaleMax().getAsInt()) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "scaleMax",
          scaleMax().getAsInt(),
          "must be greater than scaleMin " + scaleMin().getAsInt());
    }
  }
}
