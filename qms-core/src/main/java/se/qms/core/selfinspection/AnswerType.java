package se.qms.core.selfinspection;

/** How a checklist item is answered. */
public enum AnswerType {
  /** Ja, Nej or Ej aktuell (not applicable); Nej fails the item, Ej aktuell is not scored. */
  YES_NO_NA,
  /** A whole number on a scale from the item's minimum to its maximum; the minimum fails it. */
  SCALE,
  /** A number, recorded but not scored. */
  NUMBER,
  /** A free text, recorded but not scored. */
  FREE_TEXT;

  /** Whether answers of this type count towards the score and can fail an item. */
  public boolean isScored() {
    return this == YES_NO_NA || this == SCALE;
  }
}
