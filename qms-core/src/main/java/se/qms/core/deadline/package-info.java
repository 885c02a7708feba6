/**
 * Legal and municipal time limits and the Swedish working-day calendar.
 *
 * <p>A {@link se.qms.core.deadline.SwedishCalendar} knows the public holidays of lag (1989:253) om
 * allmänna helgdagar (nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, första
 * maj, Kristi himmelsfärdsdag, pingstdagen, Sveriges nationaldag, midsommardagen, alla helgons dag,
 * juldagen, annandag jul) and the days that lag (1930:173) om beräkning av lagstadgad tid treats
 * like them — Saturdays, midsommarafton, julafton and nyårsafton — plus any local non-working days
 * an organisation adds. A {@link se.qms.core.deadline.TimeLimit} counts calendar days, working
 * days, weeks or months ("inom tre månader från dagen för beslutet", SoL 16 kap. 6 f §; "inom två
 * veckor", seed 002 §5.2); a {@link se.qms.core.deadline.DeadlineRule} adds whether a limit ending
 * on a non-working day moves to the next working day, and judges a task as of a date. {@link
 * se.qms.core.deadline.Elapsed} measures the time between two dates in each unit and {@link
 * se.qms.core.deadline.ReportingPeriods} names the month, quarter, tertial, half-year and year a
 * date falls in (quarterly reports of ej verkställda beslut, tertial follow-up).
 *
 * <p>Nothing here reads the clock: every query takes the dates it needs.
 */
@QmsStyle
package se.qms.core.deadline;

import se.qms.core.QmsStyle;
