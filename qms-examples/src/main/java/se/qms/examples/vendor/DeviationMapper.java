package se.qms.examples.vendor;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import se.qms.core.improvement.Deviation;
import se.qms.core.improvement.DeviationOutcome;
import se.qms.core.improvement.DeviationStatus;

/**
 * {@code deviations} → {@link Deviation}s; the actions a deviation led to are the rows of {@code
 * actions} whose origin is the deviation.
 */
final class DeviationMapper {
  static final String TABLE = "deviations";
  private static final String SQL =
      "SELECT id, unit_id, occurred_on, reported_on, description, status, outcome, investigator_id,"
          + " protected_personal_data FROM deviations ORDER BY id";
  private static final Map<String, String> COLUMNS =
      Map.of(
          "id", "id",
          "unitId", "unit_id",
          "occurred", "occurred_on",
          "reported", "reported_on",
          "description", "description",
          "outcome", "outcome",
          "status", "status");

  private DeviationMapper() {}

  static List<Deviation> read(Connection c, Refs refs, Map<String, List<String>> actionsByDeviation) {
    return Query.all(c, TABLE, SQL, List.of("id"), r -> map(r, refs, actionsByDeviation));
  }

  private static Deviation map(Row r, Refs refs, Map<String, List<String>> actionsByDeviation) {
    Deviation.Builder b =
        Deviation.builder()
            .id(r.id())
            .unitId(refs.unit(r, "unit_id").orElseThrow(() -> r.missing("unit_id")))
            .occurred(r.optionalDate("occurred_on"))
            .reported(r.date("reported_on"))
            .description(r.text("description"))
            .status(r.code("status", DeviationStatus.class))
            .outcome(r.optionalCode("outcome", DeviationOutcome.class))
            .investigator(refs.staff(r, "investigator_id"))
            .protectedPersonalData(r.flag("protected_personal_data"))
            .addAllActionIds(actionsByDeviation.getOrDefault(r.id(), List.of()));
    return r.model(COLUMNS, b::build);
  }
}
