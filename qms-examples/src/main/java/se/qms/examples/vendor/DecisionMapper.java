package se.qms.examples.vendor;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.qms.core.organisation.PersonRef;
import se.qms.core.unexecuted.DelayReason;
import se.qms.core.unexecuted.ExecutionCommand;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.Insats;
import se.qms.core.unexecuted.InsatsCatalogue;

/**
 * {@code decisions} → {@link FavourableDecision}s (gynnande beslut). The insats code is looked up in
 * the catalogue, gender is Kolada's K or M, and the execution dates are replayed in order (executed,
 * interrupted, resumed, ended) so the model checks that they follow one another.
 */
final class DecisionMapper {
  static final String TABLE = "decisions";
  private static final String SQL =
      "SELECT id, client_id, unit_id, insats_code, gender, decided_on, delay_reason, executed_on,"
          + " interrupted_on, resumed_on, ended_on, protected_personal_data FROM decisions ORDER BY id";
  private static final Map<String, Gender> GENDERS = Map.of("K", Gender.WOMAN, "M", Gender.MAN);
  private static final Map<String, String> COLUMNS =
      Map.of("id", "id", "person", "client_id", "insats", "insats_code", "decided", "decided_on");

  private DecisionMapper() {}

  /** A mapped decision and the unit that is to carry it out. */
  record Mapped(FavourableDecision decision, Optional<String> unitId) {}

  static List<Mapped> read(Connection c, Refs refs, InsatsCatalogue catalogue) {
    return Query.all(c, TABLE, SQL, List.of("id"), r -> map(r, refs, catalogue));
  }

  private static Mapped map(Row r, Refs refs, InsatsCatalogue catalogue) {
    String code = r.text("insats_code");
    Insats insats = catalogue.find(code).orElseThrow(() -> r.invalid("insats_code", code, "not in the insats catalogue", null));
    Optional<String> client = r.optionalText("client_id");
    Optional<String> unit = refs.unit(r, "unit_id");
    FavourableDecision.Builder b =
        FavourableDecision.builder()
            .id(r.id())
            .insats(insats)
            .decided(r.date("decided_on"))
            .gender(r.mapped("gender", GENDERS))
            .delayReason(r.optionalCode("delay_reason", DelayReason.class))
            .protectedPersonalData(r.flag("protected_personal_data"));
    if (client.isPresent()) {
      b.person(r.model("client_id", () -> PersonRef.of(client.get(), "Brukare")));
    }
    FavourableDecision d = r.model(COLUMNS, b::build);
    d = step(r, d, "executed_on", ExecutionCommand::execute);
    d = step(r, d, "interrupted_on", ExecutionCommand::interrupt);
    d = step(r, d, "resumed_on", ExecutionCommand::resume);
    d = step(r, d, "ended_on", ExecutionCommand::end);
    return new Mapped(d, unit);
  }

  private static FavourableDecision step(
      Row r, FavourableDecision d, String column, Function<LocalDate, ExecutionCommand> command) {
    Optional<LocalDate> day = r.optionalDate(column);
    if (day.isEmpty()) {
      return d;
    }
    return r.model(column, () -> d.apply(command.apply(day.get())).next());
  }
}
