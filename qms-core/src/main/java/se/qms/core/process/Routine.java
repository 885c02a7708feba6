package se.qms.core.process;

import java.util.List;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * A routine (rutin): a fixed way of carrying out the activities of a process, in order, with the
 * responsibility for each (SOSFS 2011:9 4 kap. 4 §).
 *
 * <p>Invariants: the title is non-blank (at most 500 characters); activities keep their order and
 * there is at least one. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Routine {
  Routine() {}

  /** The routine's title, e.g. "Rutin för rutinutveckling/-avveckling". */
  public abstract String title();

  /** The activities in the order they are carried out. */
  public abstract List<Activity> activities();

  /** Creates a routine. */
  public static Routine of(String title, List<Activity> activities) {
    return builder().title(title).addAllActivities(activities).build();
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds routines; the title and at least one activity are required. */
  public static final class Builder extends ImmutableRoutine.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(title(), 500, "title");
    if (activities().isEmpty()) {
      throw se.qms.core.InvalidValueException.violates(
          se.qms.core.QmsErrorCode.VALUE_MISSING, "activities", "[]", "must have at least one activity");
    }
  }
}
