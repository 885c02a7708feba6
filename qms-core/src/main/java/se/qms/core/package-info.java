/**
 * The foundations shared by every qms module: the error codes and the exception tree.
 *
 * <p>Every exception the library throws is a {@link se.qms.core.QmsException} carrying a {@link
 * se.qms.core.QmsErrorCode}; the concepts of SOSFS 2011:9 live in the sub-packages.
 */
package se.qms.core;
