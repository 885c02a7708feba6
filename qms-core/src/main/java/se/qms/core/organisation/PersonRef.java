package se.qms.core.organisation;

import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * A reference to a person: an opaque pseudonymous id and a display name, nothing else.
 *
 * <p>Invariants: both are non-blank, at most 200 characters, and contain nothing shaped like a
 * Swedish personal identity number (10 or 12 digits, with or without separator), which is
 * rejected with {@link se.qms.core.QmsErrorCode#PERSONAL_IDENTITY_NUMBER_REJECTED}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class PersonRef {
  PersonRef() {}

  /** The pseudonymous id, stable within the organisation's systems. */
  @Value.Parameter
  public abstract String id();

  /** The name shown to users, e.g. "Enhetschef Myndighet A". */
  @Value.Parameter
  public abstract String displayName();

  /**
   * Creates a reference.
   *
   * @param id the pseudonymous id; not null or blank
   * @param displayName the display name; not null or blank
   */
  public static PersonRef of(String id, String displayName) {
    return ImmutablePersonRef.of(id, displayName);
  }

  @Value.Check
  final void check() {
    Checks.noPersonalIdentityNumber(Checks.text(id(), 200, "id"), "id");
    Checks.noPersonalIdentityNumber(Checks.text(displayName(), 200, "displayName"), "displayName");
  }

  @Override
  public String toString() {
    return "PersonRef{" + id() + "}";
  }
}
