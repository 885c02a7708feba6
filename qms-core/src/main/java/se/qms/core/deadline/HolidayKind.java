package se.qms.core.deadline;

/** Why a day that is not a Saturday or Sunday is still not a working day. */
public enum HolidayKind {
  /** An allmän helgdag (public holiday) under lag (1989:253) om allmänna helgdagar. */
  PUBLIC_HOLIDAY("allmän helgdag", "public holiday"),
  /**
   * A day that lag (1930:173) om beräkning av lagstadgad tid treats like a public holiday:
   * midsommarafton, julafton and nyårsafton.
   */
  TREATED_AS_HOLIDAY("likställd med allmän helgdag", "treated as a public holiday"),
  /** A day the organisation itself has declared non-working (e.g. a klämdag it closes on). */
  LOCAL_NON_WORKING_DAY("lokal ledig dag", "local non-working day");

  private final String swedish;
  private final String english;

  HolidayKind(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish term. */
  public String swedish() {
    return swedish;
  }

  /** The English term. */
  public String english() {
    return english;
  }
}
