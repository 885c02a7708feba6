package se.qms.core.report;

/**
 * Writes part of a report: one concept's tables, paragraphs and development needs. The core's
 * contributors ({@link ReportGenerator#coreContributors()}) cover everything the core models;
 * other modules add theirs, such as qms-risk's risk analyses, without the core knowing their
 * types.
 *
 * <p>Implementations are stateless and thread-safe; they read {@link ReportContext} and write to
 * {@link ReportDraft}, and must not keep either.
 */
@FunctionalInterface
public interface ReportContributor {
  /** Adds this contributor's blocks and needs for the context's year. */
  void contribute(ReportContext context, ReportDraft draft);
}
