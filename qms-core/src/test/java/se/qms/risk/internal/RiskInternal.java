package se.qms.risk.internal;

/** Stands in for another module's internal class, to prove the internal-package rule fires. */
public final class RiskInternal {
  private RiskInternal() {}

  /** Anything. */
  public static int value() {
    return 1;
  }
}
