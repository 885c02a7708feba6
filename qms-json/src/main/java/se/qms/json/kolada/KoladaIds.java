package se.qms.json.kolada;

import java.util.regex.Pattern;

/** The shapes of Kolada's ids: KPIs, municipalities and regions, municipality groups. */
final class KoladaIds {
  /** Kolada's municipality id of the whole country, Riket. */
  static final String COUNTRY = "0000";

  private static final Pattern KPI = Pattern.compile("[A-Z][0-9]{5}");
  private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
  private static final Pattern GROUP = Pattern.compile("G[0-9A-Za-z]{1,20}");

  private KoladaIds() {}

  /** A KPI id: a capital letter and five digits, e.g. {@code N00945}. */
  static boolean isKpi(String id) {
    return KPI.matcher(id).matches();
  }

  /** A municipality or region id: four digits, e.g. {@code 2380}. */
  static boolean isMunicipality(String id) {
    return MUNICIPALITY.matcher(id).matches();
  }

  /** A municipality group id: {@code G} and 1–20 letters or digits, e.g. {@code G124026}. */
  static boolean isGroup(String id) {
    return GROUP.matcher(id).matches();
  }

  /** A municipality, region or group id. */
  static boolean isArea(String id) {
    return isMunicipality(id) || isGroup(id);
  }
}
