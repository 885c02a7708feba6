package se.qms.core.unexecuted;

import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A kind of insats (bistånd under SoL or insats under LSS) of an {@link InsatsCatalogue}, such as
 * "Särskilt boende" (SoL) or "Kontaktperson" (LSS 9 § 4).
 *
 * <p>Invariants: the code is lower-case ASCII letters and digits in words joined by hyphens (at
 * most 100 characters) and identifies the insats in its catalogue; the label is non-blank, at most
 * 200 characters, as the municipality prints it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Insats {
  Insats() {}

  /** The law the insats is granted under. */
  @Value.Parameter
  public abstract Law law();

  /** The stable code, e.g. {@code sol-sarskilt-boende}. */
  @Value.Parameter
  public abstract String code();

  /** The label as printed, e.g. "Särskilt boende". */
  @Value.Parameter
  public abstract String label();

  /**
   * An insats.
   *
   * @param law not null
   * @param code lower-case words joined by hyphens
   * @param label not blank, at most 200 characters
   */
  public static Insats of(Law law, String code, String label) {
    return ImmutableInsats.of(law, code, label);
  }

  @Value.Check
  final void check() {
    Checks.text(code(), 100, "code");
    if (!code().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw InvalidValueException.malformed(
          QmsErrorCode.VALUE_MALFORMED, "code", code(), "lower-case words joined by hyphens");
    }
    Checks.text(label(), 200, "label");
  }

  @Override
  public String toString() {
    return label() + " (" + law().abbreviation() + ")";
  }
}
