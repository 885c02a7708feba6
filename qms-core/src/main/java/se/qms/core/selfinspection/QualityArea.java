package se.qms.core.selfinspection;

import java.util.List;
import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A quality area (kvalitetsområde): one of Socialstyrelsen's six quality criteria for social
 * services (seed 003) or a municipality's own area such as "Effektiv och rättssäker handläggning".
 *
 * <p>The canonical text form is the criterion's code ({@code TRYGGHET_OCH_SAKERHET}) or {@code
 * custom:} followed by the name (at most 200 characters); {@link #parse(CharSequence)} reads it and
 * {@link #toString()} writes it. Two areas are equal when their codes are equal. Immutable and
 * thread-safe.
 */
public final class QualityArea {
  private static final String CUSTOM_PREFIX = "custom:";

  /** Självbestämmande och integritet. */
  public static final QualityArea SJALVBESTAMMANDE_OCH_INTEGRITET =
      new QualityArea("SJALVBESTAMMANDE_OCH_INTEGRITET", "Självbestämmande och integritet");
  /** Helhetssyn och samordning. */
  public static final QualityArea HELHETSSYN_OCH_SAMORDNING =
      new QualityArea("HELHETSSYN_OCH_SAMORDNING", "Helhetssyn och samordning");
  /** Trygghet och säkerhet. */
  public static final QualityArea TRYGGHET_OCH_SAKERHET =
      new QualityArea("TRYGGHET_OCH_SAKERHET", "Trygghet och säkerhet");
  /** Kunskapsbaserad verksamhet. */
  public static final QualityArea KUNSKAPSBASERAD_VERKSAMHET =
      new QualityArea("KUNSKAPSBASERAD_VERKSAMHET", "Kunskapsbaserad verksamhet");
  /** Tillgänglighet. */
  public static final QualityArea TILLGANGLIGHET = new QualityArea("TILLGANGLIGHET", "Tillgänglighet");
  /** Effektivitet. */
  public static final QualityArea EFFEKTIVITET = new QualityArea("EFFEKTIVITET", "Effektivitet");

  private static final List<QualityArea> CRITERIA =
      List.of(
          SJALVBESTAMMANDE_OCH_INTEGRITET,
          HELHETSSYN_OCH_SAMORDNING,
          TRYGGHET_OCH_SAKERHET,
          KUNSKAPSBASERAD_VERKSAMHET,
          TILLGANGLIGHET,
          EFFEKTIVITET);

  private final String code;
  private final String swedish;

  private QualityArea(String code, String swedish) {
    this.code = code;
    this.swedish = swedish;
  }

  /** Socialstyrelsen's six criteria, in the order of seed 003. */
  public static List<QualityArea> criteria() {
    return CRITERIA;
  }

  /**
   * A municipality's own area.
   *
   * @param name not blank, at most 200 characters
   */
  public static QualityArea custom(String name) {
    Checks.text(name, 200, "name");
    return new QualityArea(CUSTOM_PREFIX + name, name);
  }

  /** Reads the canonical text form. */
  public static QualityArea parse(CharSequence text) {
    Checks.present(text, "text");
    String s = text.toString();
    if (s.startsWith(CUSTOM_PREFIX)) {
      return custom(s.substring(CUSTOM_PREFIX.length()));
    }
    return criterion(s)
        .orElseThrow(
            () ->
                InvalidValueException.malformed(
                    QmsErrorCode.VALUE_MALFORMED, "qualityArea", s, "a criterion code or custom:<name>"));
  }

  /** The criterion with this code. */
  public static Optional<QualityArea> criterion(String code) {
    return CRITERIA.stream().filter(a -> a.code.equals(code)).findFirst();
  }

  /** The canonical code. */
  public String code() {
    return code;
  }

  /** The Swedish name. */
  public String swedish() {
    return swedish;
  }

  /** Whether the area is a municipality's own. */
  public boolean isCustom() {
    return code.startsWith(CUSTOM_PREFIX);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QualityArea && ((QualityArea) other).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The canonical text form. */
  @Override
  public String toString() {
    return code;
  }
}
