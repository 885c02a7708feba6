/**
 * The Kolada importer: reads Kolada v2 responses, saved or fetched, into qms measures.
 *
 * <p><b>Kolada</b> (kommun- och landstingsdatabasen) is the open database of RKA, Rådet för
 * främjande av kommunala analyser, with some 5 000 key performance indicators (KPIs, nyckeltal) of
 * Swedish municipalities and regions: one value per KPI, municipality and year, split by gender
 * where the KPI is — {@code T} totalt (everyone), {@code K} kvinnor (women), {@code M} män (men).
 * Municipality groups (e.g. "Liknande kommuner IFO") have ids of their own and carry the unweighted
 * mean of their members, with {@code count} the number of members that contributed. Kolada v2
 * answers with an envelope {@code {"values": [...], "count": n, "next_page": url?}}; a data object
 * is {@code {"kpi": "N00945", "municipality": "1860", "period": 2019, "values": [{"gender": "T",
 * "count": 1, "status": "", "value": 82.0}, ...]}}.
 *
 * <p>What the importer maps to what ({@link se.qms.json.kolada.KoladaReader}):
 *
 * <ul>
 *   <li>the own municipality's data ({@link se.qms.json.kolada.KoladaConfig#ownMunicipality()},
 *       e.g. {@code 2380} Östersund) → one {@link se.qms.core.measure.Observation} per KPI and
 *       year: indicator id = the configured id for the KPI or else the KPI id, unit id = the
 *       municipality id, period = the year, total/women/men from T/K/M, source {@link
 *       se.qms.core.measure.ObservationSource#KOLADA}; a null or absent T value gives an
 *       observation without a value and the missing reason "Kolada: värde saknas" — never zero;
 *   <li>a group (an id such as {@code G124026}, or any data object with a {@code count} above 1) →
 *       a {@link se.qms.core.measure.ReferenceValue} of kind {@link
 *       se.qms.core.measure.ReferenceKind#COMPARISON_GROUP} named by the configured display name or
 *       else the group id;
 *   <li>{@code 0000}, Kolada's id for the whole country (Riket) → a reference of kind {@link
 *       se.qms.core.measure.ReferenceKind#NATIONAL_AVERAGE};
 *   <li>any other municipality or region → a reference of kind {@link
 *       se.qms.core.measure.ReferenceKind#OTHER_UNIT} named by its id.
 * </ul>
 *
 * <p>References carry the T value only (a {@link se.qms.core.measure.ReferenceValue} has no gender
 * split); a reference whose T value is null is left out with a {@link
 * se.qms.json.kolada.KoladaNote}. Malformed responses are rejected whole with a {@link
 * se.qms.json.QmsDocumentException} listing every error with its JSON pointer; {@link
 * se.qms.json.kolada.KoladaClient} fetches and follows {@code next_page} under a fixed base URL.
 */
@QmsStyle
package se.qms.json.kolada;

import se.qms.core.QmsStyle;
