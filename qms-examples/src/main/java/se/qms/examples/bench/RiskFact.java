package se.qms.examples.bench;

/**
 * One risk rating, as a fact for both engines of {@link DroolsBenchmark}: probability and severity,
 * and the band index and escalation either engine writes. Mutable, not thread-safe: a benchmark
 * fixture only.
 */
public final class RiskFact {
  private final int probability;
  private final int severity;
  private int band = -1;
  private boolean escalated;

  RiskFact(int probability, int severity) {
    this.probability = probability;
    this.severity = severity;
  }

  /** The probability step, 1–4. */
  public int getProbability() {
    return probability;
  }

  /** The severity step, 1–4. */
  public int getSeverity() {
    return severity;
  }

  /** The band index written by the engine that ran last (0 Låg, 1 Medium, 2 Kritisk); -1 before. */
  public int getBand() {
    return band;
  }

  /** Sets the band index. */
  public void setBand(int band) {
    this.band = band;
  }

  /** Whether the rating is escalated. */
  public boolean isEscalated() {
    return escalated;
  }

  /** Sets whether the rating is escalated. */
  public void setEscalated(boolean escalated) {
    this.escalated = escalated;
  }

  /** Forgets what an engine wrote. */
  void reset() {
    band = -1;
    escalated = false;
  }
}
