package se.qms.examples.vendor;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.qms.core.improvement.ActionOrigin;
import se.qms.core.improvement.ActionPurpose;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.Effect;
import se.qms.core.improvement.EffectEvaluation;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.organisation.Role;

/** {@code actions} → {@link ImprovementAction}s (åtgärder); an evaluation needs its day and its effect. */
final class ActionMapper {
  static final String TABLE = "actions";
  private static final String SQL =
      "SELECT id, title, origin, origin_id, purpose, responsible_role, responsible_staff_id, unit_id,"
          + " registered_on, due_on, status, completed_on, evaluated_on, effect FROM actions ORDER BY id";
  private static final Map<String, String> COLUMNS =
      Map.of(
          "id", "id",
          "title", "title",
          "originId", "origin_id",
          "unitId", "unit_id",
          "due", "due_on",
          "completed", "completed_on",
          "evaluation", "evaluated_on",
          "status", "status");

  private ActionMapper() {}

  static List<ImprovementAction> read(Connection c, Refs refs) {
    return Query.all(c, TABLE, SQL, List.of("id"), r -> map(r, refs));
  }

  private static ImprovementAction map(Row r, Refs refs) {
    String role = r.text("responsible_role");
    Optional<LocalDate> evaluated = r.optionalDate("evaluated_on");
    Optional<Effect> effect = r.optionalCode("effect", Effect.class);
    if (evaluated.isPresent() != effect.isPresent()) {
      String column = evaluated.isPresent() ? "effect" : "evaluated_on";
      throw r.missing(column);
    }
    ImprovementAction.Builder b =
        ImprovementAction.builder()
            .id(r.id())
            .title(r.text("title"))
            .origin(r.code("origin", ActionOrigin.class))
            .originId(r.optionalText("origin_id"))
            .purpose(r.code("purpose", ActionPurpose.class))
            .responsibleRole(r.model("responsible_role", () -> Role.parse(role)))
            .responsible(refs.staff(r, "responsible_staff_id"))
            .unitId(refs.unit(r, "unit_id"))
            .registered(r.date("registered_on"))
            .due(r.optionalDate("due_on"))
            .status(r.code("status", ActionStatus.class))
            .completed(r.optionalDate("completed_on"));
    if (evaluated.isPresent()) {
      b.evaluation(r.model("evaluated_on", () -> EffectEvaluation.of(evaluated.get(), effect.get())));
    }
    return r.model(COLUMNS, b::build);
  }

  /** The ids of the actions whose origin is a deviation, by the deviation's id. */
  static Map<String, List<String>> byDeviation(List<ImprovementAction> actions) {
    Map<String, List<String>> out = new java.util.HashMap<>();
    for (ImprovementAction a : actions) {
      if (a.origin() == ActionOrigin.DEVIATION && a.originId().isPresent()) {
        out.computeIfAbsent(a.originId().get(), k -> new java.util.ArrayList<>()).add(a.id());
      }
    }
    return out;
  }
}
