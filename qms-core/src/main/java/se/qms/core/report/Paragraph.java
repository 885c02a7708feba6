package se.qms.core.report;

import java.util.List;
import java.util.Objects;
import se.qms.core.internal.Checks;

/**
 * A paragraph of a report. A paragraph that states figures names the records they come from, as a
 * table cell does.
 *
 * <p>Invariants: the text is non-empty. Immutable and thread-safe.
 */
public final class Paragraph implements ReportBlock {
  private final Text text;
  private final List<RecordRef> sources;

  private Paragraph(Text text, List<RecordRef> sources) {
    this.text = text;
    this.sources = sources;
  }

  /** A paragraph without figures. */
  public static Paragraph of(Text text) {
    return of(text, List.of());
  }

  /** A paragraph whose figures come from {@code sources}. */
  public static Paragraph of(Text text, List<RecordRef> sources) {
    Checks.present(text, "text");
    if (text.sv().isBlank() || text.en().isBlank()) {
      throw se.qms.core.InvalidValueException.violates(
          se.qms.core.QmsErrorCode.VALUE_BLANK, "text", text, "must not be blank");
    }
    return new Paragraph(text, List.copyOf(Checks.present(sources, "sources")));
  }

  /** The text. */
  public Text text() {
    return text;
  }

  /** The records behind the figures the paragraph states; empty if it states none. */
  public List<RecordRef> sources() {
    return sources;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Paragraph
        && ((Paragraph) other).text.equals(text)
        && ((Paragraph) other).sources.equals(sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, sources);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
