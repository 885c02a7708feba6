/**
 * Decisions not carried out (ej verkställda beslut): favourable decisions under SoL or LSS that
 * the municipality has not executed within three months, and their quarterly reporting.
 *
 * <ul>
 *   <li><b>The duty</b> (SoL 16 kap. 6 f–h §, LSS 28 f–h §): the nämnd reports every gynnande
 *       beslut (favourable decision) not executed within three months of the day of the decision,
 *       and every decision whose execution was interrupted and not resumed within three months of
 *       the interruption, once per quarter to IVO (Inspektionen för vård och omsorg), the
 *       municipal auditors and the council, stating the kind of insats and briefly the reasons for
 *       the delay (seed 001 "Ej verkställda beslut", seed 004 §6.4.5; seed 003 follows it up "var
 *       tredje månad").
 *   <li><b>The sanction</b> (SoL 16 kap. 6 a §, LSS 28 a §): on IVO's application the
 *       administrative court may order a särskild avgift of 10 000–1 000 000 kr (seed 004
 *       §6.4.5).
 * </ul>
 *
 * <p>A {@link se.qms.core.unexecuted.FavourableDecision} carries the law and kind of insats from a
 * configurable {@link se.qms.core.unexecuted.InsatsCatalogue}, the decision date, the person's
 * gender, the reason for the delay and the dated, append-only history of its execution — a state
 * machine ({@link se.qms.core.unexecuted.ExecutionStatus}) of offers, declines, execution,
 * interruptions, resumption and end. {@link se.qms.core.unexecuted.Reportability} says which
 * decisions are reportable on a day; {@link se.qms.core.unexecuted.QuarterlyReporting} builds the
 * quarterly report and the findings on missing or late reports; {@link
 * se.qms.core.unexecuted.UnexecutedStatistics} counts the tables of the yearly quality report by
 * kind, gender, reason and waiting time ({@link se.qms.core.unexecuted.WaitingTimeScale}).
 *
 * <p>This concept has its own package rather than a place in {@code se.qms.core.improvement}: the
 * reporting of unexecuted decisions is a legal regime of its own (a duty to report to IVO with a
 * fee as sanction), not a case of the provider's improvement work under SOSFS 2011:9 5 kap.
 * Legal references are data of the {@link se.qms.core.unexecuted.UnexecutedDecisionPolicy}, so
 * they can follow the new socialtjänstlag (2025:400). Nothing here reads the clock.
 */
@QmsStyle
package se.qms.core.unexecuted;

import se.qms.core.QmsStyle;
