package se.qms.core.improvement;

import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.measure.Period;

/**
 * A pattern or trend the yearly compilation found (SOSFS 2011:9 5 kap. 6 §): which value of which
 * dimension (e.g. the category "Procedur, rutiner, riktlinjer"), what kind of pattern, and the
 * periods it shows in, with the value's count and all cases of each period.
 *
 * <p>Invariants: at least one period; periods in chronological order, as many counts and totals as
 * periods, each count at most its total. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pattern {
  Pattern() {}

  /** Rising, or a share above the threshold. */
  public abstract PatternKind kind();

  /** The dimension the value belongs to. */
  public abstract Dimension dimension();

  /** The value's code (as in {@link TallyRow#code(int)}). */
  public abstract String code();

  /** The value's label (as in {@link TallyRow#label(int)}). */
  public abstract String label();

  /** The periods the pattern shows in, oldest first. */
  public abstract List<Period> periods();

  /** The value's count in each period. */
  public abstract List<Long> counts();

  /** All cases in each period. */
  public abstract List<Long> totals();

  /** A strict builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds patterns. */
  public static final class Builder extends ImmutablePattern.Builder {
    Builder() {}
  }

  /** The value's share of each period's cases, in the order of the periods. */
  public List<Ratio> shares() {
    List<Ratio> shares = new ArrayList<>(periods().size());
    for (int i = 0; i < periods().size(); i++) {
      shares.add(Ratio.share(counts().get(i), totals().get(i)));
    }
    return List.copyOf(shares);
  }

  /**
   * A sentence in Swedish, e.g. "Procedur, rutiner, riktlinjer: andel över tröskelvärdet 2019 (336
   * av 501, 67 %)".
   */
  public String describeSwedish() {
    StringBuilder out =
        new StringBuilder(label())
            .append(": ")
            .append(kind().swedish().toLowerCase(java.util.Locale.forLanguageTag("sv")));
    List<Ratio> shares = shares();
    for (int i = 0; i < periods().size(); i++) {
      out.append(i == 0 ? " " : ", ")
          .append(periods().get(i))
          .append(" (")
          .append(counts().get(i))
          .append(" av ")
          .append(totals().get(i))
          .append(", ")
          .append(shares.get(i).formatPercent(0))
          .append(')');
    }
    return out.toString();
  }

  @Value.Check
  final void check() {
    se.qms.core.internal.Checks.text(code(), 200, "code");
    se.qms.core.internal.Checks.text(label(), 200, "label");
    int n = periods().size();
    if (n == 0 || counts().size() != n || totals().size() != n) {
      throw InvalidValueException.violates(
          QmsErrorCode.INCONSISTENT_VALUE,
          "periods",
          n + " periods, " + counts().size() + " counts, " + totals().size() + " totals",
          "must be at least one period with one count and one total each");
    }
    for (int i = 0; i < n; i++) {
      if (i > 0 && periods().get(i).compareTo(periods().get(i - 1)) <= 0) {
        throw InvalidValueException.violates(
            QmsErrorCode.INCONSISTENT_VALUE,
            "periods",
            periods(),
            "must be in chronological order");
      }
      if (counts().get(i) < 0 || counts().get(i) > totals().get(i) || totals().get(i) < 1) {
        throw InvalidValueException.violates(
            QmsErrorCode.INCONSISTENT_VALUE,
            "counts[" + i + "]",
            counts().get(i) + " of " + totals().get(i),
            "must be between 0 and a positive total");
      }
    }
  }
}
