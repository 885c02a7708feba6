package se.qms.examples.vendor;

import java.util.Map;
import java.util.Optional;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.PersonRef;

/** The rows other tables refer to: units and staff, checked where a row names them. */
final class Refs {
  private final Organisation organisation;
  private final Map<String, PersonRef> staff;

  Refs(Organisation organisation, Map<String, PersonRef> staff) {
    this.organisation = organisation;
    this.staff = Map.copyOf(staff);
  }

  Organisation organisation() {
    return organisation;
  }

  /** The unit id in {@code column}, which must be a row of {@code units}. */
  Optional<String> unit(Row r, String column) {
    Optional<String> id = r.optionalText(column);
    if (id.isPresent() && organisation.unit(id.get()).isEmpty()) {
      throw r.unknown(column, id.get(), UnitMapper.TABLE);
    }
    return id;
  }

  /** The staff member in {@code column}, which must be a row of {@code staff}. */
  Optional<PersonRef> staff(Row r, String column) {
    Optional<String> id = r.optionalText(column);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    PersonRef p = staff.get(id.get());
    if (p == null) {
      throw r.unknown(column, id.get(), StaffMapper.TABLE);
    }
    return Optional.of(p);
  }
}
