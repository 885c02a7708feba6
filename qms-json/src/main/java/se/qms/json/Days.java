package se.qms.json;

import java.time.LocalDate;

/**
 * One {@link LocalDate} instance per day from 1990 to 2059, shared by every document read: the
 * systems of many municipalities loaded together name the same days, and keeping one instance of
 * each instead of one per document and day saves 24 bytes per date after the first.
 *
 * <p>The table holds at most 25 568 references (about 100 kB), filled as days are read. A day
 * outside the range is returned as given. Thread-safe: {@code LocalDate} is immutable with final
 * fields, so a reference read from the table without synchronization sees a whole date, and two
 * threads storing the same day at once store equal dates.
 */
final class Days {
  private static final long FIRST = LocalDate.of(1990, 1, 1).toEpochDay();
  private static final int COUNT = (int) (LocalDate.of(2060, 1, 1).toEpochDay() - FIRST);
  private static final LocalDate[] TABLE = new LocalDate[COUNT];

  private Days() {}

  /** The shared instance equal to {@code day}, or {@code day} itself outside the range. */
  static LocalDate canonical(LocalDate day) {
    long at = day.toEpochDay() - FIRST;
    if (at < 0 || at >= COUNT) {
      return day;
    }
    LocalDate known = TABLE[(int) at];
    if (known == null) {
      TABLE[(int) at] = day;
      return day;
    }
    return known;
  }
}
