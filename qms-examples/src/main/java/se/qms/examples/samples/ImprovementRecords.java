package se.qms.examples.samples;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.CaseRecord;
import se.qms.core.improvement.CaseType;
import se.qms.core.improvement.Category;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintSource;
import se.qms.core.improvement.TaxonomyPreset;
import se.qms.core.measure.Period;

/**
 * The complaint and deviation tables of a bundled sample, as {@link CaseRecord}s: each transcribed
 * line of {@code samples/<name>/improvement-records.tsv} stands for a number of records that carry
 * only the fields the line fills in (a printed count per category becomes that many records of that
 * category, nothing more). Lines are grouped in tables as the source prints them; one source
 * statement is one table, and records of different tables are never merged, since the sources do
 * not say which case of one table is which of another.
 *
 * <p>Categories and subjects are read by their printed labels from the {@link TaxonomyPreset}s.
 * Immutable and thread-safe.
 */
public final class ImprovementRecords {
  private static final int COLUMNS = 11;

  /** One transcribed line: the fields it gives, how many cases it counts, and what it prints. */
  public static final class Line {
    private final String table;
    private final CaseRecord record;
    private final int count;
    private final String printed;
    private final String place;

    Line(String table, CaseRecord record, int count, String printed, String place) {
      this.table = table;
      this.record = record;
      this.count = count;
      this.printed = printed;
      this.place = place;
    }

    /** The table the line belongs to. */
    public String table() {
      return table;
    }

    /** The fields every record of the line carries. */
    public CaseRecord record() {
      return record;
    }

    /** How many cases the line counts. */
    public int count() {
      return count;
    }

    /** A figure printed beside the count (a share such as "2,2 %", a column total), if any. */
    public Optional<String> printed() {
      return Optional.ofNullable(printed);
    }

    /** The resource and line number, for messages. */
    public String place() {
      return place;
    }

    @Override
    public String toString() {
      return place + ": " + count + " × " + record;
    }
  }

  private final String sample;
  private final Map<String, List<Line>> tables;

  private ImprovementRecords(String sample, Map<String, List<Line>> tables) {
    this.sample = sample;
    this.tables = tables;
  }

  /**
   * Reads the improvement tables of a bundled sample; a sample without any has no tables.
   *
   * @param sample one of {@link Sample#names()}
   * @throws InvalidValueException with {@link QmsErrorCode#DANGLING_REFERENCE} for an unknown
   *     sample, {@link QmsErrorCode#VALUE_MALFORMED} or {@link QmsErrorCode#CATEGORY_UNKNOWN} for a
   *     line that does not read
   */
  public static ImprovementRecords load(String sample) {
    requireNonNull(sample, "sample");
    if (!Sample.names().contains(sample)) {
      throw InvalidValueException.violates(
          QmsErrorCode.DANGLING_REFERENCE, "sample", sample, "must be one of " + Sample.names());
    }
    Map<String, List<Line>> tables = new LinkedHashMap<>();
    for (Tsv.Row row : Tsv.read("/samples/" + sample + "/improvement-records.tsv", COLUMNS)) {
      Line line = line(row);
      tables.computeIfAbsent(line.table, t -> new ArrayList<>()).add(line);
    }
    tables.replaceAll((t, lines) -> List.copyOf(lines));
    return new ImprovementRecords(sample, Collections.unmodifiableMap(tables));
  }

  /** The sample's name. */
  public String sample() {
    return sample;
  }

  /** The names of the tables, in the order of the file. */
  public List<String> tables() {
    return List.copyOf(tables.keySet());
  }

  /**
   * The transcribed lines of a table.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#DANGLING_REFERENCE} for an unknown table
   */
  public List<Line> lines(String table) {
    List<Line> lines = tables.get(requireNonNull(table, "table"));
    if (lines == null) {
      throw InvalidValueException.violates(
          QmsErrorCode.DANGLING_REFERENCE, "table", table, "must be one of " + tables.keySet());
    }
    return lines;
  }

  /** The records of a table: each line's record, as many times as its count. */
  public List<CaseRecord> records(String table) {
    List<CaseRecord> records = new ArrayList<>();
    for (Line line : lines(table)) {
      for (int i = 0; i < line.count; i++) {
        records.add(line.record);
      }
    }
    return Collections.unmodifiableList(records);
  }

  private static Line line(Tsv.Row row) {
    CaseType type;
    try {
      type = CaseType.valueOf(row.get(1));
    } catch (IllegalArgumentException e) {
      throw row.invalid("caseType", row.get(1), "DEVIATION or COMPLAINT");
    }
    CaseRecord.Builder b = CaseRecord.builder().type(type);
    row.optional(2).map(Period::parse).ifPresent(b::period);
    row.optional(3).ifPresent(b::unit);
    row.optional(4).map(label -> category(row, label, true)).ifPresent(b::category);
    row.optional(5).map(ComplaintKind::parseSwedish).ifPresent(b::kind);
    row.optional(6).map(label -> category(row, label, false)).ifPresent(b::subject);
    row.optional(7).map(ComplaintSource::parseSwedish).ifPresent(b::source);
    row.optional(8).map(flag -> flag(row, flag)).ifPresent(b::ledToDocumentedAction);
    int count;
    try {
      count = Integer.parseInt(row.get(9));
    } catch (NumberFormatException e) {
      throw row.invalid("count", row.get(9), "a whole number");
    }
    if (count < 0) {
      throw row.invalid("count", row.get(9), "0 or more");
    }
    return new Line(row.get(0), b.build(), count, row.optional(10).orElse(null), row.place());
  }

  private static boolean flag(Tsv.Row row, String text) {
    switch (text) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw row.invalid("ledToDocumentedAction", text, "true or false");
    }
  }

  private static Category category(Tsv.Row row, String label, boolean deviation) {
    TaxonomyPreset[] presets =
        deviation
            ? new TaxonomyPreset[] {
              TaxonomyPreset.DEVIATION_CAUSES, TaxonomyPreset.DEVIATION_NONCONFORMITIES
            }
            : new TaxonomyPreset[] {
              TaxonomyPreset.COMPLAINT_SUBJECTS, TaxonomyPreset.COMPLAINT_SUBJECTS_CASEWORK
            };
    for (TaxonomyPreset p : presets) {
      Optional<Category> c = p.taxonomy().byLabel(label);
      if (c.isPresent()) {
        return c.get();
      }
    }
    throw InvalidValueException.violates(
        QmsErrorCode.CATEGORY_UNKNOWN,
        row.place() + (deviation ? " category" : " subject"),
        label,
        "must be a label of a preset taxonomy");
  }

  @Override
  public String toString() {
    return "ImprovementRecords{" + sample + ", " + tables.keySet() + "}";
  }
}
