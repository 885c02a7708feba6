package se.qms.core.report;

import java.time.LocalDate;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;
import se.qms.core.measure.Period;

/**
 * What a {@link ReportContributor} reads: the quality system, its rule set, the year, the day time
 * limits are judged on, and the compliance result of that day.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReportContext {
  private final QualitySystem system;
  private final RuleSet ruleSet;
  private final int year;
  private final LocalDate asOf;
  private final ComplianceResult compliance;

  ReportContext(QualitySystem system, RuleSet ruleSet, int year, LocalDate asOf, ComplianceResult compliance) {
    this.system = system;
    this.ruleSet = ruleSet;
    this.year = year;
    this.asOf = asOf;
    this.compliance = compliance;
  }

  /** The quality system reported on. */
  public QualitySystem system() {
    return system;
  }

  /** The rule set: bands, policies, time limits. */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** The year reported. */
  public int year() {
    return year;
  }

  /** The year as a period. */
  public Period period() {
    return Period.year(year);
  }

  /** The previous year as a period. */
  public Period previousPeriod() {
    return Period.year(year - 1);
  }

  /** The day time limits are judged on. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The compliance result on {@link #asOf()}. */
  public ComplianceResult compliance() {
    return compliance;
  }
}
