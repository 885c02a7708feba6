package se.qms.core.lexsarah;

/**
 * What the investigation of a lex Sarah report concludes (SoL 14 kap. 6–7 §§, LSS 24 e–f §§; seed
 * 001 "Missförhållande eller risk för missförhållande"; seed 002 §5.2).
 *
 * <p>Only the two serious outcomes can — and must — be notified to IVO ({@link #isSerious()}). A
 * report found not to be a missförhållande may be referred to another process, such as the
 * complaint process (seed 000 §4.3.2.1: "hänvisat ansvarig enhetschef att rapportera det inträffade
 * på annat vis, till exempel som en synpunkt eller ett klagomål"; {@link LexSarahReferral}).
 */
public enum LexSarahAssessment {
  /** Inget missförhållande: what was reported is not a missförhållande in the law's sense. */
  NO_IMPROPRIETY("Inget missförhållande", "Not an impropriety", false),
  /** Missförhållande: an impropriety, not serious. */
  IMPROPRIETY("Missförhållande", "Impropriety", false),
  /** Påtaglig risk för missförhållande: an evident and concrete risk of an impropriety. */
  RISK_OF_IMPROPRIETY(
      "Påtaglig risk för missförhållande", "Evident risk of an impropriety", false),
  /** Allvarligt missförhållande: a serious impropriety, to be notified to IVO. */
  SERIOUS_IMPROPRIETY("Allvarligt missförhållande", "Serious impropriety", true),
  /** Påtaglig risk för allvarligt missförhållande: to be notified to IVO. */
  RISK_OF_SERIOUS_IMPROPRIETY(
      "Påtaglig risk för allvarligt missförhållande",
      "Evident risk of a serious impropriety",
      true);

  private final String swedish;
  private final String english;
  private final boolean serious;

  LexSarahAssessment(String swedish, String english, boolean serious) {
    this.swedish = swedish;
    this.english = english;
    this.serious = serious;
  }

  /** The Swedish term. */
  public String swedish() {
    return swedish;
  }

  /** The English term. */
  public String english() {
    return english;
  }

  /**
   * Whether the outcome is an allvarligt missförhållande or a påtaglig risk for one, which is
   * notified to IVO (SoL 14 kap. 7 §, LSS 24 f §).
   */
  public boolean isSerious() {
    return serious;
  }
}
