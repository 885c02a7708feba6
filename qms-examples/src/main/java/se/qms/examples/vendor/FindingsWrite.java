package se.qms.examples.vendor;

import se.qms.core.compliance.ComplianceResult;

/**
 * What one run of the nightly job or one on-save check did to the {@code findings} table.
 *
 * @param result the compliance engine's result the table was brought in line with
 * @param inserted findings new to the table
 * @param reopened closed findings found again
 * @param updated open findings whose severity, message, basis or unit changed
 * @param closed open findings no longer found (resolved)
 * @param unchanged open findings found again, equal to their row
 * @param rowsChanged the rows the SQL statements changed, as JDBC counts them
 */
public record FindingsWrite(
    ComplianceResult result,
    int inserted,
    int reopened,
    int updated,
    int closed,
    int unchanged,
    int rowsChanged) {}
