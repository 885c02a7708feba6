package se.qms.core.selfinspection;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A checklist (checklista) for egenkontroll, e.g. "Systematiskt brandskyddsarbete (SBA)".
 *
 * <p>Invariants: id (at most 100 characters) and title (at most 500) are not blank; the version is
 * 1–9999; there is at least one item and item ids are unique ({@link QmsErrorCode#DUPLICATE_ID}).
 * A template is identified by id and version together. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChecklistTemplate {
  ChecklistTemplate() {}

  /** The template's id. */
  public abstract String id();

  /** The checklist's title. */
  public abstract String title();

  /** The template's version, 1–9999; default 1. */
  @Value.Default
  public int version() {
    return 1;
  }

  /** The questions, in order; never empty. */
  public abstract List<ChecklistItem> items();

  /** When a completed checklist passes; default {@link PassPolicy#standard()}. */
  @Value.Default
  public PassPolicy passPolicy() {
    return PassPolicy.standard();
  }

  /** The item with this id. */
  public Optional<ChecklistItem> item(String id) {
    return items().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** Judges a completed checklist of this template by its policy; see {@link PassPolicy#evaluate}. */
  public ChecklistOutcome evaluate(CompletedChecklist checklist) {
    return passPolicy().evaluate(this, checklist);
  }

  /** A strict builder; id, title and at least one item are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds checklist templates. */
  public static final class Builder extends ImmutableChecklistTemplate.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(id(), 100, "id");
    Checks.text(title(), 500, "title");
    Checks.inRange(version(), 1, 9999, "version");
    if (items().isEmpty()) {
      throw InvalidValueException.violates(QmsErrorCode.VALUE_MISSING, "items", "[]", "must not be empty");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items().size(); i++) {
      if (!ids.add(items().get(i).id())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "items[" + i + "].id", items().get(i).id(), "must be unique");
      }
    }
  }
}
