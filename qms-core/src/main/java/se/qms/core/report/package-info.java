/**
 * Checking published reports: whether the figures of a table printed in a kvalitetsberättelse
 * (the yearly quality report, SOSFS 2011:9 7 kap. 1 §) follow from one another.
 *
 * <p>A {@link se.qms.core.report.PublishedTable} holds a table as printed — labels and cells as
 * text, such as {@code "13 %"}, {@code "1,8%"} or {@code "1 204"} — together with the {@link
 * se.qms.core.report.TableRelation}s its layout promises: shares of a total, parts adding up to a
 * total, year-on-year changes. {@link se.qms.core.report.TableChecker} recomputes each dependent
 * cell from the others and returns a {@link se.qms.core.report.TableIssue} for every cell that does
 * not follow, with the value it should have had (seed 001 Tabell 15 prints 1,8 % for 8 of 501,
 * which is 1,6 %). The compilation and analysis of 5 kap. 6 § rest on such figures; a report whose
 * tables contradict themselves cannot carry the analysis.
 *
 * <p>Rendering: {@link se.qms.core.report.MarkdownRenderer} writes a {@link
 * se.qms.core.report.QualityReport} as Markdown with pipe tables, and {@link
 * se.qms.core.report.HtmlRenderer} as one self-contained HTML5 file (inline style and SVG, no
 * scripts, no external resources) that reads on screen and prints on A4. Both number the sections
 * and tables, print every figure as {@link se.qms.core.report.ReportCell#format} does (so what the
 * reader sees is what {@link se.qms.core.report.QualityReport#check} checked), show a public
 * edition's masked counts as its marker ({@code <3}), and escape every text taken from the
 * records. Traffic lights and risk-matrix cells carry words as well as colours. Rendering is
 * deterministic and thread-safe.
 */
@QmsStyle
package se.qms.core.report;

import se.qms.core.QmsStyle;
