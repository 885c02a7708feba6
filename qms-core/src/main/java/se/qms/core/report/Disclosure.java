package se.qms.core.report;

import java.util.Objects;
import se.qms.core.internal.Checks;

/**
 * Small-number protection for public editions: counts from 1 to {@code threshold − 1} are not
 * shown, so that few people cannot be singled out. Masked cells read {@code <3} (or {@code ..}
 * when suppressed); zero is shown, since it points to nobody. Paragraphs that state figures are
 * left out of a public edition; the tables carry the figures, masked. A figure masked only because
 * it would reveal a small count (a second part of a total, a change) reads {@code ..}.
 *
 * <p>Invariants: the internal edition masks nothing; a public threshold lies in [2, 100].
 * Immutable and thread-safe.
 */
public final class Disclosure {
  private static final Disclosure INTERNAL = new Disclosure(0, false);
  private final int threshold;
  private final boolean suppress;

  private Disclosure(int threshold, boolean suppress) {
    this.threshold = threshold;
    this.suppress = suppress;
  }

  /** The internal edition: every figure shown. */
  public static Disclosure internal() {
    return INTERNAL;
  }

  /** A public edition: counts below {@code threshold} read {@code <threshold}. */
  public static Disclosure masked(int threshold) {
    return new Disclosure(Checks.inRange(threshold, 2, 100, "threshold"), false);
  }

  /** A public edition: counts below {@code threshold} read {@code ..}, without saying how low. */
  public static Disclosure suppressed(int threshold) {
    return new Disclosure(Checks.inRange(threshold, 2, 100, "threshold"), true);
  }

  /** Whether this edition masks anything. */
  public boolean isPublic() {
    return threshold > 0;
  }

  /** The smallest count shown, or 0 for the internal edition. */
  public int threshold() {
    return threshold;
  }

  /** Whether masked cells read {@code ..} instead of {@code <threshold}. */
  public boolean suppresses() {
    return suppress;
  }

  /** Whether {@code count} must be masked. */
  boolean hides(long count) {
    return count > 0 && count < threshold;
  }

  /** The text a masked cell shows. */
  String marker() {
    return suppress ? ".." : "<" + threshold;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Disclosure
        && ((Disclosure) other).threshold == threshold
        && ((Disclosure) other).suppress == suppress;
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, suppress);
  }

  @Override
  public String toString() {
    return threshold == 0 ? "internal" : (suppress ? "suppressed below " : "masked below ") + threshold;
  }
}
