package se.qms.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.risk.internal.Require;

/**
 * One assessment of a risk (riskbedömning): either the individual {@link Rating}s of one or more
 * assessors, or — where a document prints only figures — one {@link PublishedRating} whose
 * assessors are unknown. Never both, never neither ({@link QmsErrorCode#RISK_ASSESSMENT_FORM}).
 *
 * <p>Invariants: each assessor rates at most once ({@link QmsErrorCode#DUPLICATE_ID}); the date,
 * when known, is the day the assessment was completed. The order of the ratings carries no
 * meaning: a {@link RiskEvaluator} scores any permutation the same. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskAssessment {
  RiskAssessment() {}

  /** The day of the assessment; empty when the source does not say. */
  public abstract Optional<LocalDate> date();

  /** The individual ratings; empty for a published rating. */
  public abstract List<Rating> ratings();

  /** The printed rating with unknown assessors; empty when individual ratings are given. */
  public abstract Optional<PublishedRating> published();

  /**
   * An assessment by individual assessors.
   *
   * @param date the day of the assessment; not null
   * @param ratings at least one, at most one per assessor
   */
  public static RiskAssessment of(LocalDate date, List<Rating> ratings) {
    return builder().date(Require.present(date, "date")).addAllRatings(ratings).build();
  }

  /** An undated assessment by individual assessors; {@code ratings} as for {@link #of(LocalDate, List)}. */
  public static RiskAssessment of(List<Rating> ratings) {
    return builder().addAllRatings(ratings).build();
  }

  /** An undated assessment known only from its printed figures. */
  public static RiskAssessment published(PublishedRating rating) {
    return builder().published(rating).build();
  }

  /** A strict builder; give ratings or a published rating, and optionally the date. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds assessments. */
  public static final class Builder extends ImmutableRiskAssessment.Builder {
    Builder() {}
  }

  /** Whether the assessment is known only from printed figures, without its assessors. */
  public boolean isPublished() {
    return published().isPresent();
  }

  /** Copy with another date. */
  public abstract RiskAssessment withDate(LocalDate date);

  @Value.Check
  final void check() {
    if (ratings().isEmpty() == published().isEmpty()) {
      throw InvalidValueException.violates(
          QmsErrorCode.RISK_ASSESSMENT_FORM,
          "ratings",
          ratings().isEmpty() ? "none" : ratings().size() + " ratings and a published rating",
          "must be one or more individual ratings or one published rating");
    }
    Require.unique(ratings(), r -> r.assessor().id(), "ratings.assessor");
  }
}
