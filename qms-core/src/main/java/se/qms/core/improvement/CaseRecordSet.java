package se.qms.core.improvement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * Complaints or deviations known only as counts: one table of a register or an earlier report, a
 * line per combination of facts and how many cases had it (seed 001 Tabell 15: 65 deviations of
 * "Kommunikation och information", …). Kept beside the full cases of a quality system when the
 * cases themselves live in another system.
 *
 * <p>Sets are never merged with each other or with the full cases: two tables of one report often
 * count the same cases by different facts, and nothing says which case of one is which of the
 * other. Each set is reported as its own table.
 *
 * <p>Invariants: the id is non-blank (at most 200 characters); the title is non-blank (at most 500)
 * without personal identity numbers; there is at least one line, every line's count is at least 0,
 * and all lines are of one {@link CaseType} ({@link QmsErrorCode#INCONSISTENT_VALUE}). Immutable
 * and thread-safe.
 */
public final class CaseRecordSet {
  private final String id;
  private final String title;
  private final String reference;
  private final List<Line> lines;

  private CaseRecordSet(String id, String title, String reference, List<Line> lines) {
    this.id = id;
    this.title = title;
    this.reference = reference;
    this.lines = lines;
  }

  /**
   * A set.
   *
   * @param id a stable id, unique in the quality system, such as {@code tabell-15}
   * @param title what the table counts, such as "Typ av avvikelser 2019"
   * @param reference where the counts come from, such as "Kvalitetsberättelse 2019, Tabell 15";
   *     empty if not given
   * @param lines at least one
   */
  public static CaseRecordSet of(String id, String title, Optional<String> reference, List<Line> lines) {
    Checks.text(id, 200, "id");
    Checks.noPersonalIdentityNumber(Checks.text(title, 500, "title"), "title");
    Checks.present(reference, "reference");
    reference.ifPresent(r -> Checks.noPersonalIdentityNumber(Checks.text(r, 500, "reference"), "reference"));
    List<Line> copy = List.copyOf(Checks.present(lines, "lines"));
    if (copy.isEmpty()) {
      throw InvalidValueException.violates(QmsErrorCode.VALUE_MISSING, "lines", copy, "must hold at least one line");
    }
    CaseType type = copy.get(0).record().type();
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i).record().type() != type) {
        throw InvalidValueException.violates(
            QmsErrorCode.INCONSISTENT_VALUE, "lines[" + i + "].record.type", copy.get(i).record().type(),
            "must be " + type + " as the set's first line");
      }
    }
    return new CaseRecordSet(id, title, reference.orElse(null), copy);
  }

  /** The id. */
  public String id() {
    return id;
  }

  /** What the set counts. */
  public String title() {
    return title;
  }

  /** Where the counts come from. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /** The lines, in the order given. */
  public List<Line> lines() {
    return lines;
  }

  /** Deviations or complaints. */
  public CaseType type() {
    return lines.get(0).record().type();
  }

  /** The number of cases counted. */
  public long size() {
    long n = 0;
    for (Line l : lines) {
      n += l.count();
    }
    return n;
  }

  /** One record per case counted, line by line; records of one line are one instance. */
  public List<CaseRecord> records() {
    List<CaseRecord> out = new ArrayList<>();
    for (Line l : lines) {
      out.addAll(Collections.nCopies(l.count(), l.record()));
    }
    return out;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CaseRecordSet
        && ((CaseRecordSet) other).id.equals(id)
        && ((CaseRecordSet) other).title.equals(title)
        && Objects.equals(((CaseRecordSet) other).reference, reference)
        && ((CaseRecordSet) other).lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, reference, lines);
  }

  @Override
  public String toString() {
    return id + " " + title + " (" + size() + ")";
  }

  /**
   * One line of a set: the facts its cases share and how many there were.
   *
   * <p>Invariants: the count lies in [0, 10 000 000]. Immutable and thread-safe.
   */
  public static final class Line {
    private final CaseRecord record;
    private final int count;

    private Line(CaseRecord record, int count) {
      this.record = record;
      this.count = count;
    }

    /** {@code count} cases with the facts of {@code record}. */
    public static Line of(CaseRecord record, int count) {
      return new Line(Checks.present(record, "record"), Checks.inRange(count, 0, 10_000_000, "count"));
    }

    /** The facts the cases share. */
    public CaseRecord record() {
      return record;
    }

    /** How many cases. */
    public int count() {
      return count;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Line && ((Line) other).record.equals(record) && ((Line) other).count == count;
    }

    @Override
    public int hashCode() {
      return Objects.hash(record, count);
    }

    @Override
    public String toString() {
      return record + " × " + count;
    }
  }
}
