package se.qms.core.report;

/**
 * The sections of a kvalitetsberättelse, in the order seeds 000, 001 and 004 present them: what
 * the work rests on, how it is organised, what it measured, what it found, and what it must do
 * next (SOSFS 2011:9 7 kap. and its general advice).
 */
public enum SectionKind {
  /** Purpose and requirements (syfte och krav): the regulation the report answers to. */
  PURPOSE("Syfte och krav", "Purpose and requirements"),
  /** Goals (mål) with target values. */
  GOALS("Mål", "Goals"),
  /** The management system: organisation, responsibility, the process map. */
  MANAGEMENT_SYSTEM("Ledningssystemet", "The management system"),
  /** Processes with their measures, traffic lights and trends. */
  PROCESSES("Processer och mått", "Processes and measures"),
  /** SIQ ProcessIndex levels and averages. */
  PROCESS_INDEX("SIQ ProcessIndex", "SIQ ProcessIndex"),
  /** Summary of risk analyses, the risk matrix and counts per band (5 kap. 1 §). */
  RISKS("Riskanalyser", "Risk analyses"),
  /** Egenkontroller (self-inspections, 5 kap. 2 §). */
  SELF_INSPECTION("Egenkontroller", "Self-inspections"),
  /** Complaints and comments (klagomål och synpunkter, 5 kap. 3 §). */
  COMPLAINTS("Klagomål och synpunkter", "Complaints and comments"),
  /** Deviations (avvikelser). */
  DEVIATIONS("Avvikelser", "Deviations"),
  /** Lex Sarah reports (5 kap. 5 §). */
  LEX_SARAH("Lex Sarah", "Lex Sarah"),
  /** Decisions not carried out within three months (ej verkställda beslut). */
  UNEXECUTED_DECISIONS("Ej verkställda beslut", "Decisions not carried out"),
  /** Actions (åtgärder, 5 kap. 7 §). */
  ACTIONS("Åtgärder", "Actions"),
  /** Comparisons with the previous year, by gender and with reference groups. */
  COMPARISONS("Jämförelser", "Comparisons"),
  /** Analysis and development needs (analys och utvecklingsbehov, 5 kap. 6 §). */
  ANALYSIS("Analys och utvecklingsbehov", "Analysis and development needs");

  private final String sv;
  private final String en;

  SectionKind(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The section's title. */
  public Text title() {
    return Text.of(sv, en);
  }
}
