package se.qms.core.selfinspection;

import java.time.LocalDate;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * One scheduled occurrence of a follow-up item: the item's id and the due date. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Occurrence {
  Occurrence() {}

  /** The follow-up item. */
  public abstract String itemId();

  /** The date the measurement is due. */
  public abstract LocalDate due();

  /** An occurrence. */
  public static Occurrence of(String itemId, LocalDate due) {
    return builder().itemId(itemId).due(due).build();
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds occurrences. */
  public static final class Builder extends ImmutableOccurrence.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(itemId(), 100, "itemId");
  }
}
