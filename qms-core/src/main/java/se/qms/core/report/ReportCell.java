package se.qms.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.improvement.Ratio;
import se.qms.core.internal.Checks;
import se.qms.core.measure.TrafficLight;

/**
 * One cell of a {@link ReportTable}: a text, a count, a share, a measured number, a traffic light,
 * a missing value or a count masked by small-number protection, with the records it was computed
 * from.
 *
 * <p>Invariants: a count is at least 0; a share's decimals lie in [0, 3]; a number is finite and
 * its decimals lie in [0, 3]; a masked cell shows the threshold it protects. Every figure (count,
 * share, number, light) is traceable: {@link #sources()} lists the records, in a stable order.
 * Immutable and thread-safe.
 */
public final class ReportCell {
  /** What a cell holds. */
  public enum Kind {
    /** A text, such as a row label or a trend word. */
    TEXT,
    /** A whole number of records. */
    COUNT,
    /** A count over a total, shown in per cent. */
    SHARE,
    /** A measured or computed number, with an optional unit such as {@code %} or {@code dagar}. */
    NUMBER,
    /** A traffic light, shown as colour and as word. */
    LIGHT,
    /** No value: the data are missing, which is not zero. */
    MISSING,
    /** A count below the disclosure threshold of a public edition, shown as {@code <3}. */
    MASKED
  }

  private static final ReportCell EMPTY =
      new ReportCell(Kind.TEXT, Text.empty(), 0, null, Double.NaN, 0, Text.empty(), null, List.of());

  private final Kind kind;
  private final Text text;
  private final long count;
  private final Ratio share;
  private final double number;
  private final int decimals;
  private final Text unit;
  private final TrafficLight light;
  private final List<RecordRef> sources;

  private ReportCell(
      Kind kind, Text text, long count, Ratio share, double number, int decimals, Text unit,
      TrafficLight light, List<RecordRef> sources) {
    this.kind = kind;
    this.text = text;
    this.count = count;
    this.share = share;
    this.number = number;
    this.decimals = decimals;
    this.unit = unit;
    this.light = light;
    this.sources = sources;
  }

  /** An empty text cell. */
  public static ReportCell empty() {
    return EMPTY;
  }

  /** A text cell. */
  public static ReportCell text(Text text) {
    return new ReportCell(
        Kind.TEXT, Checks.present(text, "text"), 0, null, Double.NaN, 0, Text.empty(), null, List.of());
  }

  /** A text cell that reads the same in both languages. */
  public static ReportCell text(String same) {
    return text(Text.of(same));
  }

