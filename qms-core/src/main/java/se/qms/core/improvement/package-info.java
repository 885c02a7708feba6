/**
 * Improvement work: complaints and comments, deviations, actions and the yearly compilation of them
 * for patterns and trends.
 *
 * <ul>
 *   <li><b>Klagomål och synpunkter</b> (SOSFS 2011:9 5 kap. 3 §): the provider receives and
 *       investigates complaints and comments on the quality of its services from the seven sources
 *       the provision lists ({@link se.qms.core.improvement.ComplaintSource}). A {@link
 *       se.qms.core.improvement.Complaint} has a kind (klagomål, synpunkt, beröm, förslag), a
 *       subject from a configurable {@link se.qms.core.improvement.Taxonomy}, a unit, the days it
 *       was received, acknowledged and answered, and a lifecycle; the answer is due within 14 days
 *       by default (seed 002 §5.2, configurable as a {@link se.qms.core.deadline.DeadlineRule}).
 *   <li><b>Avvikelse</b> (deviation; seed 001, seed 004 §6.4.2): an error or mistake of
 *       significance, reported by staff and investigated by the nearest manager; a {@link
 *       se.qms.core.improvement.Deviation} has a category, an outcome and the actions it led to.
 *   <li><b>Åtgärd</b> (action, 5 kap. 7 §): the provider takes the measures needed to secure and
 *       improve quality, follows them up and evaluates their effect; an {@link
 *       se.qms.core.improvement.ImprovementAction} has an origin, a purpose, a responsible role, a
 *       due date, a status (Ej påbörjad, Pågående, Genomförd, Avbruten) and an {@link
 *       se.qms.core.improvement.EffectEvaluation}.
 *   <li><b>Sammanställning och analys</b> (5 kap. 6 §): complaints and reports are compiled and
 *       analysed, at least yearly (seed 002 §5.2), to find patterns and trends that point to
 *       deficiencies. {@link se.qms.core.improvement.ImprovementStatistics} counts {@link
 *       se.qms.core.improvement.CaseRecord}s by category, kind, subject, source, unit,
 *       organisation, tertial and year as exact {@link se.qms.core.improvement.Ratio}s, and finds
 *       {@link se.qms.core.improvement.Pattern}s: categories rising over consecutive periods or
 *       taking a share above a threshold.
 * </ul>
 *
 * <p>Each case type is a state machine: {@code apply(command)} returns a {@link
 * se.qms.core.improvement.Transition} — the next state and a past-tense {@link
 * se.qms.core.improvement.CaseEvent} — and rejects a command its status forbids with {@link
 * se.qms.core.QmsErrorCode#TRANSITION_NOT_ALLOWED}; histories are append-only and dated. Nothing
 * here reads the clock: overdue checks take the day to judge as of.
 */
@QmsStyle
package se.qms.core.improvement;

import se.qms.core.QmsStyle;
