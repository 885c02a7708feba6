package se.qms.examples.vendor;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.RuleSet;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.json.QmsJson;

/**
 * The nightly run: map every table to a {@code QualitySystem}, evaluate it with every rule of qms
 * ({@code ComplianceEngine.of(ruleSet, QmsJson.complianceRules())}) as of a day, and bring the
 * {@code findings} table in line — new findings inserted, changed ones updated, resolved ones
 * closed, equal ones left alone, so a second run on unchanged data changes no row. The rule set is
 * compiled once; thread-safe, the connection is the caller's.
 */
public final class NightlyJob {
  private final ComplianceEngine engine;
  private final CaseSystemReader reader;

  private NightlyJob(ComplianceEngine engine, CaseSystemReader reader) {
    this.engine = engine;
    this.reader = reader;
  }

  /**
   * A job.
   *
   * @param name the organisation's name; not blank
   * @param ruleSet the municipality's rule set; not null
   */
  public static NightlyJob of(String name, RuleSet ruleSet) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    return new NightlyJob(
        ComplianceEngine.of(ruleSet, QmsJson.complianceRules()),
        CaseSystemReader.of(
            name, ruleSet.part(UnexecutedDecisionPolicy.class).orElse(UnexecutedDecisionPolicy.defaults())));
  }

  /** The reader of the tables. */
  public CaseSystemReader reader() {
    return reader;
  }

  /** The compiled engine. */
  public ComplianceEngine engine() {
    return engine;
  }

  /**
   * Runs the job.
   *
   * @param c an open connection; not null
   * @param asOf the day evaluated; not null
   */
  public FindingsWrite run(Connection c, LocalDate asOf) {
    CaseSystemReader.MappedSystem mapped = reader.read(c);
    ComplianceResult result = engine.evaluate(mapped.system(), asOf);
    return FindingsTable.write(c, result, mapped, asOf, Optional.empty());
  }
}
