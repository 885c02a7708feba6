package se.qms.core.selfinspection;

/** The answer to a {@link AnswerType#YES_NO_NA} item. */
public enum Choice {
  /** Ja. */
  YES,
  /** Nej. */
  NO,
  /** Ej aktuell: the question does not apply and is left out of the score. */
  NOT_APPLICABLE
}
