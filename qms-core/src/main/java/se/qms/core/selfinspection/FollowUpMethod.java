package se.qms.core.selfinspection;

/** A method of egenkontroll (seed 002 §6.1, seed 003, DOMAIN.md). */
public enum FollowUpMethod {
  /** Checklista. */
  CHECKLIST,
  /** Journal- eller aktgranskning, stickprov. */
  RECORD_REVIEW,
  /** Kollegiegranskning. */
  PEER_REVIEW,
  /** Rapport från verksamhetssystemet. */
  SYSTEM_REPORT,
  /** Enkät, målgruppsundersökning. */
  SURVEY,
  /** Intervju. */
  INTERVIEW,
  /** Vinjetter, fallbeskrivningar. */
  VIGNETTES,
  /** Loggkontroll. */
  LOG_REVIEW,
  /** Jämförelse med Öppna jämförelser, kvalitetsregister eller tidigare resultat. */
  COMPARISON,
  /** Uppföljning av en plan eller tidsplan i ledningsgrupp eller gruppmöte. */
  PLAN_REVIEW
}
