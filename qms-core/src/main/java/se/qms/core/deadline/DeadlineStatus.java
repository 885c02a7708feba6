package se.qms.core.deadline;

/** Where a task stands against its deadline as of a date. */
public enum DeadlineStatus {
  /** Not done, and the deadline has not passed: the as-of date is on or before it. */
  PENDING("Inom tid", "Pending"),
  /** Done on or before the deadline. */
  MET("Klar i tid", "Met"),
  /** Not done, and the deadline has passed: the as-of date is after it. */
  OVERDUE("Försenad", "Overdue"),
  /** Done, but after the deadline. */
  LATE("Klar för sent", "Done late");

  private final String swedish;
  private final String english;

  DeadlineStatus(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish words. */
  public String swedish() {
    return swedish;
  }

  /** The English words. */
  public String english() {
    return english;
  }

  /** Whether the deadline was or is missed: {@link #OVERDUE} or {@link #LATE}. */
  public boolean isMissed() {
    return this == OVERDUE || this == LATE;
  }
}
