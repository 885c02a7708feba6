package se.qms.core.unexecuted;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Calendar-month arithmetic of the three-month limits, consistent with the deadline package. */
final class Months {
  private Months() {}

  /**
   * The complete months from {@code from} to {@code to}: the largest {@code m} with {@code
   * from.plusMonths(m)} on or before {@code to}; 0 when {@code to} is before {@code from}. The same
   * count as {@link se.qms.core.deadline.Elapsed#months()}: 30 November to 28 February 2019 is
   * three months, as 30 November + 3 months is 28 February.
   */
  static long between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    long months = ChronoUnit.MONTHS.between(from, to);
    if (!from.plusMonths(months + 1).isAfter(to)) {
      months++;
    }
    return months;
  }
}
