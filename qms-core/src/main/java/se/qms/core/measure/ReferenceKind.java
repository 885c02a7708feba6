package se.qms.core.measure;

/** The kinds of values a result is compared with. */
public enum ReferenceKind {
  /** The national average (rikssnitt). */
  NATIONAL_AVERAGE("Riket", "National average", false),
  /** The county average (länssnitt). */
  COUNTY_AVERAGE("Länet", "County average", false),
  /** A named group of municipalities, e.g. "Liknande kommuner IFO". */
  COMPARISON_GROUP("Jämförelsegrupp", "Comparison group", true),
  /** Another unit's result, named by its id. */
  OTHER_UNIT("Annan enhet", "Other unit", true);

  private final String swedish;
  private final String english;
  private final boolean named;

  ReferenceKind(String swedish, String english, boolean named) {
    this.swedish = swedish;
    this.english = english;
    this.named = named;
  }

  /** The Swedish name. */
  public String swedish() {
    return swedish;
  }

  /** The English name. */
  public String english() {
    return english;
  }

  /** Whether a reference of this kind needs a name (the group's name or the unit's id). */
  public boolean isNamed() {
    return named;
  }
}
