/**
 * Sample municipalities transcribed from published documents: Örnsköldsvik's process map,
 * ProcessIndex targets and risk register (Kvalitetsberättelse 2016) and Katrineholm's organisation and
 * responsibility matrix (Kvalitetsledningssystem 2018).
 *
 * <p>The samples are tab-separated text files under {@code samples/} in this module's jar; {@link
 * se.qms.examples.samples.Sample#load(String)} reads one into the qms model. {@link
 * se.qms.examples.samples.ImprovementRecords#load(String)} reads the complaint and deviation tables
 * (Örnsköldsvik 2016 §4.3.1, Säffle 2019 table 15, Östersund 2020 §6.4.1–6.4.2) as case records,
 * one per counted case, carrying only what the printed table gives.
 */
package se.qms.examples.samples;
