package se.qms.core.measure;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

/**
 * A municipality's rule for giving one indicator's values a traffic light.
 *
 * <ul>
 *   <li>{@link Kind#TARGET}: green when the value meets its {@link Target} in the indicator's
 *       direction, yellow when it misses by at most the {@link Tolerance}, red otherwise.
 *   <li>{@link Kind#BANDS}: fixed bands on a scale, e.g. SIQ core-value scores; green from {@code
 *       greenFrom}, yellow from {@code yellowFrom}, red beyond, read in the indicator's direction.
 *   <li>{@link Kind#PASS_FAIL}: egenkontroll; a value of 1 or more is Godkänd (green), less is Ej
 *       godkänd (red).
 * </ul>
 *
 * <p>Invariants: a target policy has a target and a tolerance and no bands; a band policy has
 * finite bands and nothing else; pass/fail has neither. Whether the bands are ordered in the
 * indicator's direction is checked when the policy is compiled ({@link LightEvaluator}). Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class LightPolicy {
  LightPolicy() {}

  /** The kinds of policy. */
  public enum Kind {
    /** Against a target with a tolerance. */
    TARGET,
    /** Fixed bands on a scale. */
    BANDS,
    /** Passed or failed. */
    PASS_FAIL
  }

  /** The kind of policy. */
  public abstract Kind kind();

  /** The target of a target policy. */
  public abstract Optional<Target> target();

  /** The tolerance of a target policy. */
  public abstract Optional<Tolerance> tolerance();

  /** Where green starts on a band policy's scale. */
  public abstract OptionalDouble greenFrom();

  /** Where yellow starts on a band policy's scale. */
  public abstract OptionalDouble yellowFrom();

  /** Judge against a target, yellow within the tolerance. */
  public static LightPolicy target(Target target, Tolerance tolerance) {
    return ImmutableLightPolicy.builder()
        .kind(Kind.TARGET)
        .target(target)
        .tolerance(tolerance)
        .build();
  }

  /**
   * Judge by fixed bands: for a higher-is-better indicator green at {@code greenFrom} or more,
   * yellow at {@code yellowFrom} or more; for lower-is-better green at {@code greenFrom} or less,
   * yellow at {@code yellowFrom} or less.
   */
  public static LightPolicy bands(double greenFrom, double yellowFrom) {
    return ImmutableLightPolicy.builder()
        .kind(Kind.BANDS)
        .greenFrom(greenFrom)
        .yellowFrom(yellowFrom)
        .build();
  }

  /** Godkänd (value ≥ 1) is green, Ej godkänd is red. */
  public static LightPolicy passFail() {
    return ImmutableLightPolicy.builder().kind(Kind.PASS_FAIL).build();
  }

  @Value.Check
  final void check() {
    boolean isTarget = kind() == Kind.TARGET;
    boolean isBands = kind() == Kind.BANDS;
    require(isTarget == target().isPresent(), "target", isTarget);
    require(isTarget == tolerance().isPresent(), "tolerance", isTarget);
    require(isBands == greenFrom().isPresent(), "greenFrom", isBands);
    require(isBands == yellowFrom().isPresent(), "yellowFrom", isBands);
    Observation.finite(greenFrom(), "greenFrom");
    Observation.finite(yellowFrom(), "yellowFrom");
  }

  private void require(boolean consistent, String field, boolean required) {
    if (!consistent) {
      throw InvalidValueException.violates(
          QmsErrorCode.LIGHT_POLICY_INVALID,
          field,
          kind(),
          required ? "is required on a " + kind() + " policy" : "is not allowed on a " + kind() + " policy");
    }
  }
}
