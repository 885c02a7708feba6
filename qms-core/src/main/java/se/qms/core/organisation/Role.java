package se.qms.core.organisation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A role in the management system: one of the standard roles of Swedish social services or a
 * custom role a municipality names itself (e.g. "förvaltningens ledningsgrupp").
 *
 * <p>The canonical text form is the standard role's code ({@code ENHETSCHEF}) or {@code custom:}
 * followed by the custom name; {@link #parse(CharSequence)} reads it and {@link #toString()}
 * writes it. Two roles are equal when their codes are equal. Immutable and thread-safe.
 */
public final class Role {
  private static final String CUSTOM_PREFIX = "custom:";

  /** The political committee (nämnd). */
  public static final Role NAMND = standard("NAMND", "Nämnd", "Committee", false);
  /** Head of the administration (förvaltningschef). */
  public static final Role FORVALTNINGSCHEF =
      standard("FORVALTNINGSCHEF", "Förvaltningschef", "Head of administration", false);
  /** Head of a department (avdelningschef). */
  public static final Role AVDELNINGSCHEF =
      standard("AVDELNINGSCHEF", "Avdelningschef", "Head of department", false);
  /** Head of a unit (enhetschef). */
  public static final Role ENHETSCHEF = standard("ENHETSCHEF", "Enhetschef", "Unit manager", false);
  /** Team leader (verksamhetsledare). */
  public static final Role VERKSAMHETSLEDARE =
      standard("VERKSAMHETSLEDARE", "Verksamhetsledare", "Team leader", false);
  /** Member of staff (medarbetare). */
  public static final Role MEDARBETARE = standard("MEDARBETARE", "Medarbetare", "Staff member", false);
  /** Socialt ansvarig samordnare (SAS), the quality function for social care. */
  public static final Role SOCIALT_ANSVARIG_SAMORDNARE =
      standard(
          "SOCIALT_ANSVARIG_SAMORDNARE",
          "Socialt ansvarig samordnare",
          "Social care quality coordinator",
          true);
  /** Medicinskt ansvarig sjuksköterska (MAS), the quality function for health care. */
  public static final Role MEDICINSKT_ANSVARIG_SJUKSKOTERSKA =
      standard(
          "MEDICINSKT_ANSVARIG_SJUKSKOTERSKA",
          "Medicinskt ansvarig sjuksköterska",
          "Medically responsible nurse",
          true);
  /** Kvalitetsutvecklare, a quality development officer. */
  public static final Role KVALITETSUTVECKLARE =
      standard("KVALITETSUTVECKLARE", "Kvalitetsutvecklare", "Quality developer", true);
  /** Processägare, who owns a process and answers for its results. */
  public static final Role PROCESSAGARE = standard("PROCESSAGARE", "Processägare", "Process owner", true);
  /** Processledare, who leads the day-to-day work of a process. */
  public static final Role PROCESSLEDARE =
      standard("PROCESSLEDARE", "Processledare", "Process leader", true);

  private static final List<Role> STANDARD =
      List.of(
          NAMND,
          FORVALTNINGSCHEF,
          AVDELNINGSCHEF,
          ENHETSCHEF,
          VERKSAMHETSLEDARE,
          MEDARBETARE,
          SOCIALT_ANSVARIG_SAMORDNARE,
          MEDICINSKT_ANSVARIG_SJUKSKOTERSKA,
          KVALITETSUTVECKLARE,
          PROCESSAGARE,
          PROCESSLEDARE);

  private final String code;
  private final String swedish;
  private final String english;
  private final boolean qualityFunction;
  private final boolean custom;

  private Role(String code, String swedish, String english, boolean qualityFunction, boolean custom) {
    this.code = code;
    this.swedish = swedish;
    this.english = english;
    this.qualityFunction = qualityFunction;
    this.custom = custom;
  }

  private static Role standard(String code, String swedish, String english, boolean quality) {
    return new Role(code, swedish, english, quality, false);
  }

  /** The eleven standard roles, in the order listed by this class. */
  public static List<Role> standardRoles() {
    return STANDARD;
  }

  /**
   * A role the municipality names itself.
   *
   * @param name the Swedish name, e.g. "förvaltningens ledningsgrupp"; not blank, at most 200
   *     characters
   */
  public static Role custom(String name) {
    Checks.text(name, 200, "role");
    return new Role(CUSTOM_PREFIX + name, name, name, false, true);
  }

  /**
   * Reads the canonical text form: a standard code such as {@code ENHETSCHEF} or {@code
   * custom:<name>}.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#VALUE_MALFORMED} for an unknown code
   */
  public static Role parse(CharSequence text) {
    String s = Checks.present(text, "role").toString();
    if (s.startsWith(CUSTOM_PREFIX)) {
      return custom(s.substring(CUSTOM_PREFIX.length()));
    }
    return standard(s)
        .orElseThrow(
            () ->
                InvalidValueException.malformed(
                    QmsErrorCode.VALUE_MALFORMED,
                    "role",
                    s,
                    "a standard role code such as ENHETSCHEF or custom:<name>"));
  }

  /** The standard role with this code, if there is one. */
  public static Optional<Role> standard(String code) {
    requireNonNull(code, "code");
    String upper = code.toUpperCase(Locale.ROOT);
    return STANDARD.stream().filter(r -> r.code.equals(upper)).findFirst();
  }

  /** The canonical code: {@code ENHETSCHEF} or {@code custom:<name>}. */
  public String code() {
    return code;
  }

  /** The Swedish name, e.g. "Enhetschef". */
  public String swedish() {
    return swedish;
  }

  /** The English name, e.g. "Unit manager"; a custom role's name is used unchanged. */
  public String english() {
    return english;
  }

  /** Whether the role is a quality function (SAS, MAS, quality developer, process roles). */
  public boolean isQualityFunction() {
    return qualityFunction;
  }

  /** Whether the municipality named this role itself. */
  public boolean isCustom() {
    return custom;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Role && ((Role) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The canonical text form, readable by {@link #parse(CharSequence)}. */
  @Override
  public String toString() {
    return code;
  }
}
