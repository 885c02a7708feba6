package se.qms.risk;

import org.immutables.value.Value;
import se.qms.risk.internal.Require;

/**
 * One root cause of an event (bakomliggande orsak), classified in a {@link RootCauseCategory},
 * e.g. "avsaknad av information om organisationsförändring" in Kommunikation och information.
 *
 * <p>Invariant: the description is non-blank, at most 2 000 characters. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RootCause {
  RootCause() {}

  /** The category. */
  @Value.Parameter
  public abstract RootCauseCategory category();

  /** What the cause was. */
  @Value.Parameter
  public abstract String description();

  /** Creates a root cause. */
  public static RootCause of(RootCauseCategory category, String description) {
    return ImmutableRootCause.of(category, description);
  }

  @Value.Check
  final void check() {
    Require.text(description(), 2_000, "description");
  }
}
