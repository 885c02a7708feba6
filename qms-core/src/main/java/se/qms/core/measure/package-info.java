/**
 * Measures, targets, traffic lights and trends: how an organisation follows up its results and
 * judges them against its goals (SOSFS 2011:9 5 kap. 2 § and 7 kap.; seed 000 §1.6 and §3, seed
 * 001 tables 1–10, seed 004 §7–8).
 *
 * <p>An {@link se.qms.core.measure.Indicator} (mått, nyckeltal) has a unit and a direction;
 * {@link se.qms.core.measure.Observation}s give its value per {@link se.qms.core.measure.Period},
 * split by gender where Kolada does (T/K/M); {@link se.qms.core.measure.ReferenceValue}s give
 * national, county, comparison-group and other units' values. A municipality's {@link
 * se.qms.core.measure.LightPolicy} per indicator — a {@link se.qms.core.measure.Target} with a
 * tolerance, fixed bands, or pass/fail — is compiled once by {@link
 * se.qms.core.measure.MeasureEngine} into evaluators that judge each value as a {@link
 * se.qms.core.measure.TrafficLight} without allocating. Missing data is a state of its own, never
 * zero.
 */
@QmsStyle
package se.qms.core.measure;

import se.qms.core.QmsStyle;
