package se.qms.core.lexsarah;

/**
 * What kind of missförhållande a lex Sarah report concerns, as Örnsköldsvik classifies its reports
 * (seed 000 §4.3.2.1: "våld eller övergrepp (fysiskt, psykiskt eller sexuella övergrepp),
 * ekonomiska oegentligheter, försummelser, brister i bemötande, brister i samband med handläggning
 * av ett ärende, brister i samband med verkställighet av insats, samt annan form"). A report can
 * have several categories.
 */
public enum LexSarahCategory {
  /** Våld eller övergrepp: physical, psychological or sexual violence or abuse. */
  VIOLENCE_OR_ABUSE("Våld eller övergrepp", "Violence or abuse"),
  /** Ekonomiska oegentligheter: financial irregularities. */
  FINANCIAL_IRREGULARITIES("Ekonomiska oegentligheter", "Financial irregularities"),
  /** Försummelse: neglect. */
  NEGLECT("Försummelse", "Neglect"),
  /** Brister i bemötande: shortcomings in how the person was treated. */
  TREATMENT("Brister i bemötande", "Shortcomings in treatment"),
  /** Brister i handläggning: shortcomings in the handling of a case. */
  CASEWORK("Brister i handläggning", "Shortcomings in casework"),
  /** Brister i verkställighet: shortcomings in carrying out an insats. */
  EXECUTION("Brister i verkställighet", "Shortcomings in carrying out an insats"),
  /** Annan form: any other form. */
  OTHER("Annan form", "Other");

  private final String swedish;
  private final String english;

  LexSarahCategory(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish label, e.g. "Ekonomiska oegentligheter". */
  public String swedish() {
    return swedish;
  }

  /** The English label. */
  public String english() {
    return english;
  }
}
