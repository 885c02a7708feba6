package se.qms.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.internal.Checks;

/**
 * A kvalitetsberättelse (the yearly quality report of SOSFS 2011:9 7 kap.), generated from a
 * quality system by {@link ReportGenerator}: sections in the seeds' order, each figure traceable
 * to its records, and the development needs derived from red lights, critical risks, overdue
 * items, failed checklists and ProcessIndex gaps.
 *
 * <p>Invariants: one section per {@link SectionKind}, in that order, numbered from 1; table ids
 * are unique; development needs are ranked (kind, then weight from the heaviest, then subject). A
 * public edition is made from the internal one, whose tables {@link #check(ReportLanguage)} reads.
 * Immutable and thread-safe.
 */
public final class QualityReport {
  private final String organisation;
  private final int year;
  private final LocalDate asOf;
  private final Disclosure disclosure;
  private final List<ReportSection> sections;
  private final List<DevelopmentNeed> needs;
  private final QualityReport internal;

  QualityReport(
      String organisation, int year, LocalDate asOf, Disclosure disclosure,
      List<ReportSection> sections, List<DevelopmentNeed> needs, QualityReport internal) {
    this.organisation = organisation;
    this.year = year;
    this.asOf = asOf;
    this.disclosure = disclosure;
    this.sections = List.copyOf(sections);
    this.needs = List.copyOf(needs);
    this.internal = internal == null ? this : internal;
  }

  /** The organisation reporting, e.g. "Örnsköldsviks kommun, Humanistiska nämnden". */
  public String organisation() {
    return organisation;
  }

  /** The year reported. */
  public int year() {
    return year;
  }

  /** The day the report's time limits were judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The report's title: "Kvalitetsberättelse 2016". */
  public Text title() {
    return Text.of("Kvalitetsberättelse " + year, "Quality report " + year);
  }

  /** Which figures are shown. */
  public Disclosure disclosure() {
    return disclosure;
  }

  /** The sections, in order. */
  public List<ReportSection> sections() {
    return sections;
  }

  /** The section of a kind. */
  public ReportSection section(SectionKind kind) {
    return sections.get(Checks.present(kind, "kind").ordinal());
  }

  /** The development needs, ranked. */
  public List<DevelopmentNeed> developmentNeeds() {
    return needs;
  }

  /** Every table, section by section. */
  public List<ReportTable> tables() {
    List<ReportTable> out = new ArrayList<>();
    sections.forEach(s -> out.addAll(s.tables()));
    return out;
  }

  /** The table with this id. */
  public Optional<ReportTable> table(String id) {
    return tables().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * This report as a public edition: the internal figures with small counts masked by {@code
   * disclosure}, consistently across tables.
   *
   * @param disclosure not null; {@link Disclosure#internal()} gives the internal edition back
   */
  public QualityReport withDisclosure(Disclosure disclosure) {
    Checks.present(disclosure, "disclosure");
    if (!disclosure.isPublic()) {
      return internal;
    }
    return new QualityReport(
        organisation, year, asOf, disclosure, SmallNumbers.mask(internal.sections, disclosure),
        internal.needs, internal);
  }

  /**
   * The cells of the report's tables, as printed in {@code language}, that do not follow from the
   * other cells of their table; empty when the report is consistent. A public edition is checked
   * through the internal figures it was masked from.
   */
  public List<TableIssue> check(ReportLanguage language) {
    Checks.present(language, "language");
    List<TableIssue> issues = new ArrayList<>();
    for (ReportTable t : internal.tables()) {
      issues.addAll(TableChecker.check(t.toPublished(language)));
    }
    return issues;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof QualityReport)) {
      return false;
    }
    QualityReport o = (QualityReport) other;
    return organisation.equals(o.organisation) && year == o.year && asOf.equals(o.asOf)
        && disclosure.equals(o.disclosure) && sections.equals(o.sections) && needs.equals(o.needs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisation, year, asOf, disclosure, sections, needs);
  }

  @Override
  public String toString() {
    return "Kvalitetsberättelse " + year + " " + organisation + " (" + disclosure + ")";
  }
}
