package se.qms.core.selfinspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessNumber;

/**
 * One item of an uppföljningsplan (follow-up plan, seed 003): what is followed up, why, how, by
 * whom and when, and the results recorded.
 *
 * <p>Invariants: id (at most 100 characters), title (500) and purpose (4000) are not blank; at
 * least one method; texts hold no personal identity number. The unit, checklist template and
 * process, when given, are checked against the quality system. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpPlanItem {
  FollowUpPlanItem() {}

  /** The item's id, unique within the plan. */
  public abstract String id();

  /** The heading, e.g. "Delaktighet – socialpsykiatrin". */
  public abstract String title();

  /** The organisational unit whose item this is. */
  public abstract Optional<String> unitId();

  /** The quality area followed up. */
  public abstract QualityArea qualityArea();

  /** Why (syfte). */
  public abstract String purpose();

  /** What exactly is measured (definition). */
  public abstract Optional<String> definition();

  /** How (mätmetod), at least one. */
  public abstract List<FollowUpMethod> methods();

  /** The method as the plan describes it. */
  public abstract Optional<String> methodDescription();

  /** Who is responsible (ansvar). */
  public abstract Role responsible();

  /** Who supports (stöd). */
  public abstract List<Role> supporting();

  /** When (mättillfälle). */
  public abstract Schedule schedule();

  /** How samples are drawn, when the method samples. */
  public abstract Optional<SamplingSpec> sampling();

  /** The checklist used, when the method is a checklist. */
  public abstract Optional<String> checklistTemplateId();

  /** The process followed up. */
  public abstract Optional<ProcessNumber> process();

  /** The results recorded, in any order. */
  public abstract List<FollowUpResult> results();

  /** Whether a result is recorded for this occurrence. */
  public boolean hasResultFor(LocalDate occurrence) {
    return results().stream().anyMatch(r -> r.occurrence().equals(occurrence));
  }

  /** A strict builder; id, title, quality area, purpose, a method, responsible and schedule are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds follow-up plan items. */
  public static final class Builder extends ImmutableFollowUpPlanItem.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(id(), 100, "id");
    Checks.text(title(), 500, "title");
    Checks.text(purpose(), 4000, "purpose");
    Checks.noPersonalIdentityNumber(purpose(), "purpose");
    unitId().ifPresent(u -> Checks.text(u, 200, "unitId"));
    definition().ifPresent(d -> Checks.noPersonalIdentityNumber(Checks.text(d, 4000, "definition"), "definition"));
    methodDescription()
        .ifPresent(d -> Checks.noPersonalIdentityNumber(Checks.text(d, 4000, "methodDescription"), "methodDescription"));
    checklistTemplateId().ifPresent(t -> Checks.text(t, 100, "checklistTemplateId"));
    if (methods().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_MISSING, "methods", "[]", "must not be empty");
    }
  }
}
