package se.qms.core.measure;

/**
 * The judgement of one value (seed 000 §1.6.1 and §1.6.3): green, yellow or red, or why there is
 * none.
 */
public enum TrafficLight {
  /** Grön: Uppnått / Mycket bra eller Bra; for egenkontroll Godkänd. */
  GREEN("Grön", "Uppnått", "Green", "Achieved"),
  /** Gul: Delvis uppnått / Godkänt. */
  YELLOW("Gul", "Delvis uppnått", "Yellow", "Partly achieved"),
  /** Röd: Inte uppnått / Svagt eller Dåligt; for egenkontroll Ej godkänd. */
  RED("Röd", "Inte uppnått", "Red", "Not achieved"),
  /** There is no value to judge (missing data is not zero). */
  NO_DATA("Ingen färg", "Uppgift saknas", "No colour", "No data"),
  /** There is a value but no target it can be judged against. */
  NO_TARGET("Ingen färg", "Mål saknas", "No colour", "No target");

  private final String colourSv;
  private final String meaningSv;
  private final String colourEn;
  private final String meaningEn;

  TrafficLight(String colourSv, String meaningSv, String colourEn, String meaningEn) {
    this.colourSv = colourSv;
    this.meaningSv = meaningSv;
    this.colourEn = colourEn;
    this.meaningEn = meaningEn;
  }

  /** The colour in Swedish, e.g. "Grön". */
  public String colourSv() {
    return colourSv;
  }

  /** What the colour means in Swedish, e.g. "Uppnått". */
  public String meaningSv() {
    return meaningSv;
  }

  /** The colour in English. */
  public String colourEn() {
    return colourEn;
  }

  /** What the colour means in English. */
  public String meaningEn() {
    return meaningEn;
  }

  /** Whether this is a colour (green, yellow or red) rather than the absence of one. */
  public boolean isColour() {
    return ordinal() <= RED.ordinal();
  }

  /** 2 for green, 1 for yellow, 0 for red, −1 without colour: higher is better. */
  public int rank() {
    return isColour() ? 2 - ordinal() : -1;
  }
}
