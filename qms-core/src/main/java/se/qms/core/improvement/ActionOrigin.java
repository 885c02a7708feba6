package se.qms.core.improvement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * Where an action (åtgärd) comes from: seed 000 §4.4 prints "Åtgärdens ursprung", seed 002 §7 lists
 * risk analyses, egenkontroll, internal control, complaints and reports as sources of improvement.
 */
public enum ActionOrigin {
  /** Process: the work on a process. */
  PROCESS("Process", "Process"),
  /** Riskanalys (SOSFS 2011:9 5 kap. 1 §). */
  RISK_ANALYSIS("Riskanalys", "Risk analysis"),
  /** Egenkontroll (self-inspection, 5 kap. 2 §). */
  SELF_INSPECTION("Egenkontroll", "Self-inspection"),
  /** Avvikelse: a deviation report. */
  DEVIATION("Avvikelse", "Deviation"),
  /** Klagomål och synpunkter (5 kap. 3 §). */
  COMPLAINT("Klagomål och synpunkter", "Complaint"),
  /** Lex Sarah: a report of a missförhållande (5 kap. 5 §). */
  LEX_SARAH("Lex Sarah", "Lex Sarah"),
  /** Tillsyn: supervision by IVO (Inspektionen för vård och omsorg). */
  IVO_SUPERVISION("Tillsyn", "IVO supervision"),
  /** Internkontroll: the municipality's internal-control plan. */
  INTERNAL_CONTROL("Internkontroll", "Internal control");

  private final String swedish;
  private final String english;

  ActionOrigin(String swedish, String english) {
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

  /**
   * Reads the Swedish term, ignoring case and surrounding white space.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#VALUE_MALFORMED} for any other text
   */
  public static ActionOrigin parseSwedish(String text) {
    String t = Checks.present(text, "text").strip().toLowerCase(Locale.forLanguageTag("sv"));
    for (ActionOrigin v : values()) {
      if (v.swedish.toLowerCase(Locale.forLanguageTag("sv")).equals(t)) {
        return v;
      }
    }
    throw InvalidValueException.malformed(
        QmsErrorCode.VALUE_MALFORMED,
        "actionOrigin",
        text,
        "one of " + Arrays.stream(values()).map(v -> v.swedish).collect(Collectors.toList()));
  }
}
