package se.qms.core.report;

import java.util.List;
import java.util.Objects;
import se.qms.core.internal.Checks;

/**
 * A development need (utvecklingsbehov) derived from the records, never typed in: a red light, a
 * Kritisk risk, an overdue item, a failed checklist or a ProcessIndex gap, with the records it
 * rests on.
 *
 * <p>Invariants: the weight is at least 1 (how many records, cells or levels the need covers, as
 * each kind defines it); the subject is non-blank; sources are non-empty. Immutable and
 * thread-safe.
 */
public final class DevelopmentNeed {
  private final NeedKind kind;
  private final String subject;
  private final Text description;
  private final int weight;
  private final List<RecordRef> sources;

  private DevelopmentNeed(NeedKind kind, String subject, Text description, int weight, List<RecordRef> sources) {
    this.kind = kind;
    this.subject = subject;
    this.description = description;
    this.weight = weight;
    this.sources = sources;
  }

  /**
   * A need.
   *
   * @param kind where it comes from
   * @param subject what it is about: a process number, indicator, risk or checklist, such as
   *     {@code 2.1.2.3.5} or {@code risk R3}
   * @param description what must be done, in both languages
   * @param weight at least 1; larger weighs more within a kind
   * @param sources the records it rests on, at least one
   */
  public static DevelopmentNeed of(
      NeedKind kind, String subject, Text description, int weight, List<RecordRef> sources) {
    Checks.present(kind, "kind");
    Checks.text(subject, 500, "subject");
    Checks.present(description, "description");
    Checks.inRange(weight, 1, Integer.MAX_VALUE, "weight");
    List<RecordRef> s = List.copyOf(Checks.present(sources, "sources"));
    if (s.isEmpty()) {
      throw se.qms.core.InvalidValueException.violates(
          se.qms.core.QmsErrorCode.VALUE_MISSING, "sources", s, "must name at least one record");
    }
    return new DevelopmentNeed(kind, subject, description, weight, s);
  }

  /** Where the need comes from. */
  public NeedKind kind() {
    return kind;
  }

  /** What it is about. */
  public String subject() {
    return subject;
  }

  /** What must be done. */
  public Text description() {
    return description;
  }

  /** How much the need weighs within its kind. */
  public int weight() {
    return weight;
  }

  /** The records it rests on. */
  public List<RecordRef> sources() {
    return sources;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DevelopmentNeed)) {
      return false;
    }
    DevelopmentNeed o = (DevelopmentNeed) other;
    return kind == o.kind && subject.equals(o.subject) && description.equals(o.description)
        && weight == o.weight && sources.equals(o.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, subject, description, weight, sources);
  }

  @Override
  public String toString() {
    return kind + " " + subject + " (" + weight + ")";
  }
}
