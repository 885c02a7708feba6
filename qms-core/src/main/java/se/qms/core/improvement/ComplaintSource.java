package se.qms.core.improvement;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * Who a complaint or comment comes from: the seven sources SOSFS 2011:9 5 kap. 3 § lists (seed 002
 * §5.2, seed 000 §5.1.2.4).
 */
public enum ComplaintSource {
  /**
   * 1. Vård- och omsorgstagare och deras närstående: users of the service and their next of kin.
   */
  USERS_AND_NEXT_OF_KIN(
      "Vård- och omsorgstagare och deras närstående", "Users and their next of kin"),
  /** 2. Personal: the provider's own staff. */
  STAFF("Personal", "Staff"),
  /** 3. Vårdgivare: health-care providers. */
  CARE_PROVIDERS("Vårdgivare", "Health-care providers"),
  /** 4. De som bedriver socialtjänst: providers of social services. */
  SOCIAL_SERVICES_PROVIDERS("De som bedriver socialtjänst", "Social-services providers"),
  /** 5. De som bedriver verksamhet enligt LSS: providers under the LSS act. */
  LSS_PROVIDERS("De som bedriver verksamhet enligt LSS", "LSS providers"),
  /** 6. Myndigheter: public authorities. */
  AUTHORITIES("Myndigheter", "Authorities"),
  /**
   * 7. Föreningar, andra organisationer och intressenter: associations, other organisations and
   * stakeholders.
   */
  ASSOCIATIONS_AND_OTHERS(
      "Föreningar, andra organisationer och intressenter",
      "Associations, other organisations and stakeholders");

  private final String swedish;
  private final String english;

  ComplaintSource(String swedish, String english) {
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
  public static ComplaintSource parseSwedish(String text) {
    String t = Checks.present(text, "text").strip().toLowerCase(Locale.forLanguageTag("sv"));
    for (ComplaintSource v : values()) {
      if (v.swedish.toLowerCase(Locale.forLanguageTag("sv")).equals(t)) {
        return v;
      }
    }
    throw InvalidValueException.malformed(
        QmsErrorCode.VALUE_MALFORMED,
        "complaintSource",
        text,
        "one of " + Arrays.stream(values()).map(v -> v.swedish).collect(Collectors.toList()));
  }
}
