package se.qms.core.deadline;

import java.time.LocalDate;
import org.immutables.value.Value;
import se.qms.core.internal.Checks;

/**
 * A named day that is not a working day, besides Saturdays and Sundays: a public holiday, a day
 * treated like one, or a local non-working day.
 *
 * <p>Invariants: the name is non-blank, at most 200 characters, in Swedish as the law writes it
 * with a capital initial (e.g. "Kristi himmelsfärdsdag"). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Holiday {
  Holiday() {}

  /** The day. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The Swedish name, e.g. "Midsommardagen". */
  @Value.Parameter
  public abstract String name();

  /** Whether it is a public holiday, a day treated like one, or a local day. */
  @Value.Parameter
  public abstract HolidayKind kind();

  /**
   * Creates a holiday.
   *
   * @param date not null
   * @param name not blank, at most 200 characters
   * @param kind not null
   */
  public static Holiday of(LocalDate date, String name, HolidayKind kind) {
    return ImmutableHoliday.of(date, name, kind);
  }

  @Value.Check
  final void check() {
    Checks.text(name(), 200, "name");
  }

  @Override
  public String toString() {
    return date() + " " + name();
  }
}
