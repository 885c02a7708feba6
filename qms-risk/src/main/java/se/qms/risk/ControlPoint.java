package se.qms.risk;

import org.immutables.value.Value;
import se.qms.core.organisation.Role;
import se.qms.risk.internal.Require;

/**
 * A control point (kontrollmoment) of an internal control plan: what is checked, by whom, and how
 * (seed 004 §6.7), e.g. "Granska att genomförandeplaner är aktuella", enhetschef, stickprov.
 *
 * <p>Invariants: description and method non-blank (at most 2 000 and 500 characters). Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class ControlPoint {
  ControlPoint() {}

  /** What is checked. */
  @Value.Parameter
  public abstract String description();

  /** The role responsible for the check. */
  @Value.Parameter
  public abstract Role responsible();

  /** How it is checked, e.g. "Stickprov i 10 akter". */
  @Value.Parameter
  public abstract String method();

  /** Creates a control point. */
  public static ControlPoint of(String description, Role responsible, String method) {
    return ImmutableControlPoint.of(description, responsible, method);
  }

  @Value.Check
  final void check() {
    Require.text(description(), 2_000, "description");
    Require.text(method(), 500, "method");
  }
}
