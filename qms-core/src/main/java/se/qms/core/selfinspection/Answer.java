package se.qms.core.selfinspection;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * The answer to one checklist item: exactly one of a choice, a scale value, a number or a text.
 *
 * <p>Invariants: the item id is not blank; exactly one value is present; a number is finite; a
 * text is not blank and holds no personal identity number. Whether the value fits the item's
 * answer type is checked when the checklist is evaluated ({@link
 * QmsErrorCode#CHECKLIST_ANSWER_TYPE}). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Answer {
  Answer() {}

  /** The item answered. */
  public abstract String itemId();

  /** The answer to a yes/no/not-applicable item. */
  public abstract Optional<Choice> choice();

  /** The answer to a scale item. */
  public abstract OptionalInt scale();

  /** The answer to a number item. */
  public abstract OptionalDouble number();

  /** The answer to a free-text item. */
  public abstract Optional<String> text();

  /** The answer Ja. */
  public static Answer yes(String itemId) {
    return choice(itemId, Choice.YES);
  }

  /** The answer Nej. */
  public static Answer no(String itemId) {
    return choice(itemId, Choice.NO);
  }

  /** A choice. */
  public static Answer choice(String itemId, Choice choice) {
    return builder().itemId(itemId).choice(choice).build();
  }

  /** A scale value. */
  public static Answer scale(String itemId, int value) {
    return builder().itemId(itemId).scale(value).build();
  }

  /** The answer type this answer fits. */
  public AnswerType type() {
    if (choice().isPresent()) {
      return AnswerType.YES_NO_NA;
    }
    if (scale().isPresent()) {
      return AnswerType.SCALE;
    }
    return number().isPresent() ? AnswerType.NUMBER : AnswerType.FREE_TEXT;
  }

  /** A strict builder; the item id and exactly one value are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds answers. */
  public static final class Builder extends ImmutableAnswer.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(itemId(), 100, "itemId");
    int present =
        (choice().isPresent() ? 1 : 0)
            + (scale().isPresent() ? 1 : 0)
            + (number().isPresent() ? 1 : 0)
            + (text().isPresent() ? 1 : 0);
    if (present != 1) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE, "itemId", itemId(), "must have exactly one value, had " + present);
    }
    if (number().isPresent() && !Double.isFinite(number().getAsDouble())) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_NOT_FINITE, "number", number().getAsDouble(), "must be a finite number");
    }
    text().ifPresent(
        t -> {
          Checks.text(t, 2000, "text");
          Checks.noPersonalIdentityNumber(t, "text");
        });
  }
}
