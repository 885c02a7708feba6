package se.qms.core.improvement;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A municipality's list of categories for deviations or subjects for complaints, in the order its
 * reports print them. Categories are data, not code: each organisation configures its own, and
 * {@link TaxonomyPreset} holds those of the source documents.
 *
 * <p>Invariants: a non-blank name; at least one category; codes unique and labels unique ignoring
 * case. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Taxonomy {
  Taxonomy() {}

  /** What the taxonomy classifies, e.g. "Typ av avvikelse". */
  @Value.Parameter
  public abstract String name();

  /** The categories in display order. */
  @Value.Parameter
  public abstract List<Category> categories();

  /**
   * A taxonomy.
   *
   * @param name not blank, at most 200 characters
   * @param categories at least one; unique codes and labels
   */
  public static Taxonomy of(String name, List<Category> categories) {
    return ImmutableTaxonomy.of(name, categories);
  }

  /** A taxonomy whose codes are made from the labels ({@link Category#ofLabel(String)}). */
  public static Taxonomy ofLabels(String name, String... labels) {
    Checks.present(labels, "labels");
    return of(
        name, java.util.Arrays.stream(labels).map(Category::ofLabel).collect(Collectors.toList()));
  }

  /** A copy with one more category at the end. */
  public Taxonomy with(Category category) {
    List<Category> all = new java.util.ArrayList<>(categories());
    all.add(Checks.present(category, "category"));
    return of(name(), all);
  }

  /** The category with this code. */
  public Optional<Category> find(String code) {
    Checks.present(code, "code");
    return categories().stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /**
   * The category with this code.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#CATEGORY_UNKNOWN} if there is none
   */
  public Category require(String code) {
    return find(code).orElseThrow(() -> unknown("code", code));
  }

  /** The category with this label, ignoring case and surrounding white space. */
  public Optional<Category> byLabel(String label) {
    String key = normal(Checks.present(label, "label"));
    return categories().stream().filter(c -> normal(c.label()).equals(key)).findFirst();
  }

  /** Whether {@code category} (code and label) belongs to the taxonomy. */
  public boolean contains(Category category) {
    return categories().contains(category);
  }

  /** The 0-based position of a category, or -1 if it does not belong. */
  public int indexOf(Category category) {
    return categories().indexOf(category);
  }

  private InvalidValueException unknown(String field, String value) {
    return InvalidValueException.violates(
        QmsErrorCode.CATEGORY_UNKNOWN,
        field,
        value,
        "must name a category of "
            + name()
            + ": "
            + categories().stream().map(Category::code).collect(Collectors.toList()));
  }

  private static String normal(String label) {
    return label.strip().toLowerCase(Locale.forLanguageTag("sv"));
  }

  @Value.Check
  final void check() {
    Checks.text(name(), 200, "name");
    if (categories().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_MISSING, "categories", "[]", "must hold at least one category");
    }
    Set<String> codes = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (Category c : categories()) {
      if (!codes.add(c.code())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "categories.code", c.code(), "must be unique");
      }
      if (!labels.add(normal(c.label()))) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "categories.label", c.label(), "must be unique");
      }
    }
  }

  @Override
  public String toString() {
    return name() + " " + categories();
  }
}
