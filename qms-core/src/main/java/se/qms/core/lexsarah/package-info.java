/**
 * Lex Sarah: staff reports of missförhållanden (improprieties) in social services and LSS, their
 * investigation, the notification of serious ones to the Inspektionen för vård och omsorg (IVO),
 * and the yearly compilation of the reports (SoL 14 kap. 2–7 §§, LSS 24 a–g §§, SOSFS 2011:5;
 * SOSFS 2011:9 5 kap. 5 § and 6 §).
 *
 * <p>A <i>missförhållande</i> is an act, or an omission, that threatens or has harmed the life,
 * safety or physical or mental health of a person receiving or applying for an insats (seed 000
 * §4.3.2.1, seed 004 §6.4.3). Anyone working in the activity must report one, or a påtaglig risk
 * for one, <i>genast</i> (at once, SoL 14 kap. 3 §); it is documented, investigated and remedied
 * <i>utan dröjsmål</i> (without delay, SoL 14 kap. 6 §); and an allvarligt missförhållande, or a
 * påtaglig risk for one, is notified to IVO <i>snarast</i> (as soon as possible, SoL 14 kap.
 * 7 §). The investigation is completed even after the notification.
 *
 * <ul>
 *   <li>A {@link se.qms.core.lexsarah.LexSarahCase} is one report: the day it was made, the
 *       reporter's role, the nämnd responsible and the unit concerned, a description, how many
 *       individuals it concerns and their pseudonymous ids, its {@link
 *       se.qms.core.lexsarah.LexSarahCategory categories} (a report can have several), the
 *       immediate measures, a {@link se.qms.core.lexsarah.LexSarahRiskEstimate risk estimate}, and
 *       its lifecycle as an append-only, dated history of {@link
 *       se.qms.core.lexsarah.LexSarahEvent}s: reported → received by the responsible manager →
 *       registered → investigation started → assessed ({@link
 *       se.qms.core.lexsarah.LexSarahAssessment}) → notified to IVO (serious cases only, with the
 *       nämnd's decision) → closed. {@link se.qms.core.lexsarah.LexSarahStatus} holds the
 *       transition table.
 *   <li>{@link se.qms.core.lexsarah.LexSarahTimeliness} turns the law's "genast", "utan dröjsmål"
 *       and "snarast" into the municipality's limits in days or working days between the steps
 *       ({@link se.qms.core.lexsarah.LexSarahTimelinessPolicy}, by default one working day to
 *       registration, five working days to the start of the investigation and fourteen days from a
 *       serious assessment to the notification) and gives a {@link
 *       se.qms.core.compliance.Finding} for every breach: seed 000 §4.3.2.1 criticises a report
 *       registered five weeks late.
 *   <li>{@link se.qms.core.lexsarah.LexSarahStatistics} compiles the reports per year, tertial,
 *       nämnd, unit, category and assessment (SOSFS 2011:9 5 kap. 6 §): a report counts once as a
 *       report and once in each of its categories, as in seed 000's table where 108 reports carry
 *       119 categories; year-on-year change and shares are exact {@link
 *       se.qms.core.improvement.Ratio}s.
 * </ul>
 *
 * <p>Lex Sarah has its own package rather than a place in {@code se.qms.core.improvement}, where
 * the architecture puts improvement cases: it is a legal regime of its own, with its own duties,
 * time limits, notification to a supervisory authority and statistics. Whether a case's risk
 * estimate must be considered for notification (seed 000: value 8 or more, or severity Hög) is
 * decided in qms-risk, which owns the risk scales and the escalation policy; the core keeps the
 * estimate as plain steps.
 *
 * <p>Every type is immutable and thread-safe; nothing reads the clock. People appear only as
 * pseudonymous {@link se.qms.core.organisation.PersonRef}s. Invalid input fails with an {@link
 * se.qms.core.InvalidValueException} whose code is a general one ({@code QMS-10xx}), a lifecycle
 * code shared with the improvement cases ({@code QMS-1501}, {@code QMS-1502}, {@code QMS-1503},
 * {@code QMS-1505}) or one of the {@code QMS-17xx} block.
 */
@QmsStyle
package se.qms.core.lexsarah;

import se.qms.core.QmsStyle;
