package se.qms.core.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A number as a Swedish report prints it: optional sign, digits optionally grouped by three with a
 * space, optional decimal comma, optional per-cent sign.
 *
 * <p>Read leniently, as reports are typed: the sign may be {@code +}, {@code -} or the minus sign
 * {@code −} (U+2212); groups may be separated by a space, a no-break space (U+00A0), a thin space
 * (U+2009) or a narrow no-break space (U+202F); any of these may stand before the per-cent sign.
 * A lone dash ({@code -}, {@code –} or {@code —}) is read as zero, as Swedish statistics print it.
 * A decimal point is not read: {@code 1.234} could be a thousand or one, so it is not a number
 * here. Immutable and thread-safe.
 */
final class PrintedNumber {
  private final BigDecimal value;
  private final int decimals;
  private final boolean percent;
  private final boolean signed;

  private PrintedNumber(BigDecimal value, int decimals, boolean percent, boolean signed) {
    this.value = value;
    this.decimals = decimals;
    this.percent = percent;
    this.signed = signed;
  }

  /** The value as printed, without the per-cent sign: {@code "1,8 %"} is 1.8. */
  BigDecimal value() {
    return value;
  }

  /** The decimals printed after the comma: 1 for {@code "1,8 %"}, 0 for {@code "13 %"}. */
  int decimals() {
    return decimals;
  }

  /** Whether a per-cent sign was printed. */
  boolean percent() {
    return percent;
  }

  /** Whether an explicit {@code +} was printed. */
  boolean plusSigned() {
    return signed;
  }

  /** Whether a text is blank: empty or only white space of any kind. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2009' || c == '\u202F';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Reads a printed number.
   *
   * @param text not null, not blank
   * @return the number, or empty if the text is not a number in any of the forms above
   */
  static Optional<PrintedNumber> parse(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end - start == 1 && "-–—".indexOf(text.charAt(start)) >= 0) {
      return Optional.of(new PrintedNumber(BigDecimal.ZERO, 0, false, false));
    }
    boolean percent = false;
    if (end > start && text.charAt(end - 1) == '%') {
      percent = true;
      end--;
      while (end > start && isSpace(text.charAt(end - 1))) {
        end--;
      }
    }
    boolean negative = false;
    boolean plus = false;
    if (start < end && "+-−".indexOf(text.charAt(start)) >= 0) {
      negative = text.charAt(start) != '+';
      plus = !negative;
      start++;
    }
    StringBuilder digits = new StringBuilder(end - start);
    int groupLength = 0;
    boolean grouped = false;
    int i = start;
    for (; i < end && text.charAt(i) != ','; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digits.append(c);
        groupLength++;
      } else if (isSpace(c) && c != '\t' && c != '\n' && c != '\r') {
        // a group separator: the group before it has 1–3 digits (3 unless it is the first)
        if (groupLength == 0 || groupLength > 3 || (grouped && groupLength != 3)) {
          return Optional.empty();
        }
        grouped = true;
        groupLength = 0;
      } else {
        return Optional.empty();
      }
    }
    if (groupLength == 0 || (grouped && groupLength != 3)) {
      return Optional.empty();
    }
    int decimals = 0;
    if (i < end) {
      digits.append('.');
      for (i++; i < end; i++) {
        if (!isDigit(text.charAt(i))) {
          return Optional.empty();
        }
        digits.append(text.charAt(i));
        decimals++;
      }
      if (decimals == 0) {
        return Optional.empty();
      }
    }
    BigDecimal value = new BigDecimal(digits.toString());
    return Optional.of(new PrintedNumber(negative ? value.negate() : value, decimals, percent, plus));
  }

  @Override
  public String toString() {
    return value.toPlainString() + (percent ? " %" : "");
  }
}
