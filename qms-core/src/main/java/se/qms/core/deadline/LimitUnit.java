package se.qms.core.deadline;

/** The unit a time limit counts in. */
public enum LimitUnit {
  /** Calendar days ("inom 14 dagar"). */
  CALENDAR_DAYS("dag", "dagar", "calendar day", "calendar days"),
  /** Working days, as {@link SwedishCalendar} defines them ("inom tio arbetsdagar"). */
  WORKING_DAYS("arbetsdag", "arbetsdagar", "working day", "working days"),
  /** Weeks of seven calendar days ("inom två veckor"). */
  WEEKS("vecka", "veckor", "week", "weeks"),
  /**
   * Calendar months; a limit ending on a day its last month lacks ends on that month's last day
   * ("inom tre månader": 31 January + 3 months = 30 April).
   */
  MONTHS("månad", "månader", "month", "months");

  private final String swedishOne;
  private final String swedishMany;
  private final String englishOne;
  private final String englishMany;

  LimitUnit(String swedishOne, String swedishMany, String englishOne, String englishMany) {
    this.swedishOne = swedishOne;
    this.swedishMany = swedishMany;
    this.englishOne = englishOne;
    this.englishMany = englishMany;
  }

  /** The Swedish word for {@code amount} of this unit, e.g. "dagar" for 14, "månad" for 1. */
  public String swedish(long amount) {
    return amount == 1 ? swedishOne : swedishMany;
  }

  /** The English word for {@code amount} of this unit. */
  public String english(long amount) {
    return amount == 1 ? englishOne : englishMany;
  }
}
