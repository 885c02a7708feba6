package se.qms.core.improvement;

import java.util.Objects;
import java.util.Optional;
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
 *
 * <p>Written by hand rather than generated: {@link ImprovementStatistics} reads millions of records
 * per tally and must do so without allocating an {@code Optional} per field.
 */
public final class CaseRecord {
  private final CaseType type;
  private final String organisation;
  private final String unit;
  private final Category category;
  private final ComplaintKind kind;
  private final Category subject;
  private final ComplaintSource source;
  private final Period period;
  private final Boolean ledToDocumentedAction;

  private CaseRecord(Builder b) {
    this.type = Checks.present(b.type, "type");
    this.organisation = b.organisation;
    this.unit = b.unit;
    this.category = b.category;
    this.kind = b.kind;
    this.subject = b.subject;
    this.source = b.source;
    this.period = b.period;
    this.ledToDocumentedAction = b.ledToDocumentedAction;
    check();
  }

  /** A record of a deviation with no further facts. */
  public static CaseRecord deviation() {
    return builder().type(CaseType.DEVIATION).build();
  }

  /** A record of a complaint with no further facts. */
  public static CaseRecord complaint() {
    return builder().type(CaseType.COMPLAINT).build();
  }

  /** A strict builder: each attribute may be set once; the type is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Deviation or complaint. */
  public CaseType type() {
    return type;
  }

  /** The organisation, e.g. a municipality code such as {@code 2380}. */
  public Optional<String> organisation() {
    return Optional.ofNullable(organisation);
  }

  /** The unit where the event occurred or that the complaint concerns. */
  public Optional<String> unit() {
    return Optional.ofNullable(unit);
  }

  /** A deviation's category. */
  public Optional<Category> category() {
    return Optional.ofNullable(category);
  }

  /** A complaint's kind. */
  public Optional<ComplaintKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** A complaint's subject. */
  public Optional<Category> subject() {
    return Optional.ofNullable(subject);
  }

  /** A complaint's source. */
  public Optional<ComplaintSource> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The finest period known: the month of the day a case was reported or received, or the tertial
   * or year a printed table gives.
   */
  public Optional<Period> period() {
    return Optional.ofNullable(period);
  }

  /** Whether the case led to a documented action; empty when not known. */
  public Optional<Boolean> ledToDocumentedAction() {
    return Optional.ofNullable(ledToDocumentedAction);
  }

  /** Copy in another organisation. */
  public CaseRecord withOrganisation(String organisation) {
    Builder b = copy();
    b.organisation = Checks.present(organisation, "organisation");
    return new CaseRecord(b);
  }

  /** The value of a non-period dimension, or null when unknown; for the statistics' hot path. */
  Object valueOrNull(Dimension d) {
    switch (d) {
      case ORGANISATION:
        return organisation;
      case UNIT:
        return unit;
      case CATEGORY:
        return category;
      case KIND:
        return kind;
      case SUBJECT:
        return subject;
      case SOURCE:
        return source;
      default:
        return period;
    }
  }

  /** The period or null; for the statistics' hot path. */
  Period periodOrNull() {
    return period;
  }

  private Builder copy() {
    Builder b = new Builder();
    b.type = type;
    b.organisation = organisation;
    b.unit = unit;
    b.category = category;
    b.kind = kind;
    b.subject = subject;
    b.source = source;
    b.period = period;
    b.ledToDocumentedAction = ledToDocumentedAction;
    return b;
  }

  private void check() {
    if (organisation != null) {
      Checks.noPersonalIdentityNumber(
          Checks.text(organisation, 200, "organisation"), "organisation");
    }
    if (unit != null) {
      Checks.noPersonalIdentityNumber(Checks.text(unit, 200, "unit"), "unit");
    }
    if (type == CaseType.DEVIATION) {
      notApplicable(kind, "kind");
      notApplicable(subject, "subject");
      notApplicable(source, "source");
    } else {
      notApplicable(category, "category");
    }
  }

