package se.qms.examples.vendor;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.compliance.ComplianceResult;

/**
 * The check a case-management system runs when a case is saved: the compliance engine's
 * evaluation of that one object ({@code evaluate(system, asOf, subject)}), which gives exactly the
 * findings a full run gives for it, written to the {@code findings} rows of that subject only.
 * Thread-safe; the connection is the caller's.
 */
public final class OnSaveCheck {
  private final NightlyJob job;

  private OnSaveCheck(NightlyJob job) {
    this.job = job;
  }

  /** A check with the reader and the compiled engine of {@code job}. */
  public static OnSaveCheck of(NightlyJob job) {
    return new OnSaveCheck(Objects.requireNonNull(job, "job"));
  }

  /**
   * Checks one saved object.
   *
   * @param c an open connection; not null
   * @param asOf the day of the save; not null
   * @param subject the object's path, e.g. {@code complaints/K-2024-0017}; not null
   */
  public FindingsWrite check(Connection c, LocalDate asOf, String subject) {
    Objects.requireNonNull(subject, "subject");
    CaseSystemReader.MappedSystem mapped = job.reader().read(c);
    ComplianceResult result = job.engine().evaluate(mapped.system(), asOf, subject);
    return FindingsTable.write(c, result, mapped, asOf, Optional.of(subject));
  }
}
