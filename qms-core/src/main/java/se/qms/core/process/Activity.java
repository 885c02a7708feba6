package se.qms.core.process;

import org.immutables.value.Value;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.Role;

/**
 * One step of a routine: what is done and which role does it (SOSFS 2011:9 4 kap. 4–5 §§).
 *
 * <p>Invariant: the description is non-blank, at most 2 000 characters. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Activity {
  Activity() {}

  /** What is done. */
  @Value.Parameter
  public abstract String description();

  /** Who does it. */
  @Value.Parameter
  public abstract Role responsible();

  /** Creates an activity. */
  public static Activity of(String description, Role responsible) {
    return ImmutableActivity.of(description, responsible);
  }

  @Value.Check
  final void check() {
    Checks.text(description(), 2_000, "description");
  }
}
