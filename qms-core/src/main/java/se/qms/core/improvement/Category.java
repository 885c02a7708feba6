package se.qms.core.improvement;

import java.text.Normalizer;
import java.util.Locale;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * One category of a {@link Taxonomy}: a deviation type ("Kommunikation och information") or a
 * complaint subject ("Tillgänglighet").
 *
 * <p>Invariants: the code is lower-case ASCII letters and digits in words joined by hyphens (at
 * most 100 characters) and identifies the category within its taxonomy; the label is non-blank, at
 * most 200 characters, as the organisation prints it. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Category {
  Category() {}

  /** The stable code, e.g. {@code kommunikation-och-information}. */
  @Value.Parameter
  public abstract String code();

  /** The label as printed, e.g. "Kommunikation och information". */
  @Value.Parameter
  public abstract String label();

  /**
   * A category.
   *
   * @param code lower-case words joined by hyphens, e.g. {@code brist-i-samverkan}
   * @param label not blank, at most 200 characters
   */
  public static Category of(String code, String label) {
    return ImmutableCategory.of(code, label);
  }

  /**
   * A category whose code is made from its label: "Brist i samverkan" → {@code brist-i-samverkan}.
   */
  public static Category ofLabel(String label) {
    return of(codeOf(Checks.text(label, 200, "label")), label);
  }

  /**
   * "Teknik, utrustning och apparatur" → {@code teknik-utrustning-och-apparatur}; å, ä, ö lose
   * their marks.
   */
  static String codeOf(String label) {
    String plain =
        Normalizer.normalize(label.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
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
    return label();
  }
}
