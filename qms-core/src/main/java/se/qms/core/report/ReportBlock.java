package se.qms.core.report;

/**
 * One block of a report section, in reading order: a {@link Paragraph}, a {@link ReportTable} or a
 * {@link HeatMap}. Renderers switch over these three and nothing else.
 */
public sealed interface ReportBlock permits Paragraph, ReportTable, HeatMap {}
