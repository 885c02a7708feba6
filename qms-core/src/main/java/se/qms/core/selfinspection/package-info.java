/**
 * Egenkontroll (self-inspection): the unit's own systematic follow-up of its results and a check
 * that it works by its processes and routines (SOSFS 2011:9 5 kap. 2 §; seed 002 §6.1: "regelbunden
 * och systematisk uppföljning av verksamhetens planering, genomförande, resultat och
 * förbättringsåtgärder").
 *
 * <p>A {@link se.qms.core.selfinspection.ChecklistTemplate} (checklista) holds questions with an
 * {@link se.qms.core.selfinspection.AnswerType}; a {@link
 * se.qms.core.selfinspection.CompletedChecklist} records one unit's answers, judged by the
 * template's {@link se.qms.core.selfinspection.PassPolicy} as Godkänd or Ej godkänd ({@link
 * se.qms.core.selfinspection.ChecklistOutcome}). The uppföljningsplan (follow-up plan, seed 003) is
 * a list of {@link se.qms.core.selfinspection.FollowUpPlanItem}s, each with a quality area,
 * purpose, method, responsible roles, a {@link se.qms.core.selfinspection.Schedule} (mättillfälle)
 * and recorded results; {@link se.qms.core.selfinspection.FollowUpPlan} finds due and overdue
 * occurrences as of a given date. {@link se.qms.core.selfinspection.SamplingSpec} draws
 * reproducible samples (stickprov) for record and log review, and {@link
 * se.qms.core.selfinspection.CoverageMeasure} measures how many units performed an egenkontroll
 * ("Andel enhetschefer som har genomfört egenkontroll med stöd av checklistan …", seed 000).
 * Nothing here reads the clock: every query takes the date it is asked as of. Parameters are never
 * null (a null is rejected with {@link se.qms.core.QmsErrorCode#VALUE_MISSING}); absent values are
 * {@code Optional}. Every type is immutable and thread-safe.
 */
@QmsStyle
package se.qms.core.selfinspection;

import se.qms.core.QmsStyle;
