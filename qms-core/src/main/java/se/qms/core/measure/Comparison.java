package se.qms.core.measure;

import java.util.Optional;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * A value compared with a reference (seed 004 §7–8: "bättre/sämre än liknande kommuner"), or
 * women's value compared with men's (seed 004 §6.4.4).
 *
 * <p>The gap is {@code value − reference} in the indicator's unit (percentage points for percent
 * indicators). The outcome reads the gap in the indicator's direction: within the tolerance the two
 * are equal; a neutral indicator is never better or worse. Immutable and thread-safe.
 */
public final class Comparison {
  /** How a value stands against its reference. */
  public enum Outcome {
    /** Bättre: better in the indicator's direction. */
    BETTER("bättre", "better"),
    /** Sämre: worse in the indicator's direction. */
    WORSE("sämre", "worse"),
    /** Lika: within the tolerance. */
    EQUAL("lika", "equal"),
    /** The indicator is neutral, so neither is better. */
    NOT_COMPARABLE("ej jämförbar", "not comparable");

    private final String swedish;
    private final String english;

    Outcome(String swedish, String english) {
      this.swedish = swedish;
      this.english = english;
    }

    /** The Swedish word, e.g. "bättre". */
    public String swedish() {
      return swedish;
    }

    /** The English word. */
    public String english() {
      return english;
    }
  }

  private final double value;
  private final double reference;
  private final Outcome outcome;

  private Comparison(double value, double reference, Outcome outcome) {
    this.value = value;
    this.reference = reference;
    this.outcome = outcome;
  }

  /**
   * Compares a value with a reference.
   *
   * @param value finite
   * @param reference finite
   * @param direction which way is better; not null
   * @param tolerance the largest gap still counted as equal, finite and ≥ 0
   */
  public static Comparison of(double value, double reference, Direction direction, double tolerance) {
    Checks.present(direction, "direction");
    finite(value, "value");
    finite(reference, "reference");
    finite(tolerance, "tolerance");
    if (tolerance < 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_OUT_OF_RANGE, "tolerance", tolerance, "must be ≥ 0");
    }
    double gap = value - reference;
    Outcome outcome;
    if (Math.abs(gap) <= tolerance) {
      outcome = Outcome.EQUAL;
    } else if (direction == Direction.NEUTRAL) {
      outcome = Outcome.NOT_COMPARABLE;
    } else {
      outcome = gap * direction.sign() > 0 ? Outcome.BETTER : Outcome.WORSE;
    }
    return new Comparison(value, reference, outcome);
  }

  /**
   * Women's value compared with men's: {@link Outcome#BETTER} when women's is better. Empty when
   * the observation lacks either.
   */
  public static Optional<Comparison> genderGap(
      Observation observation, Direction direction, double tolerance) {
    Checks.present(observation, "observation");
    if (observation.women().isEmpty() || observation.men().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        of(
            observation.women().getAsDouble(),
            observation.men().getAsDouble(),
            direction,
            tolerance));
  }

  private static void finite(double v, String field) {
    if (!Double.isFinite(v)) {
      throw InvalidValueException.violates(
          QmsErrorCode.VALUE_NOT_FINITE, field, v, "must be a finite number");
    }
  }

  /** The value compared. */
  public double value() {
    return value;
  }

  /** The reference it is compared with. */
  public double reference() {
    return reference;
  }

  /** {@code value − reference}, in the indicator's unit. */
  public double gap() {
    return value - reference;
  }

  /** How the value stands. */
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Comparison)) {
      return false;
    }
    Comparison o = (Comparison) other;
    return Double.compare(value, o.value) == 0
        && Double.compare(reference, o.reference) == 0
        && outcome == o.outcome;
  }

  @Override
  public int hashCode() {
    return (Double.hashCode(value) * 31 + Double.hashCode(reference)) * 31 + outcome.hashCode();
  }

  @Override
  public String toString() {
    return "Comparison{" + value + " vs " + reference + ": " + outcome + "}";
  }
}
