package se.qms.examples.vendor;

import java.sql.Connection;
import java.util.List;
import se.qms.core.measure.Period;
import se.qms.core.measure.PeriodKind;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.Recipient;
import se.qms.core.unexecuted.SubmittedReport;

/** {@code decision_reports} → the {@link SubmittedReport}s on decisions not carried out. */
final class DecisionReportMapper {
  static final String TABLE = "decision_reports";
  private static final String SQL =
      "SELECT quarter, law, recipient, submitted_on FROM decision_reports ORDER BY quarter, law, recipient";

  private DecisionReportMapper() {}

  static List<SubmittedReport> read(Connection c) {
    return Query.all(c, TABLE, SQL, List.of("quarter", "law", "recipient"), DecisionReportMapper::map);
  }

  private static SubmittedReport map(Row r) {
    String text = r.text("quarter");
    Period quarter = r.model("quarter", () -> Period.parse(text));
    if (quarter.kind() != PeriodKind.QUARTER) {
      throw r.invalid("quarter", text, "not a quarter such as 2024-Q1", null);
    }
    Law law = r.code("law", Law.class);
    Recipient recipient = r.code("recipient", Recipient.class);
    return r.model("submitted_on", () -> SubmittedReport.of(quarter, law, recipient, r.date("submitted_on")));
  }
}
