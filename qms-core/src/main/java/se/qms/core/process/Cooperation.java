package se.qms.core.process;

import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * A cooperation (samverkan) of a process with a party inside or outside the organisation, and how
 * it is secured (SOSFS 2011:9 4 kap. 5–6 §§).
 *
 * <p>Invariants: the party is non-blank (at most 200 characters); how, when given, is non-blank.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cooperation {
  Cooperation() {}

  /** Whether the party belongs to the same organisation. */
  public enum Scope {
    /** Another unit or process of the same organisation. */
    INTERNAL,
    /** Another authority, region, provider or association. */
    EXTERNAL
  }

  /** The party cooperated with, e.g. "Region Västernorrland". */
  public abstract String party();

  /** Internal or external. */
  public abstract Scope scope();

  /** How the cooperation is secured, e.g. "Skriftlig överenskommelse, följs upp årligen". */
  public abstract Optional<String> how();

  /** Creates a cooperation. */
  public static Cooperation of(String party, Scope scope, String how) {
    return builder().party(party).scope(scope).how(Optional.ofNullable(how)).build();
  }

  /** A strict builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds cooperations; party and scope are required. */
  public static final class Builder extends ImmutableCooperation.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(party(), 200, "party");
    how().ifPresent(h -> Checks.text(h, 2_000, "how"));
  }
}
