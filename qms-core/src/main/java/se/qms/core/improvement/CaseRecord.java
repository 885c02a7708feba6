package se.qms.core.improvement;

import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;
import se.qms.core.measure.Period;

/**
 * One case as the yearly compilation counts it (SOSFS 2011:9 5 kap. 6 §): its type and whatever a
 * register or a printed table tells about it — organisation, unit, category or kind, subject and
 * source, the period it falls in, and whether it led to a documented action.
 *
 * <p>Every field but the type may be unknown: a record made from a printed table carries only what
 * the table gives, and unknown is never counted as a value. {@link Deviation#toRecord()} and {@link
 * Complaint#toRecord()} make records of full cases.
 *
 * <p>Invariants: a deviation has no kind, subject or source, a complaint no category ({@link
 * QmsErrorCode#RECORD_FIELD_NOT_APPLICABLE}); organisation and unit are non-blank, at most 200
 * characters, without personal identity numbers. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseRecord {
  CaseRecord() {}

  /** Deviation or complaint. */
  public abstract CaseType type();

  /** The organisation, e.g. a municipality code such as {@code 2380}. */
  public abstract Optional<String> organisation();

  /** The unit where the event occurred or that the complaint concerns. */
  public abstract Optional<String> unit();

  /** A deviation's category. */
  public abstract Optional<Category> category();

  /** A complaint's kind. */
  public abstract Optional<ComplaintKind> kind();

  /** A complaint's subject. */
  public abstract Optional<Category> subject();

  /** A complaint's source. */
  public abstract Optional<ComplaintSource> source();

  /**
   * The finest period known: the month of the day a case was reported or received, or the
   * tertial or year a printed table gives.
   */
  public abstract Optional<Period> period();

  /** Whether the case led to a documented action; empty when not known. */
  public abstract Optional<Boolean> ledToDocumentedAction();

  /** Copy in another organisation. */
  public abstract CaseRecord withOrganisation(String organisation);

  /** A record of a deviation with no further facts; add them with the builder. */
  public static CaseRecord deviation() {
    return builder().type(CaseType.DEVIATION).build();
  }

  /** A record of a complaint with no further facts; add them with the builder. */
  public static CaseRecord complaint() {
    return builder().type(CaseType.COMPLAINT).build();
  }

  /** A strict builder; the type is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds records. */
  public static final class Builder extends ImmutableCaseRecord.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    organisation().ifPresent(o -> Checks.noPersonalIdentityNumber(Checks.text(o, 200, "organisation"), "organisation"));
    unit().ifPresent(u -> Checks.noPersonalIdentityNumber(Checks.text(u, 200, "unit"), "unit"));
    if (type() == CaseType.DEVIATION) {
      notApplicable(kind(), "kind");
      notApplicable(subject(), "subject");
      notApplicable(source(), "source");
    } else {
      notApplicable(category(), "category");
    }
  }

  private void notApplicable(Optional<?> value, String field) {
    if (value.isPresent()) {
      throw InvalidValueException.violates(
          QmsErrorCode.RECORD_FIELD_NOT_APPLICABLE,
          field,
          value.get(),
          "does not apply to a record of type " + type());
    }
  }
}
