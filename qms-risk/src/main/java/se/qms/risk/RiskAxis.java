package se.qms.risk;

/** The two dimensions on which a risk is rated. */
public enum RiskAxis {
  /** How likely the event is to happen (sannolikhet). */
  PROBABILITY("Sannolikhet", "Probability", "probability"),
  /** How serious its consequences would be (allvarlighetsgrad, konsekvens). */
  SEVERITY("Allvarlighetsgrad", "Severity", "severity");

  private final String swedish;
  private final String english;
  private final String field;

  RiskAxis(String swedish, String english, String field) {
    this.swedish = swedish;
    this.english = english;
    this.field = field;
  }

  /** The Swedish name, e.g. "Sannolikhet". */
  public String swedish() {
    return swedish;
  }

  /** The English name, e.g. "Probability". */
  public String english() {
    return english;
  }

  /** The field name used in error messages, e.g. {@code probability}. */
  String field() {
    return field;
  }
}
