package se.qms.core.selfinspection;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;
import se.qms.core.measure.TrafficLight;

/**
 * A recorded result of one occurrence of a follow-up item.
 *
 * <p>Invariants: the text is not blank (at most 4000 characters) and holds no personal identity
 * number. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpResult {
  FollowUpResult() {}

  /** The occurrence (due date) this result answers. */
  public abstract LocalDate occurrence();

  /** The date the result was recorded, if known. */
  public abstract Optional<LocalDate> recorded();

  /** The result as written in the plan. */
  public abstract String text();

  /** A judgement of the result, if one was made. */
  public abstract Optional<TrafficLight> light();

  /** A result for an occurrence. */
  public static FollowUpResult of(LocalDate occurrence, String text) {
    return builder().occurrence(occurrence).text(text).build();
  }

  /** A strict builder; occurrence and text are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds follow-up results. */
  public static final class Builder extends ImmutableFollowUpResult.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(text(), 4000, "text");
    Checks.noPersonalIdentityNumber(text(), "text");
  }
}
