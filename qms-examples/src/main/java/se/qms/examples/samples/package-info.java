/**
 * Sample municipalities transcribed from published documents: Örnsköldsvik's process map,
 * ProcessIndex targets and risk register (Kvalitetsberättelse 2016) and Katrineholm's organisation and
 * responsibility matrix (Kvalitetsledningssystem 2018).
 *
 * <p>The samples are tab-separated text files under {@code samples/} in this module's jar; {@link
 * se.qms.examples.samples.Sample#load(String)} reads one into the qms model.
 */
package se.qms.examples.samples;
