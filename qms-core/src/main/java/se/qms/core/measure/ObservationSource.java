package se.qms.core.measure;

/** Where an observed value comes from. */
public enum ObservationSource {
  /** The organisation's own measurement or count. */
  OWN_MEASUREMENT,
  /** A user or staff survey. */
  SURVEY,
  /** Kolada, the municipal database of RKA. */
  KOLADA,
  /** A national register or Socialstyrelsen's open comparisons. */
  REGISTER
}
