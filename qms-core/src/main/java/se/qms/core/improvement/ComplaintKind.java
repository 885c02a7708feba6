package se.qms.core.improvement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * What a person conveys through the organisation's complaint handling (klagomål och synpunkter,
 * SOSFS 2011:9 5 kap. 3 §): a complaint, a comment, praise or a suggestion.
 */
public enum ComplaintKind {
  /** Klagomål: something is wrong and the sender wants it put right. */
  COMPLAINT("Klagomål", "Complaint"),
  /** Synpunkt: a view on the service. */
  COMMENT("Synpunkt", "Comment"),
  /** Beröm: something worked well. */
  PRAISE("Beröm", "Praise"),
  /** Förslag: an idea for improvement. */
  SUGGESTION("Förslag", "Suggestion");

  private final String swedish;
  private final String english;

  ComplaintKind(String swedish, String english) {
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
  public static ComplaintKind parseSwedish(String text) {
    String t = Checks.present(text, "text").strip().toLowerCase(Locale.forLanguageTag("sv"));
    for (ComplaintKind v : values()) {
      if (v.swedish.toLowerCase(Locale.forLanguageTag("sv")).equals(t)) {
        return v;
      }
    }
    throw InvalidValueException.malformed(
        QmsErrorCode.VALUE_MALFORMED,
        "complaintKind",
        text,
        "one of " + Arrays.stream(values()).map(v -> v.swedish).collect(Collectors.toList()));
  }
}
