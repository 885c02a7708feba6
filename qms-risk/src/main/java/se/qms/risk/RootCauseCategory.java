package se.qms.risk;

import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * A category of root causes (bakomliggande orsaker) in a {@link RootCauseTaxonomy}, e.g.
 * "Kommunikation och information".
 *
 * <p>Invariants: the code is lower-case letters, digits and hyphens (at most 60 characters), e.g.
 * {@code kommunikation-information}; names non-blank (at most 200). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RootCauseCategory {
  RootCauseCategory() {}

  /** The stable code, e.g. {@code kommunikation-information}. */
  @Value.Parameter
  public abstract String code();

  /** The Swedish name, e.g. "Kommunikation och information". */
  @Value.Parameter
  public abstract String nameSv();

  /** The English name, e.g. "Communication and information". */
  @Value.Parameter
  public abstract String nameEn();

  /** Creates a category; see the class invariants. */
  public static RootCauseCategory of(String code, String nameSv, String nameEn) {
    return ImmutableRootCauseCategory.of(code, nameSv, nameEn);
  }

  @Value.Check
  final void check() {
    Require.text(code(), 60, "code");
    if (!code().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw InvalidValueException.malformed(
          QmsErrorCode.VALUE_MALFORMED, "code", code(), "lower-case words joined by hyphens");
    }
    Require.text(nameSv(), 200, "nameSv");
    Require.text(nameEn(), 200, "nameEn");
  }

  @Override
  public String toString() {
    return code();
  }
}
