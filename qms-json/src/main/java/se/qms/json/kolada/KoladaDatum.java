package se.qms.json.kolada;

import java.util.List;
import java.util.OptionalDouble;
import se.qms.core.measure.GenderGroup;

/**
 * One checked Kolada data object: a KPI's values for one municipality or group and year.
 *
 * @param kpi the KPI id, well-formed
 * @param area the municipality, region or group id, well-formed
 * @param year 1900–9999
 * @param page the 1-based page the object was read from
 * @param pointer where the object is in its page
 * @param values its gender values in response order
 */
record KoladaDatum(
    String kpi, String area, int year, int page, String pointer, List<Value> values) {

  KoladaDatum {
    values = List.copyOf(values);
  }

  /**
   * One gender value.
   *
   * @param gender T, K or M
   * @param count how many units the value is the mean of; 0 or more
   * @param status Kolada's status text, "" when there is none
   * @param value the value, finite; empty when Kolada has none
   * @param pointer where the value object is in its page
   */
  record Value(
      GenderGroup gender, int count, String status, OptionalDouble value, String pointer) {}

  /** The key that is unique in a response: KPI, municipality or group, year. */
  record Key(String kpi, String area, int year) {}

  Key key() {
    return new Key(kpi, area, year);
  }
}
