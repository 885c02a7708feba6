package se.qms.core.selfinspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.Role;

/**
 * One egenkontroll performed with a checklist: which template and version, for which unit, by
 * which role, on which date, and the answers.
 *
 * <p>Invariants: id, template id and unit id are not blank; the template version is 1–9999; each
 * item is answered at most once ({@link QmsErrorCode#DUPLICATE_ID}). Whether the answers fit the
 * template is checked by {@link PassPolicy#evaluate}, and whether template and unit exist by
 * {@link se.qms.core.compliance.QualitySystem}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompletedChecklist {
  CompletedChecklist() {}

  /** This record's id. */
  public abstract String id();

  /** The template used. */
  public abstract String templateId();

  /** The template version used; default 1. */
  @Value.Default
  public int templateVersion() {
    return 1;
  }

  /** The organisational unit inspected. */
  public abstract String unitId();

  /** The role of whoever answered, e.g. {@link Role#ENHETSCHEF}. */
  public abstract Role answeredBy();

  /** The date the checklist was completed. */
  public abstract LocalDate date();

  /** The answers, at most one per item. */
  public abstract List<Answer> answers();

  /** A strict builder; everything but the version and the answers is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds completed checklists. */
  public static final class Builder extends ImmutableCompletedChecklist.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(id(), 100, "id");
    Checks.text(templateId(), 100, "templateId");
    Checks.text(unitId(), 200, "unitId");
    Checks.inRange(templateVersion(), 1, 9999, "templateVersion");
    Set<String> items = new HashSet<>();
    for (int i = 0; i < answers().size(); i++) {
      if (!items.add(answers().get(i).itemId())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "answers[" + i + "].itemId",
            answers().get(i).itemId(),
            "must be answered at most once");
      }
    }
  }
}
