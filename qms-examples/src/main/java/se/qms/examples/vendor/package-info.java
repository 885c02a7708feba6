/**
 * Embedding qms in a case-management system, end to end, on an embedded SQL database (H2, reached
 * through plain JDBC only): a small vendor schema ({@code schema.sql}: units, pseudonymous staff,
 * complaints, deviations, lex Sarah reports, favourable decisions and the quarterly reports on those
 * not carried out, actions and a findings table), a seeded generator of a realistic year ({@link
 * se.qms.examples.vendor.CaseYear}), one small mapper per table from rows to qms types ({@link
 * se.qms.examples.vendor.CaseSystemReader}; a bad row is a {@link
 * se.qms.examples.vendor.RowException} naming table, column and row id), the nightly run of the
 * compliance engine writing its findings idempotently ({@link se.qms.examples.vendor.NightlyJob})
 * and the on-save check of one changed case ({@link se.qms.examples.vendor.OnSaveCheck}).
 *
 * <p>This is the code a vendor writes around the library, not part of it: qms-core, qms-risk and
 * qms-json know nothing of SQL.
 */
package se.qms.examples.vendor;
