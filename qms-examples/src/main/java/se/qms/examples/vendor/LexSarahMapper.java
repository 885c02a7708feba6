package se.qms.examples.vendor;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahCommand;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;

/**
 * {@code lex_sarah_reports} → a {@link LexSarahRegister}. The table has one date column per step;
 * the mapper replays them in order as commands, so the model checks the lifecycle — a step without
 * the one before it, a notification of a case not assessed as serious, a date before the one before
 * it — and each rejection names the column of the step.
 */
final class LexSarahMapper {
  static final String TABLE = "lex_sarah_reports";
  private static final String SQL =
      "SELECT id, committee_id, unit_id, reported_on, reporter_role, individual_count, categories,"
          + " received_on, registered_on, investigation_started_on, assessed_on, assessment,"
          + " notification_decided_on, notified_on, closed_on, protected_personal_data"
          + " FROM lex_sarah_reports ORDER BY id";
  private static final Map<String, String> COLUMNS =
      Map.of(
          "id", "id",
          "committeeId", "committee_id",
          "unitId", "unit_id",
          "individualCount", "individual_count",
          "categories", "categories");

  private LexSarahMapper() {}

  static LexSarahRegister read(Connection c, Refs refs) {
    return LexSarahRegister.of(Query.all(c, TABLE, SQL, List.of("id"), r -> map(r, refs)));
  }

  private static LexSarahCase map(Row r, Refs refs) {
    String committee = refs.unit(r, "committee_id").orElseThrow(() -> r.missing("committee_id"));
    if (refs.organisation().unit(committee).orElseThrow().kind() != UnitKind.NAMND) {
      throw r.invalid("committee_id", committee, "not a unit of kind NAMND", null);
    }
    LocalDate reported = r.date("reported_on");
    List<LexSarahCategory> categories = new ArrayList<>();
    for (String code : r.optionalText("categories").orElse("").split(",")) {
      if (!code.isBlank()) {
        categories.add(r.code("categories", code.strip(), LexSarahCategory.class));
      }
    }
    OptionalInt individuals = r.optionalInteger("individual_count");
    Optional<String> role = r.optionalText("reporter_role");
    LexSarahCase.Builder b =
        LexSarahCase.builder()
            .id(r.id())
            .committeeId(committee)
            .unitId(refs.unit(r, "unit_id"))
            .reported(reported)
            .reporterRole(role.map(code -> r.model("reporter_role", () -> Role.parse(code))))
            .protectedPersonalData(r.flag("protected_personal_data"))
            .addAllCategories(categories);
    if (individuals.isPresent()) {
      b.individualCount(individuals.getAsInt());
    }
    LexSarahCase c = r.model(COLUMNS, b::build);
    c = step(r, c, "received_on", LexSarahCommand::receive);
    c = step(r, c, "registered_on", LexSarahCommand::register);
    c = step(r, c, "investigation_started_on", LexSarahCommand::startInvestigation);
    Optional<LocalDate> assessed = r.optionalDate("assessed_on");
    Optional<LexSarahAssessment> assessment = r.optionalCode("assessment", LexSarahAssessment.class);
    if (assessed.isPresent() != assessment.isPresent()) {
      throw r.missing(assessed.isPresent() ? "assessment" : "assessed_on");
    }
    if (assessed.isPresent()) {
      LexSarahCase before = c;
      c = r.model("assessed_on", () -> before.apply(LexSarahCommand.assess(assessed.get(), assessment.get())).next());
    }
    Optional<LocalDate> notified = r.optionalDate("notified_on");
    if (notified.isPresent()) {
      LocalDate decided = r.date("notification_decided_on");
      LexSarahCase before = c;
      c =
          r.model(
              "notified_on",
              () ->
                  before
                      .apply(LexSarahCommand.notifyIvo(notified.get(), decided).withDecidedBy(Role.NAMND))
                      .next());
    }
    return step(r, c, "closed_on", LexSarahCommand::close);
  }

  private static LexSarahCase step(
      Row r, LexSarahCase c, String column, java.util.function.Function<LocalDate, LexSarahCommand> command) {
    Optional<LocalDate> day = r.optionalDate(column);
    if (day.isEmpty()) {
      return c;
    }
    return r.model(column, () -> c.apply(command.apply(day.get())).next());
  }
}
