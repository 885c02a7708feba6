package se.qms.json.kolada;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * How Kolada data is mapped: whose data become observations, which indicator each KPI feeds, what
 * the comparison groups are called, and how large a response may be.
 *
 * <p>Invariants: the own municipality is a four-digit Kolada id (e.g. {@code 2380} Östersund);
 * every mapped KPI id is a capital letter and five digits (e.g. {@code N00945}) and maps to a
 * non-blank indicator id of at most 100 characters, no two KPIs to the same one; every named group
 * id is a municipality id or a group id ({@code G} and 1–20 letters or digits) and its display name
 * is non-blank, at most 200 characters and used once; the maximum document length is 1 KiB to 256
 * MiB. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KoladaConfig {
  /** The default maximum length of one response: 16 MiB (a full Kolada page is about 1.5 MB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  static final long MIN_DOCUMENT_LENGTH = 1024;
  static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;

  KoladaConfig() {}

  /** The municipality whose values become observations, e.g. {@code 2380}; not null. */
  public abstract String ownMunicipality();

  /**
   * The indicator id each KPI feeds, e.g. {@code N00001 → ej-aterakt-barn}; a KPI not listed feeds
   * the indicator with the KPI's own id. Never null, possibly empty.
   */
  public abstract Map<String, String> indicatorIds();

  /**
   * Display names of comparison groups by Kolada id, e.g. {@code G00001 → Liknande kommuner IFO}; a
   * group not listed is named by its id. Never null, possibly empty.
   */
  public abstract Map<String, String> groupNames();

  /**
   * The longest response read, in bytes (characters for text input); longer ones are rejected with
   * {@link QmsErrorCode#JSON_DOCUMENT_TOO_LARGE} before they are read to the end. Default {@link
   * #DEFAULT_MAX_DOCUMENT_LENGTH}.
   */
  @Value.Default
  public long maxDocumentLength() {
    return DEFAULT_MAX_DOCUMENT_LENGTH;
  }

  /** The configuration for one municipality with no KPI mapping and no group names. */
  public static KoladaConfig of(String ownMunicipality) {
    return builder().ownMunicipality(ownMunicipality).build();
  }

  /** A strict builder; the own municipality is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds configurations. */
  public static final class Builder extends ImmutableKoladaConfig.Builder {
    Builder() {}
  }

  /** The indicator id for a KPI: the configured one, else the KPI id. */
  String indicatorId(String kpi) {
    return indicatorIds().getOrDefault(kpi, kpi);
  }

  /** The name of a comparison group: the configured one, else the group id. */
  String groupName(String groupId) {
    return groupNames().getOrDefault(groupId, groupId);
  }

  @Value.Check
  final void check() {
    if (!KoladaIds.isMunicipality(ownMunicipality())) {
      throw InvalidValueException.malformed(
          QmsErrorCode.VALUE_MALFORMED, "ownMunicipality", ownMunicipality(), "four digits");
    }
    Set<String> indicators = new HashSet<>();
    for (Map.Entry<String, String> e : indicatorIds().entrySet()) {
      if (!KoladaIds.isKpi(e.getKey())) {
        throw InvalidValueException.malformed(
            QmsErrorCode.VALUE_MALFORMED,
            "indicatorIds",
            e.getKey(),
            "a KPI id: a capital letter and five digits");
      }
      text(e.getValue(), 100, "indicatorIds[" + e.getKey() + "]");
      if (!indicators.add(e.getValue())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "indicatorIds[" + e.getKey() + "]",
            e.getValue(),
            "must be used for one KPI only");
      }
    }
    Set<String> names = new HashSet<>();
    for (Map.Entry<String, String> e : groupNames().entrySet()) {
      if (!KoladaIds.isArea(e.getKey())) {
        throw InvalidValueException.malformed(
            QmsErrorCode.VALUE_MALFORMED,
            "groupNames",
            e.getKey(),
            "a Kolada group id (G and 1–20 letters or digits) or a four-digit id");
      }
      text(e.getValue(), 200, "groupNames[" + e.getKey() + "]");
      if (!names.add(e.getValue())) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID,
            "groupNames[" + e.getKey() + "]",
            e.getValue(),
            "must name one group only");
      }
    }
    if (maxDocumentLength() < MIN_DOCUMENT_LENGTH || maxDocumentLength() > MAX_DOCUMENT_LENGTH) {
      throw InvalidValueException.outOfRange(
          QmsErrorCode.VALUE_OUT_OF_RANGE,
          "maxDocumentLength",
          maxDocumentLength(),
          MIN_DOCUMENT_LENGTH,
          MAX_DOCUMENT_LENGTH);
    }
  }

  private static void text(String value, int maxLength, String field) {
    if (value.isBlank()) {
      throw InvalidValueException.blank(field);
    }
    if (value.length() > maxLength) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_TOO_LONG,
          field,
          value,
          "must have at most " + maxLength + " characters");
    }
  }
}
