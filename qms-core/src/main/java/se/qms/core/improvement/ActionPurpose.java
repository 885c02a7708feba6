package se.qms.core.improvement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/** Why an action is taken. */
public enum ActionPurpose {
  /** Förebyggande: to prevent a deficiency that has not occurred. */
  PREVENTIVE("Förebyggande", "Preventive"),
  /** Korrigerande: to correct a deficiency that has occurred. */
  CORRECTIVE("Korrigerande", "Corrective");

  private final String swedish;
  private final String english;

  ActionPurpose(String swedish, String english) {
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
  public static ActionPurpose parseSwedish(String text) {
    String t = Checks.present(text, "text").strip().toLowerCase(Locale.forLanguageTag("sv"));
    for (ActionPurpose v : values()) {
      if (v.swedish.toLowerCase(Locale.forLanguageTag("sv")).equals(t)) {
        return v;
      }
    }
    throw InvalidValueException.malformed(
        QmsErrorCode.VALUE_MALFORMED,
        "actionPurpose",
        text,
        "one of " + Arrays.stream(values()).map(v -> v.swedish).collect(Collectors.toList()));
  }
}
