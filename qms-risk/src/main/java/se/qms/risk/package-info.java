/**
 * Risk analysis (riskanalys): the continuous assessment, required by SOSFS 2011:9 5 kap. 1 §, of
 * events that could cause deficiencies in the quality of social services — for each, an estimate
 * of how probable it is and how serious its consequences would be — and what follows from it.
 *
 * <p>A {@link se.qms.risk.Risk} is rated by one or more assessors on two {@link
 * se.qms.risk.RiskScale}s, probability (sannolikhet) and severity (allvarlighetsgrad, also called
 * konsekvens), by default 1–4 as in seed 000 §1.6.2. The risk value is probability × severity
 * (seed 002 §6.4); several assessors' ratings are aggregated as the mean per axis and the product
 * of the means, which is how seed 000 §4.1 publishes them ("1,5" and "1,4"). {@link
 * se.qms.risk.RiskBands} divide the values into levels (default Låg [1, 4), Medium [4, 8), Kritisk
 * [8, 16]) and an {@link se.qms.risk.EscalationPolicy} decides what must be reported on (default:
 * value 8 or more, or the highest severity — the lex Sarah rule of seed 000 §4.3.2.1). A {@link
 * se.qms.risk.RiskEvaluator} compiles scales, bands and policy once into lookup tables; a {@link
 * se.qms.risk.RiskMatrix} counts risks per cell and band; a {@link se.qms.risk.RiskReview} finds
 * critical risks without actions (5 kap. 7 §), risks not reassessed in time and new analyses due
 * after a {@link se.qms.risk.RiskTrigger} such as an organisational change (seed 002 §6.3). {@link
 * se.qms.risk.LexSarahEscalation} applies the escalation policy to the risk estimates of lex Sarah
 * cases: which must be considered for notification to IVO.
 *
 * <p>The package also holds the event analysis ({@link se.qms.risk.EventAnalysis}, händelseanalys:
 * the root causes of an event that happened, seed 004 §6.3.2) and the internal control plan
 * ({@link se.qms.risk.InternalControlPlan}, internkontrollplan: risks against the main processes
 * with control points followed up each tertial, seed 004 §6.7).
 *
 * <p>Every type is immutable and thread-safe; nothing reads the system clock — every rule that
 * depends on time takes an explicit {@code LocalDate asOf}. No method accepts {@code null} unless
 * its documentation says so: a {@code null} argument fails with {@link
 * se.qms.core.MissingValueException} ({@code QMS-1001}); absent values are returned as {@code
 * Optional}, never as {@code null}. Invalid input fails with an {@link
 * se.qms.core.InvalidValueException} whose code is in the {@code QMS-20xx} (risk), {@code QMS-21xx}
 * (event analysis) or {@code QMS-22xx} (internal control) block of {@link
 * se.qms.core.QmsErrorCode}.
 */
@QmsStyle
package se.qms.risk;

import se.qms.core.QmsStyle;
