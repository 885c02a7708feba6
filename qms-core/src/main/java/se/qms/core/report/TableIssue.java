package se.qms.core.report;

import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * A cell of a published table that does not follow from the others: where it is, what was printed,
 * what follows instead, the relation it breaks, and a message in Swedish and English.
 *
 * <p>Invariants: row, column and messages are non-blank; {@link #expected()} is present unless the
 * cell is {@link Kind#NOT_A_NUMBER}, and is then written the way {@link
 * se.qms.core.improvement.Ratio#formatPercent(int)} writes Swedish numbers ({@code "1,6 %"}).
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class TableIssue {
  /** What is wrong with the cell. */
  public enum Kind {
    /** A cell a relation reads is neither blank nor a number. */
    NOT_A_NUMBER,
    /** A printed share does not round from its count and total. */
    SHARE,
    /** A printed total is not the sum of its parts. */
    TOTAL,
    /** A printed change in per cent does not round from the two values it compares. */
    CHANGE
  }

  TableIssue() {}

  /** What is wrong. */
  public abstract Kind kind();

  /** The row label of the cell. */
  public abstract String row();

  /** The column label of the cell. */
  public abstract String column();

  /** The cell's text as printed. */
  public abstract String printed();

  /** The value that follows from the other cells, as it would be printed; empty for {@link Kind#NOT_A_NUMBER}. */
  public abstract Optional<String> expected();

  /** The relation the cell breaks, or, for {@link Kind#NOT_A_NUMBER}, the first that reads it. */
  public abstract TableRelation relation();

  /** The message in Swedish. */
  public abstract String messageSv();

  /** The message in English. */
  public abstract String messageEn();

  static Builder builder() {
    return new Builder();
  }

  /** Builds issues. */
  static final class Builder extends ImmutableTableIssue.Builder {
    Builder() {}
  }

  @Value.Check
  final void check() {
    Checks.text(row(), 500, "row");
    Checks.text(column(), 500, "column");
    Checks.text(messageSv(), 2000, "messageSv");
    Checks.text(messageEn(), 2000, "messageEn");
    if (expected().isPresent() == (kind() == Kind.NOT_A_NUMBER)) {
      throw se.qms.core.InvalidValueException.violates(
          se.qms.core.QmsErrorCode.INCONSISTENT_VALUE,
          "expected",
          expected(),
          "must be present exactly when the cell is a number");
    }
  }

  /** {@code row / column: printed "1,8%", expected "1,6 %" (shares of Antal in Andel over 501)}. */
  @Override
  public String toString() {
    return row()
        + " / "
        + column()
        + ": printed \""
        + printed()
        + "\""
        + expected().map(e -> ", expected \"" + e + "\"").orElse(", not a number")
        + " ("
        + relation()
        + ")";
  }
}