  /**
   * A count of records.
   *
   * @param count at least 0
   * @param sources the records counted, not null
   */
  public static ReportCell count(long count, List<RecordRef> sources) {
    if (count < 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "count", count, "must be at least 0");
    }
    return new ReportCell(
        Kind.COUNT, Text.empty(), count, null, Double.NaN, 0, Text.empty(), null, copy(sources));
  }

  /**
   * A share in per cent.
   *
   * @param share the count over its total, not null
   * @param decimals the decimals shown, in [0, 3]
   * @param sources the records of the numerator, not null
   */
  public static ReportCell share(Ratio share, int decimals, List<RecordRef> sources) {
    Checks.present(share, "share");
    Checks.inRange(decimals, 0, 3, "decimals");
    return new ReportCell(
        Kind.SHARE, Text.empty(), share.numerator(), share, Double.NaN, decimals, Text.empty(), null,
        copy(sources));
  }

  /**
   * A number such as a measured result.
   *
   * @param value finite
   * @param decimals the decimals shown, in [0, 3]
   * @param unit the unit shown after the number, such as {@code %}; empty for none
   * @param sources the records the number comes from, not null
   */
  public static ReportCell number(double value, int decimals, Text unit, List<RecordRef> sources) {
    if (!Double.isFinite(value)) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "number", value, "must be finite");
    }
    Checks.inRange(decimals, 0, 3, "decimals");
    return new ReportCell(
        Kind.NUMBER, Text.empty(), 0, null, value, decimals, Checks.present(unit, "unit"), null,
        copy(sources));
  }

  /** A traffic light judged from the given records. */
  public static ReportCell light(TrafficLight light, List<RecordRef> sources) {
    return new ReportCell(
        Kind.LIGHT, Text.empty(), 0, null, Double.NaN, 0, Text.empty(), Checks.present(light, "light"),
        copy(sources));
  }

  /** A missing value, shown as {@code –} with the reason for readers who ask. */
  public static ReportCell missing(Text reason) {
    return new ReportCell(
        Kind.MISSING, Checks.present(reason, "reason"), 0, null, Double.NaN, 0, Text.empty(), null,
        List.of());
  }

  /** This count or share masked, showing {@code marker}; the sources stay for the internal trail. */
  ReportCell masked(String marker) {
    return new ReportCell(
        Kind.MASKED, Text.of(marker), count, null, Double.NaN, 0, Text.empty(), null, sources);
  }

  private static List<RecordRef> copy(List<RecordRef> sources) {
    return List.copyOf(Checks.present(sources, "sources"));
  }

  /** What the cell holds. */
  public Kind kind() {
    return kind;
  }

  /** Whether the cell holds a figure: a count, share, number or light. */
  public boolean isFigure() {
    return kind == Kind.COUNT || kind == Kind.SHARE || kind == Kind.NUMBER || kind == Kind.LIGHT;
  }

  /** The text of a text cell, the reason of a missing one, {@code <n} of a masked one; else empty. */
  public Text text() {
    return text;
  }

  /** The count of a count cell, or the numerator of a share; empty otherwise. */
  public OptionalLong count() {
    return kind == Kind.COUNT || kind == Kind.SHARE ? OptionalLong.of(count) : OptionalLong.empty();
  }

  /** The share of a share cell. */
  public Optional<Ratio> share() {
    return Optional.ofNullable(share);
  }

  /** The value of a number cell. */
  public OptionalDouble number() {
    return kind == Kind.NUMBER ? OptionalDouble.of(number) : OptionalDouble.empty();
  }

  /** The decimals shown of a share or number. */
  public int decimals() {
    return decimals;
  }

  /** The unit of a number cell; empty otherwise. */
  public Text unit() {
    return unit;
  }

  /** The light of a light cell. */
  public Optional<TrafficLight> light() {
    return Optional.ofNullable(light);
  }

  /** The records the figure was computed from, in a stable order; empty for texts. */
  public List<RecordRef> sources() {
    return sources;
  }

  /**
   * The cell as printed in {@code language}: {@code 1 204}, {@code 1,6 %}, {@code 76,96 %},
   * {@code Grön}, {@code –}, {@code <3}.
   */
  public String format(ReportLanguage language) {
    switch (kind) {
      case COUNT:
        return Ratio.formatNumber(BigDecimal.valueOf(count));
      case SHARE:
        return share.formatPercent(decimals);
      case NUMBER:
        String n =
            Ratio.formatNumber(BigDecimal.valueOf(number).setScale(decimals, RoundingMode.HALF_UP));
        String u = unit.in(language);
        return u.isEmpty() ? n : n + "\u00a0" + u;
      case LIGHT:
        return language == ReportLanguage.EN ? light.colourEn() : light.colourSv();
      case MISSING:
        return "–";
      default:
        return text.in(language);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReportCell)) {
      return false;
    }
    ReportCell o = (ReportCell) other;
    return kind == o.kind
        && text.equals(o.text)
        && count == o.count
        && Objects.equals(share, o.share)
        && Double.compare(number, o.number) == 0
        && decimals == o.decimals
        && unit.equals(o.unit)
        && light == o.light
        && sources.equals(o.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, text, count, share, number, decimals, unit, light, sources);
  }

  @Override
  public String toString() {
    return kind + " " + format(ReportLanguage.SV);
  }
}
