package se.qms.examples.vendor;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.QmsErrorCode;
import se.qms.core.QmsException;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.Finding;

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
   * @param subject the object's path as the engine names its objects, e.g. {@code
   *     complaints/K-2024-0017}, {@code lexSarahCases/LS-2024-03} or, for the quarterly reports on
   *     decisions not carried out, the quarter {@code unexecutedDecisionReports/2024-Q3}; the rows
   *     of the findings table written are those of the object and its parts; not null
   * @throws QmsException with {@link QmsErrorCode#INCONSISTENT_VALUE} for a subject that names part
   *     of an object the engine judges as a whole
   */
  public FindingsWrite check(Connection c, LocalDate asOf, String subject) {
    Objects.requireNonNull(subject, "subject");
    CaseSystemReader.MappedSystem mapped = job.reader().read(c);
    ComplianceResult result = job.engine().evaluate(mapped.system(), asOf, subject);
    for (Finding f : result.findings()) {
      if (!FindingsTable.within(f.subject(), subject)) {
        throw new QmsException(
            QmsErrorCode.INCONSISTENT_VALUE,
            "subject "
                + subject
                + " is part of an object the engine judges as a whole (it finds "
                + f.subject()
                + "); check that object, e.g. unexecutedDecisionReports/<quarter>");
      }
    }
    return FindingsTable.write(c, result, mapped, asOf, Optional.of(subject));
  }
}
