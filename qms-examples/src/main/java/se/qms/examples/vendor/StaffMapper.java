package se.qms.examples.vendor;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.PersonRef;
import se.qms.core.organisation.Role;

/**
 * {@code staff} → pseudonymous {@link PersonRef}s by id. The model rejects an id shaped like a
 * personnummer ({@code QMS-1006}); here that is a row error of {@code staff.id}.
 */
final class StaffMapper {
  static final String TABLE = "staff";
  private static final String SQL = "SELECT id, title, role, unit_id FROM staff ORDER BY id";

  private StaffMapper() {}

  static Map<String, PersonRef> read(Connection c, Organisation organisation) {
    Refs units = new Refs(organisation, Map.of());
    Map<String, PersonRef> out = new LinkedHashMap<>();
    for (PersonRef p : Query.all(c, TABLE, SQL, List.of("id"), r -> map(r, units))) {
      out.put(p.id(), p);
    }
    return out;
  }

  private static PersonRef map(Row r, Refs units) {
    String title = r.text("title");
    String role = r.text("role");
    r.model("role", () -> Role.parse(role));
    units.unit(r, "unit_id");
    return r.model(Map.of("id", "id", "displayName", "title"), () -> PersonRef.of(r.id(), title));
  }
}
