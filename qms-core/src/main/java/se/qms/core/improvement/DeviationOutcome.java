package se.qms.core.improvement;

/** What the investigation of a deviation concluded. */
public enum DeviationOutcome {
  /** No action is needed beyond what was done at once. */
  NO_ACTION_NEEDED("Ingen åtgärd behövs", "No action needed"),
  /** An action (åtgärd) is to be taken; link it with {@link DeviationCommandType#LINK_ACTION}. */
  ACTION_NEEDED("Åtgärd behövs", "Action needed"),
  /**
   * The event is a missförhållande or a risk of one and is reported under lex Sarah (SoL 14 kap.,
   * LSS 24 a–g §; seed 002 §5.3: the förvaltningschef decides).
   */
  LEX_SARAH_REPORT("Rapporteras enligt lex Sarah", "Reported under lex Sarah");

  private final String swedish;
  private final String english;

  DeviationOutcome(String swedish, String english) {
    this.swedish = swedish;
    this.english = english;
  }

  /** The Swedish term, as reports print it. */
  public String swedish() {
    return swedish;
  }

  /** The English term. */
  public String english() {
    return english;
  }
}
