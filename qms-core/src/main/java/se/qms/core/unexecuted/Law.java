package se.qms.core.unexecuted;

/** The law a favourable decision is made under. */
public enum Law {
  /** Socialtjänstlagen (SoL): bistånd under 4 kap. 1 §. */
  SOL("SoL", "Socialtjänstlagen"),
  /** Lagen om stöd och service till vissa funktionshindrade (LSS): insatser under 9 §. */
  LSS("LSS", "Lagen om stöd och service till vissa funktionshindrade");

  private final String abbreviation;
  private final String title;

  Law(String abbreviation, String title) {
    this.abbreviation = abbreviation;
    this.title = title;
  }

  /** The abbreviation as reports print it: "SoL" or "LSS". */
  public String abbreviation() {
    return abbreviation;
  }

  /** The law's Swedish title. */
  public String title() {
    return title;
  }
}
