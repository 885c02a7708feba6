package se.qms.risk;

import java.util.List;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * The levels into which risk values are divided, from the lowest to the highest.
 *
 * <p>The default is Låg [1, 4), Medium [4, 8), Kritisk [8, 16]: consistent with seed 000 §4.1 (its
 * five risks are 1 Kritisk, 1 Medium, 3 Låg) and with its lex Sarah rule (value 8 or more is
 * reported). Invariants: at least one band; the bands partition the values {@code [1, maxValue()]}
 * — the first starts at 1 ({@link QmsErrorCode#RISK_BANDS_RANGE}), each next one starts where the
 * previous one ends (else {@link QmsErrorCode#RISK_BANDS_GAP} or {@link
 * QmsErrorCode#RISK_BANDS_OVERLAP}) and the last one, which holds its upper bound, ends at {@link
 * #maxValue()}. So every value in that range, integer or real, lies in exactly one band. Whether
 * {@code maxValue()} matches a pair of scales is checked by {@link RiskEvaluator#of}. Immutable and
 * thread-safe.
 */
public final class RiskBands {
  private static final RiskBands DEFAULTS =
      new RiskBands(
          List.of(
              RiskBand.of("Låg", "Low", 1, 4),
              RiskBand.of("Medium", "Medium", 4, 8),
              RiskBand.of("Kritisk", "Critical", 8, 16)));

  private final List<RiskBand> bands;

  private RiskBands(List<RiskBand> bands) {
    this.bands = bands;
  }

  /** Låg [1, 4), Medium [4, 8), Kritisk [8, 16], for the default 4 × 4 scales. */
  public static RiskBands defaults() {
    return DEFAULTS;
  }

  /**
   * Bands from the lowest to the highest.
   *
   * @param bands at least one; ordered; partitioning {@code [1, last.upper()]}
   * @throws InvalidValueException with {@link QmsErrorCode#RISK_BANDS_RANGE} when the first band
   *     does not start at 1 or there is none, {@link QmsErrorCode#RISK_BANDS_GAP} or {@link
   *     QmsErrorCode#RISK_BANDS_OVERLAP} when a band does not start where the previous one ends
   */
  public static RiskBands of(List<RiskBand> bands) {
    Require.present(bands, "bands");
    if (bands.isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.RISK_BANDS_RANGE, "bands", "[]", "must hold at least one band");
    }
    for (int i = 0; i < bands.size(); i++) {
      Require.present(bands.get(i), "bands[" + i + "]");
    }
    if (bands.get(0).lower() != 1) {
      throw InvalidValueException.violates(
          QmsErrorCode.RISK_BANDS_RANGE, "bands[0].lower", bands.get(0).lower(), "must be 1");
    }
    for (int i = 1; i < bands.size(); i++) {
      int previousUpper = bands.get(i - 1).upper();
      int lower = bands.get(i).lower();
      if (lower != previousUpper) {
        throw InvalidValueException.violates(
            lower > previousUpper ? QmsErrorCode.RISK_BANDS_GAP : QmsErrorCode.RISK_BANDS_OVERLAP,
            "bands[" + i + "].lower",
            lower,
            "must equal the previous band's upper bound " + previousUpper);
      }
    }
    Require.unique(bands, RiskBand::nameSv, "bands.nameSv");
    Require.unique(bands, RiskBand::nameEn, "bands.nameEn");
    return new RiskBands(List.copyOf(bands));
  }

  /** The bands from the lowest to the highest. */
  public List<RiskBand> list() {
    return bands;
  }

  /** The number of bands. */
  public int size() {
    return bands.size();
  }

  /** The highest band, e.g. Kritisk; it also holds its upper bound. */
  public RiskBand top() {
    return bands.get(bands.size() - 1);
  }

  /** The largest value the bands cover: the top band's upper bound. */
  public int maxValue() {
    return top().upper();
  }

  /**
   * The position of a band, 0 for the lowest.
   *
   * @return the index in {@link #list()}, or -1 when the band is not one of these
   */
  public int indexOf(RiskBand band) {
    return bands.indexOf(band);
  }

  /**
   * The band holding a value.
   *
   * @param value in {@code [1, maxValue()]}, integer or real
   * @throws InvalidValueException with {@link QmsErrorCode#VALUE_OUT_OF_RANGE} otherwise (also
   *     for NaN)
   */
  public RiskBand bandOf(double value) {
    if (!(value >= 1 && value <= maxValue())) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "value", value, 1, maxValue());
    }
    for (RiskBand band : bands) {
      if (value < band.upper()) {
        return band;
      }
    }
    return top();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RiskBands && ((RiskBands) other).bands.equals(bands);
  }

  @Override
  public int hashCode() {
    return bands.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("RiskBands{");
    for (int i = 0; i < bands.size(); i++) {
      RiskBand b = bands.get(i);
      out.append(i == 0 ? "" : ", ").append(b.nameSv()).append(" [").append(b.lower()).append(", ")
          .append(b.upper()).append(i == bands.size() - 1 ? "]" : ")");
    }
    return out.append('}').toString();
  }
}