  private void notApplicable(Object value, String field) {
    if (value != null) {
      throw InvalidValueException.violates(
          QmsErrorCode.RECORD_FIELD_NOT_APPLICABLE,
          field,
          value,
          "does not apply to a record of type " + type);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CaseRecord)) {
      return false;
    }
    CaseRecord o = (CaseRecord) other;
    return type == o.type
        && Objects.equals(organisation, o.organisation)
        && Objects.equals(unit, o.unit)
        && Objects.equals(category, o.category)
        && kind == o.kind
        && Objects.equals(subject, o.subject)
        && source == o.source
        && Objects.equals(period, o.period)
        && Objects.equals(ledToDocumentedAction, o.ledToDocumentedAction);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        type, organisation, unit, category, kind, subject, source, period, ledToDocumentedAction);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("CaseRecord{").append(type);
    append(out, "organisation", organisation);
    append(out, "unit", unit);
    append(out, "category", category == null ? null : category.code());
    append(out, "kind", kind);
    append(out, "subject", subject == null ? null : subject.code());
    append(out, "source", source);
    append(out, "period", period);
    append(out, "ledToDocumentedAction", ledToDocumentedAction);
    return out.append('}').toString();
  }

  private static void append(StringBuilder out, String name, Object value) {
    if (value != null) {
      out.append(", ").append(name).append('=').append(value);
    }
  }

  /**
   * Builds records. Strict: setting an attribute twice is an error ({@link
   * QmsErrorCode#INCONSISTENT_VALUE}); an empty {@code Optional} leaves it unknown.
   */
  public static final class Builder {
    private CaseType type;
    private String organisation;
    private String unit;
    private Category category;
    private ComplaintKind kind;
    private Category subject;
    private ComplaintSource source;
    private Period period;
    private Boolean ledToDocumentedAction;
    private int set;

    Builder() {}

    private <T> T once(int bit, T current, T value, String field) {
      Checks.present(value, field);
      if ((set & bit) != 0) {
        throw InvalidValueException.violates(
            QmsErrorCode.INCONSISTENT_VALUE, field, value, "is already set to " + current);
      }
      set |= bit;
      return value;
    }

    /** Deviation or complaint; required. */
    public Builder type(CaseType type) {
      this.type = once(1, this.type, type, "type");
      return this;
    }

    /** The organisation. */
    public Builder organisation(String organisation) {
      this.organisation = once(2, this.organisation, organisation, "organisation");
      return this;
    }

    /** The organisation, if known. */
    public Builder organisation(Optional<String> organisation) {
      Checks.present(organisation, "organisation").ifPresent(this::organisation);
      return this;
    }

    /** The unit. */
    public Builder unit(String unit) {
      this.unit = once(4, this.unit, unit, "unit");
      return this;
    }

    /** The unit, if known. */
    public Builder unit(Optional<String> unit) {
      Checks.present(unit, "unit").ifPresent(this::unit);
      return this;
    }

    /** A deviation's category. */
    public Builder category(Category category) {
      this.category = once(8, this.category, category, "category");
      return this;
    }

    /** A deviation's category, if known. */
    public Builder category(Optional<Category> category) {
      Checks.present(category, "category").ifPresent(this::category);
      return this;
    }

    /** A complaint's kind. */
    public Builder kind(ComplaintKind kind) {
      this.kind = once(16, this.kind, kind, "kind");
      return this;
    }

    /** A complaint's kind, if known. */
    public Builder kind(Optional<ComplaintKind> kind) {
      Checks.present(kind, "kind").ifPresent(this::kind);
      return this;
    }

    /** A complaint's subject. */
    public Builder subject(Category subject) {
      this.subject = once(32, this.subject, subject, "subject");
      return this;
    }

    /** A complaint's subject, if known. */
    public Builder subject(Optional<Category> subject) {
      Checks.present(subject, "subject").ifPresent(this::subject);
      return this;
    }

    /** A complaint's source. */
    public Builder source(ComplaintSource source) {
      this.source = once(64, this.source, source, "source");
      return this;
    }

    /** A complaint's source, if known. */
    public Builder source(Optional<ComplaintSource> source) {
      Checks.present(source, "source").ifPresent(this::source);
      return this;
    }

    /** The period. */
    public Builder period(Period period) {
      this.period = once(128, this.period, period, "period");
      return this;
    }

    /** The period, if known. */
    public Builder period(Optional<Period> period) {
      Checks.present(period, "period").ifPresent(this::period);
      return this;
    }

    /** Whether the case led to a documented action. */
    public Builder ledToDocumentedAction(boolean led) {
      this.ledToDocumentedAction =
          once(256, this.ledToDocumentedAction, led, "ledToDocumentedAction");
      return this;
    }

    /** Whether the case led to a documented action, if known. */
    public Builder ledToDocumentedAction(Optional<Boolean> led) {
      Checks.present(led, "ledToDocumentedAction").ifPresent(this::ledToDocumentedAction);
      return this;
    }

    /**
     * The record.
     *
     * @throws InvalidValueException with {@link QmsErrorCode#VALUE_MISSING} without a type, {@link
     *     QmsErrorCode#RECORD_FIELD_NOT_APPLICABLE} for a field the type does not have
     */
    public CaseRecord build() {
      return new CaseRecord(this);
    }
  }
}
