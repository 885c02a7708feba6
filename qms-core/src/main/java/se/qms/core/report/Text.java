package se.qms.core.report;

import java.util.Objects;
import se.qms.core.internal.Checks;

/**
 * A text of a report in Swedish and in English; names from records (units, categories, titles)
 * are the same in both.
 *
 * <p>Invariants: both texts are non-null (they may be empty only for an empty cell). Immutable and
 * thread-safe.
 */
public final class Text {
  private static final Text EMPTY = new Text("", "");
  private final String sv;
  private final String en;

  private Text(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** A text in both languages. */
  public static Text of(String sv, String en) {
    return new Text(Checks.present(sv, "sv"), Checks.present(en, "en"));
  }

  /** A text that reads the same in both languages, such as a unit's name or a number. */
  public static Text of(String same) {
    Checks.present(same, "text");
    return new Text(same, same);
  }

  /** The empty text. */
  public static Text empty() {
    return EMPTY;
  }

  /** The Swedish text. */
  public String sv() {
    return sv;
  }

  /** The English text. */
  public String en() {
    return en;
  }

  /** The text in {@code language}. */
  public String in(ReportLanguage language) {
    return language == ReportLanguage.EN ? en : sv;
  }

  /** Whether both texts are empty. */
  public boolean isEmpty() {
    return sv.isEmpty() && en.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Text && ((Text) other).sv.equals(sv) && ((Text) other).en.equals(en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sv, en);
  }

  @Override
  public String toString() {
    return sv.equals(en) ? sv : sv + " / " + en;
  }
}
