/**
 * The {@code qms} command line: runs the library's engines on bundled sample data or on an
 * organisation's own files.
 *
 * <p>Exit codes: 0 success, 1 the checked subject has findings or failed, 2 usage or input error,
 * 3 internal error. Errors are printed as one line with their {@link se.qms.core.QmsErrorCode} id,
 * never as a stack trace.
 */
package se.qms.examples;
