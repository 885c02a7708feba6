package se.qms.risk;

import java.util.List;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * The categories in which an event analysis classifies root causes.
 *
 * <p>The default holds the six system-level categories of seed 004 §6.3.2 and the deviation
 * categories of seed 001: kommunikation och information, utbildning och kompetens,
 * procedurer/rutiner/riktlinjer, organisation, teknik/utrustning/apparatur, omgivning. A
 * municipality may use its own. Invariants: at least one category; codes and Swedish names unique.
 * Immutable and thread-safe.
 */
public final class RootCauseTaxonomy {
  private static final RootCauseTaxonomy DEFAULTS =
      new RootCauseTaxonomy(
          List.of(
              RootCauseCategory.of(
                  "kommunikation-information", "Kommunikation och information", "Communication and information"),
              RootCauseCategory.of(
                  "utbildning-kompetens", "Utbildning och kompetens", "Training and competence"),
              RootCauseCategory.of(
                  "procedurer-rutiner-riktlinjer",
                  "Procedurer, rutiner och riktlinjer",
                  "Procedures, routines and guidelines"),
              RootCauseCategory.of("organisation", "Organisation", "Organisation"),
              RootCauseCategory.of(
                  "teknik-utrustning-apparatur",
                  "Teknik, utrustning och apparatur",
                  "Technology, equipment and apparatus"),
              RootCauseCategory.of("omgivning", "Omgivning", "Environment")));

  private final List<RootCauseCategory> categories;

  private RootCauseTaxonomy(List<RootCauseCategory> categories) {
    this.categories = categories;
  }

  /** The six default categories. */
  public static RootCauseTaxonomy defaults() {
    return DEFAULTS;
  }

  /**
   * A taxonomy of the municipality's own.
   *
   * @param categories at least one; codes and Swedish names unique
   */
  public static RootCauseTaxonomy of(List<RootCauseCategory> categories) {
    Require.present(categories, "categories");
    if (categories.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_MISSING, "categories", "[]", "must hold at least one category");
    }
    Require.unique(categories, RootCauseCategory::code, "categories.code");
    Require.unique(categories, RootCauseCategory::nameSv, "categories.nameSv");
    return new RootCauseTaxonomy(List.copyOf(categories));
  }

  /** The categories in order. */
  public List<RootCauseCategory> categories() {
    return categories;
  }

  /** The category with a code, if there is one. */
  public Optional<RootCauseCategory> find(String code) {
    Require.present(code, "code");
    return categories.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** Whether the category is one of this taxonomy's. */
  public boolean contains(RootCauseCategory category) {
    return categories.contains(category);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RootCauseTaxonomy
        && ((RootCauseTaxonomy) other).categories.equals(categories);
  }

  @Override
  public int hashCode() {
    return categories.hashCode();
  }

  @Override
  public String toString() {
    return "RootCauseTaxonomy" + categories;
  }
}
