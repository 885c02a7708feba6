package se.qms.examples.vendor;

import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.UnitKind;

/** {@code units} → the {@link Organisation}. */
final class UnitMapper {
  static final String TABLE = "units";
  private static final String SQL = "SELECT id, name, kind, parent_id FROM units ORDER BY id";
  private static final Map<String, String> COLUMNS =
      Map.of("id", "id", "name", "name", "kind", "kind", "parentId", "parent_id");

  private UnitMapper() {}

  static Organisation read(Connection c) {
    List<Row.Mapped<OrganisationUnit>> rows =
        Query.all(c, TABLE, SQL, List.of("id"), r -> new Row.Mapped<>(r.id(), r.optionalText("parent_id").orElse(null), map(r)));
    Set<String> ids = new HashSet<>();
    rows.forEach(m -> ids.add(m.id()));
    for (Row.Mapped<OrganisationUnit> m : rows) {
      if (m.reference() != null && !ids.contains(m.reference())) {
        throw new RowException(
            QmsErrorCode.ROW_REFERENCE_UNKNOWN, TABLE, "parent_id", m.id(), "'" + m.reference() + "' is no row of units", null);
      }
    }
    try {
      return Organisation.of(rows.stream().map(Row.Mapped::value).toList());
    } catch (InvalidValueException e) {
      String id = e.rejectedValue().orElse("?");
      throw new RowException(QmsErrorCode.ROW_VALUE_INVALID, TABLE, "parent_id", id, "rejected by the model: " + e.getMessage(), e);
    }
  }

  private static OrganisationUnit map(Row r) {
    String name = r.text("name");
    UnitKind kind = r.code("kind", UnitKind.class);
    return r.model(COLUMNS, () -> {
      OrganisationUnit.Builder b = OrganisationUnit.builder().id(r.id()).name(name).kind(kind);
      r.optionalText("parent_id").ifPresent(b::parentId);
      return b.build();
    });
  }
}
