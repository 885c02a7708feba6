package se.qms.core.organisation;

import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * One organisational unit: an id unique within its {@link Organisation}, a name, a kind and the
 * id of its parent (absent for a top unit such as a nämnd).
 *
 * <p>Invariants: id and name are non-blank, at most 200 characters, and contain nothing shaped like
 * a personal identity number; a unit is not its own parent. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrganisationUnit {
  OrganisationUnit() {}

  /** The unit's identifier, unique within its organisation. */
  public abstract String id();

  /** The unit's name, e.g. "Myndighetsavdelningen". */
  public abstract String name();

  /** The unit's level. */
  public abstract UnitKind kind();

  /** The parent unit's id; absent for a top unit. */
  public abstract Optional<String> parentId();

  /** Creates a top unit (without parent). */
  public static OrganisationUnit of(String id, String name, UnitKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /** Creates a unit below {@code parentId}. */
  public static OrganisationUnit of(String id, String name, UnitKind kind, String parentId) {
    return builder().id(id).name(name).kind(kind).parentId(parentId).build();
  }

  /** A strict builder: every attribute may be set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds units; {@code id}, {@code name} and {@code kind} are required. */
  public static final class Builder extends ImmutableOrganisationUnit.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.noPersonalIdentityNumber(Checks.text(id(), 200, "id"), "id");
    Checks.noPersonalIdentityNumber(Checks.text(name(), 200, "name"), "name");
    parentId()
        .ifPresent(
            p -> {
              Checks.text(p, 200, "parentId");
              if (p.equals(id())) {
                throw se.qms.core.InvalidValueException.violates(
                    se.qms.core.QmsErrorCode.ORGANISATION_CYCLE,
                    "parentId",
                    p,
                    "must differ from the unit's own id");
              }
            });
  }
}
