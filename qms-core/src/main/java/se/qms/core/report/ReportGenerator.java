package se.qms.core.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleRegistry;
import se.qms.core.compliance.RuleSet;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;
import se.qms.core.privacy.Redaction;

/**
 * Generates the kvalitetsberättelse of a year from a quality system and its rule set. The one
 * entry point of the report model.
 *
 * <p>The contributors write the sections; the generator adds a paragraph to every section left
 * without blocks, ranks the development needs (kind, heaviest first, then subject) and writes them
 * in {@link SectionKind#ANALYSIS}. Time limits are judged, and the compliance rules evaluated, on
 * the last day of the year unless another day is given.
 *
 * <p>Every edition, internal and public, is generated from {@link Redaction#forExport} of the
 * system: a case flagged "skyddade personuppgifter" contributes its counts, dates and statuses but
 * neither its free text nor the names of the people it names. Pure and thread-safe.
 */
public final class ReportGenerator {
  private static final Comparator<DevelopmentNeed> RANK =
      Comparator.comparing(DevelopmentNeed::kind)
          .thenComparing(Comparator.comparingInt(DevelopmentNeed::weight).reversed())
          .thenComparing(DevelopmentNeed::subject);

  private final List<ReportContributor> contributors;
  private final RuleRegistry rules;

  private ReportGenerator(List<ReportContributor> contributors, RuleRegistry rules) {
    this.contributors = contributors;
    this.rules = rules;
  }

  /**
   * A generator.
   *
   * @param contributors the contributors, in the order their blocks appear within a section; not
   *     null, no null elements
   * @param rules the compliance rules whose findings the report reads (overdue items, rules
   *     failed)
   */
  public static ReportGenerator of(List<ReportContributor> contributors, RuleRegistry rules) {
    List<ReportContributor> list = List.copyOf(Checks.present(contributors, "contributors"));
    return new ReportGenerator(list, Checks.present(rules, "rules"));
  }

  /** The core's contributors: everything but the parts other modules model. */
  public static List<ReportContributor> coreContributors() {
    return CoreSections.all();
  }

  /** The report of {@code year}, with time limits judged on 31 December of that year. */
  public QualityReport generate(QualitySystem system, RuleSet ruleSet, int year) {
    Checks.inRange(year, Period.MIN_YEAR, Period.MAX_YEAR, "year");
    return generate(system, ruleSet, year, LocalDate.of(year, 12, 31));
  }

  /**
   * The report of {@code year}, with time limits judged on {@code asOf}.
   *
   * @param system not null
   * @param ruleSet not null
   * @param year in [{@value Period#MIN_YEAR}, {@value Period#MAX_YEAR}]
   * @param asOf not before the first day of {@code year}
   */
  public QualityReport generate(QualitySystem system, RuleSet ruleSet, int year, LocalDate asOf) {
    Checks.present(system, "system");
    Checks.present(ruleSet, "ruleSet");
    Checks.inRange(year, Period.MIN_YEAR, Period.MAX_YEAR, "year");
    Checks.present(asOf, "asOf");
    if (asOf.getYear() < year) {
      throw se.qms.core.InvalidValueException.violates(
          se.qms.core.QmsErrorCode.DATES_OUT_OF_ORDER, "asOf", asOf, "must not lie before the year " + year);
    }
    // every edition, the internal one too, is written from the redacted system: no section, present
    // or future, can print a flagged case's free text or a name it holds
    QualitySystem redacted = Redaction.forExport(system);
    ComplianceResult compliance = ComplianceEngine.of(ruleSet, rules).evaluate(redacted, asOf);
    ReportContext context = new ReportContext(redacted, ruleSet, year, asOf, compliance);
    ReportDraft draft = new ReportDraft();
    for (ReportContributor c : contributors) {
      c.contribute(context, draft);
    }
    List<DevelopmentNeed> needs = new ArrayList<>(draft.needs());
    needs.sort(RANK);
    Needs.write(needs, draft);
    List<ReportSection> sections = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      List<ReportBlock> blocks = new ArrayList<>(draft.blocks(kind));
      if (blocks.isEmpty()) {
        blocks.add(
            Paragraph.of(
                Text.of(
                    "Kvalitetssystemet har inga uppgifter för detta avsnitt " + year + ".",
                    "The quality system holds no records for this section in " + year + ".")));
      }
      sections.add(ReportSection.of(kind, kind.ordinal() + 1, blocks));
    }
    return new QualityReport(
        redacted.name(), year, asOf, Disclosure.internal(), sections, needs, null);
  }
}
