package se.qms.examples.vendor;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.qms.core.improvement.Complaint;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintSource;
import se.qms.core.improvement.ComplaintStatus;

/**
 * {@code complaints} → {@link Complaint}s. The table keeps dates, not a history: the status is
 * read from them (closed, answered, else received) and the history stays empty, as the model allows
 * for a case imported in any status.
 */
final class ComplaintMapper {
  static final String TABLE = "complaints";
  static final String SQL =
      "SELECT id, kind, source, unit_id, summary, received_on, answered_on, closed_on, handler_id,"
          + " protected_personal_data FROM complaints ORDER BY id";
  private static final Map<String, String> COLUMNS =
      Map.of(
          "id", "id",
          "unitId", "unit_id",
          "summary", "summary",
          "received", "received_on",
          "answered", "answered_on",
          "closed", "closed_on");

  private ComplaintMapper() {}

  static List<Complaint> read(Connection c, Refs refs) {
    return Query.all(c, TABLE, SQL, List.of("id"), r -> map(r, refs));
  }

  static Complaint map(Row r, Refs refs) {
    ComplaintKind kind = r.code("kind", ComplaintKind.class);
    Optional<ComplaintSource> source = r.optionalCode("source", ComplaintSource.class);
    Optional<String> unit = refs.unit(r, "unit_id");
    Optional<String> summary = r.optionalText("summary");
    LocalDate received = r.date("received_on");
    Optional<LocalDate> answered = r.optionalDate("answered_on");
    Optional<LocalDate> closed = r.optionalDate("closed_on");
    refs.staff(r, "handler_id");
    if (closed.isPresent() && answered.isEmpty()) {
      throw r.invalid("closed_on", closed.get(), "set while answered_on is empty: a complaint is answered before it is closed", null);
    }
    ComplaintStatus status =
        closed.isPresent() ? ComplaintStatus.CLOSED : answered.isPresent() ? ComplaintStatus.ANSWERED : ComplaintStatus.RECEIVED;
    return r.model(
        COLUMNS,
        () ->
            Complaint.builder()
                .id(r.id())
                .kind(kind)
                .source(source)
                .unitId(unit)
                .summary(summary)
                .received(received)
                .answered(answered)
                .closed(closed)
                .status(status)
                .protectedPersonalData(r.flag("protected_personal_data"))
                .build());
  }
}
