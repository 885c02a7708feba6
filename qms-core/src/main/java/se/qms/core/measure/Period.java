package se.qms.core.measure;

import java.time.LocalDate;
import se.qms.core.InvalidValueException;
import se.qms.core.MissingValueException;
import se.qms.core.QmsErrorCode;

/**
 * A reporting period: a year, half-year, tertial, quarter or month.
 *
 * <p>Text forms, read by {@link #parse(CharSequence)} and written by {@link #toString()}: {@code
 * 2016}, {@code 2020-H1}, {@code 2016-T2}, {@code 2019-Q3}, {@code 2020-04}; {@code
 * parse(p.toString()).equals(p)}. Years run from {@value #MIN_YEAR} to {@value #MAX_YEAR}. Periods
 * are ordered by start date and then by end date, so {@code 2016-01 < 2016-Q1 < 2016-T1 <
 * 2016-H1 < 2016 < 2016-02}; no two distinct periods share both dates. Immutable and thread-safe.
 */
public final class Period implements Comparable<Period> {
  /** The earliest year a period may have. */
  public static final int MIN_YEAR = 1900;
  /** The latest year a period may have. */
  public static final int MAX_YEAR = 9999;

  private final PeriodKind kind;
  private final int year;
  private final int index;

  private Period(PeriodKind kind, int year, int index) {
    this.kind = kind;
    this.year = year;
    this.index = index;
  }

  /**
   * A period.
   *
   * @param kind not null
   * @param year {@value #MIN_YEAR}–{@value #MAX_YEAR}
   * @param index 1-based position within the year: 1 for a year, 1–2 half-years, 1–3 tertials,
   *     1–4 quarters, 1–12 months
   */
  public static Period of(PeriodKind kind, int year, int index) {
    if (kind == null) {
      throw new MissingValueException("kind");
    }
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.PERIOD_MALFORMED, "year", year, MIN_YEAR, MAX_YEAR);
    }
    if (index < 1 || index > kind.perYear()) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.PERIOD_MALFORMED, "index", index, 1, kind.perYear());
    }
    return new Period(kind, year, index);
  }

  /** The calendar year. */
  public static Period year(int year) {
    return of(PeriodKind.YEAR, year, 1);
  }

  /** Tertial {@code n} (1–3) of a year. */
  public static Period tertial(int year, int n) {
    return of(PeriodKind.TERTIAL, year, n);
  }

  /** Quarter {@code n} (1–4) of a year. */
  public static Period quarter(int year, int n) {
    return of(PeriodKind.QUARTER, year, n);
  }

  /** Half-year {@code n} (1–2) of a year. */
  public static Period halfYear(int year, int n) {
    return of(PeriodKind.HALF_YEAR, year, n);
  }

  /** Month {@code n} (1–12) of a year. */
  public static Period month(int year, int n) {
    return of(PeriodKind.MONTH, year, n);
  }

  /** The period of the given kind that contains {@code date}. */
  public static Period containing(PeriodKind kind, LocalDate date) {
    if (kind == null || date == null) {
      throw new MissingValueException(kind == null ? "kind" : "date");
    }
    return of(kind, date.getYear(), (date.getMonthValue() - 1) / kind.months() + 1);
  }

  /**
   * Reads the text form.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#PERIOD_MALFORMED} for any other text
   */
  public static Period parse(CharSequence text) {
    if (text == null) {
      throw new MissingValueException("period");
    }
    int length = text.length();
    if ((length != 4 && length != 7) || !digits(text, 0, 4)) {
      throw malformed(text);
    }
    int year = number(text, 0, 4);
    if (year < MIN_YEAR) {
      throw malformed(text);
    }
    if (length == 4) {
      return year(year);
    }
    if (text.charAt(4) != '-') {
      throw malformed(text);
    }
    char c = text.charAt(5);
    if (digits(text, 5, 7)) {
      int month = number(text, 5, 7);
      if (month < 1 || month > 12) {
        throw malformed(text);
      }
      return month(year, month);
    }
    if (!digits(text, 6, 7)) {
      throw malformed(text);
    }
    int n = text.charAt(6) - '0';
    PeriodKind kind =
        c == 'H' ? PeriodKind.HALF_YEAR : c == 'T' ? PeriodKind.TERTIAL : c == 'Q' ? PeriodKind.QUARTER : null;
    if (kind == null || n < 1 || n > kind.perYear()) {
      throw malformed(text);
    }
    return of(kind, year, n);
  }

  private static boolean digits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(CharSequence text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
    }
    return n;
  }

  private static InvalidValueException malformed(CharSequence text) {
    return InvalidValueException.malformed(
        QmsErrorCode.PERIOD_MALFORMED,
        "period",
        text,
        "one of 2016, 2020-H1, 2016-T2, 2019-Q3, 2020-04");
  }

  /** The kind of period. */
  public PeriodKind kind() {
    return kind;
  }

  /** The calendar year. */
  public int year() {
    return year;
  }

  /** The 1-based position within the year. */
  public int index() {
    return index;
  }

  /** The first day. */
  public LocalDate start() {
    return LocalDate.of(year, (index - 1) * kind.months() + 1, 1);
  }

  /** The last day. */
  public LocalDate end() {
    return start().plusMonths(kind.months()).minusDays(1);
  }

  /** Whether {@code date} lies in the period, first and last day included. */
  public boolean contains(LocalDate date) {
    if (date == null) {
      throw new MissingValueException("date");
    }
    return date.getYear() == year && (date.getMonthValue() - 1) / kind.months() + 1 == index;
  }

  /** The period of the same kind just before this one. */
  public Period previous() {
    return index > 1 ? of(kind, year, index - 1) : of(kind, year - 1, kind.perYear());
  }

  /** The period of the same kind just after this one. */
  public Period next() {
    return index < kind.perYear() ? of(kind, year, index + 1) : of(kind, year + 1, 1);
  }

  /** The same period one year earlier (2019-Q3 → 2018-Q3). */
  public Period sameLastYear() {
    return of(kind, year - 1, index);
  }

  @Override
  public int compareTo(Period other) {
    int c = start().compareTo(other.start());
    return c != 0 ? c : Integer.compare(kind.ordinal(), other.kind.ordinal()) * -1;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Period)) {
      return false;
    }
    Period o = (Period) other;
    return kind == o.kind && year == o.year && index == o.index;
  }

  @Override
  public int hashCode() {
    return (kind.ordinal() * 31 + year) * 31 + index;
  }

  /** The text form, e.g. {@code 2016-T2}. */
  @Override
  public String toString() {
    switch (kind) {
      case YEAR:
        return Integer.toString(year);
      case MONTH:
        return year + (index < 10 ? "-0" : "-") + index;
      case HALF_YEAR:
        return year + "-H" + index;
      case TERTIAL:
        return year + "-T" + index;
      default:
        return year + "-Q" + index;
    }
  }
}
