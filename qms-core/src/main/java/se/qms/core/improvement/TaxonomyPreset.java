package se.qms.core.improvement;

/**
 * The category lists printed in the source documents, ready to use or to adapt with {@link
 * Taxonomy#with(Category)}.
 */
public enum TaxonomyPreset {
  /**
   * Deviation types by cause, as in Säffle's Kvalitetsberättelse 2019, table 15 "Typ av avvikelser"
   * (the cause areas of an event analysis): Kommunikation och information; Utbildning, kompetens;
   * Omgivning och organisation; Teknik, utrustning och apparatur; Procedur, rutiner, riktlinjer;
   * Övriga.
   */
  DEVIATION_CAUSES(
      "Typ av avvikelse",
      "Kommunikation och information",
      "Utbildning, kompetens",
      "Omgivning och organisation",
      "Teknik, utrustning och apparatur",
      "Procedur, rutiner, riktlinjer",
      "Övriga"),
  /**
   * Deviation types by the requirement not met, as in Östersund's Kvalitetsrapport 2020, §6.4.2:
   * Bristande, ej följt fastställda rutiner; Brist i information, kommunikation; Ej följt lagkrav,
   * föreskrifter, beslut; Brist i samverkan.
   */
  DEVIATION_NONCONFORMITIES(
      "Typ av avvikelse",
      "Bristande, ej följt fastställda rutiner",
      "Brist i information, kommunikation",
      "Ej följt lagkrav, föreskrifter, beslut",
      "Brist i samverkan"),
  /**
   * Complaint subjects as in Östersund's Kvalitetsrapport 2020, §6.4.1: tillgänglighet, bemötande,
   * kompetens, tjänsten fungerar inte, övrigt.
   */
  COMPLAINT_SUBJECTS(
      "Klagomålet gäller",
      "Tillgänglighet",
      "Bemötande",
      "Kompetens",
      "Tjänsten fungerar inte",
      "Övrigt"),
  /**
   * Complaint subjects as in Örnsköldsvik's Kvalitetsberättelse 2016, §4.3.1: handläggning,
   * tillgänglighet.
   */
  COMPLAINT_SUBJECTS_CASEWORK("Klagomålet gäller", "Handläggning", "Tillgänglighet");

  private final Taxonomy taxonomy;

  TaxonomyPreset(String name, String... labels) {
    this.taxonomy = Taxonomy.ofLabels(name, labels);
  }

  /** The taxonomy. */
  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
