package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.PersonRef;

class RiskScoreTest {
  private static final RiskEvaluator E = RiskEvaluator.defaults();

  static PersonRef assessor(int i) {
    return PersonRef.of("ec-" + i, "Enhetschef " + i);
  }

  /** Ratings (p, s) by assessors ec-0, ec-1, … */
  static RiskAssessment ratings(int... ps) {
    Rating[] ratings = new Rating[ps.length / 2];
    for (int i = 0; i < ratings.length; i++) {
      ratings[i] = Rating.of(assessor(i), ps[2 * i], ps[2 * i + 1]);
    }
    return RiskAssessment.of(List.of(ratings));
  }

  @Nested
  class IndividualRatings {
    @Test
    void threeAssessors_meansProductMaxAndDistribution() {
      RiskScore score = E.score(ratings(2, 3, 3, 3, 1, 2));
      assertEquals(OptionalInt.of(3), score.assessorCount());
      assertEquals(2.0, score.meanProbability());
      assertEquals(8.0 / 3, score.meanSeverity(), 1e-12);
      assertEquals(16.0 / 3, score.value(), 1e-12);
      assertEquals("Medium", score.band().nameSv());
      assertFalse(score.isEscalated());
      assertEquals(OptionalInt.of(9), score.maxSingleValue());
      assertEquals(OptionalInt.of(1), score.escalatedRatings());
      RiskMatrix d = score.distribution().orElseThrow();
      assertEquals(1, d.count(2, 3));
      assertEquals(1, d.count(3, 3));
      assertEquals(1, d.count(1, 2));
      assertEquals(0, d.count(4, 4));
      assertEquals(3, d.total());
      assertEquals(List.of(1, 1, 1), List.copyOf(d.bandCounts().values())); // 2 Låg, 6 Medium, 9 Kritisk
      assertEquals(2, score.matrixProbability());
      assertEquals(3, score.matrixSeverity());
    }

    @Test
    void oneRating_isItsOwnMean() {
      RiskScore score = E.score(Rating.of(assessor(1), 4, 3));
      assertEquals(12.0, score.value());
      assertEquals("Kritisk", score.band().nameSv());
      assertTrue(score.isEscalated());
      assertTrue(score.isTopBand());
      assertEquals(OptionalInt.of(12), score.maxSingleValue());
    }

    /** sumP × sumS / n² = 72 / 9 = 8 exactly: Kritisk, although 8/3 × 3 is not exact in binary. */
    @Test
    void productOfMeansExactlyEight_isKritiskAndEscalated() {
      RiskScore score = E.score(ratings(3, 3, 3, 3, 2, 3));
      assertEquals("Kritisk", score.band().nameSv());
      assertTrue(score.isEscalated());
    }

    /** 7 × 10 / 9 = 7.78: Medium, not escalated. */
    @Test
    void productOfMeansJustBelowEight_isMediumAndNotEscalated() {
      RiskScore score = E.score(ratings(3, 4, 2, 3, 2, 3));
      assertEquals(70.0 / 9, score.value(), 1e-12);
      assertEquals("Medium", score.band().nameSv());
      assertFalse(score.isEscalated());
      assertEquals(OptionalInt.of(1), score.escalatedRatings()); // 3 × 4 = 12 alone escalates
    }

    /** 2 × 2 / 1 = 4 is Medium; a mean product of 3.75 is Låg. */
    @Test
    void productOfMeansThreeVersusFour() {
      assertEquals("Medium", E.score(ratings(2, 2)).band().nameSv());
      RiskScore below = E.score(ratings(2, 2, 1, 2)); // 1.5 × 2 = 3
      assertEquals("Låg", below.band().nameSv());
      RiskScore justBelow = E.score(ratings(2, 2, 2, 2, 1, 2, 2, 2)); // 1.75 × 2 = 3.5
      assertEquals(3.5, justBelow.value());
      assertEquals("Låg", justBelow.band().nameSv());
    }

    @Test
    void everyAssessorRatingHog_escalatesWhateverTheValue() {
      RiskScore score = E.score(ratings(1, 4, 2, 4)); // 1.5 × 4 = 6
      assertEquals("Medium", score.band().nameSv());
      assertTrue(score.isEscalated());
    }

    @Test
    void oneAssessorRatingHog_doesNotEscalateTheMean_butIsCounted() {
      RiskScore score = E.score(ratings(1, 4, 1, 3)); // 1 × 3.5
      assertFalse(score.isEscalated());
      assertEquals(OptionalInt.of(1), score.escalatedRatings());
    }

    @Test
    void productOfMeans_mayExceedTheLargestSingleValue() {
      RiskScore score = E.score(ratings(1, 4, 4, 1));
      assertEquals(6.25, score.value());
      assertEquals(OptionalInt.of(4), score.maxSingleValue());
    }

    @Test
    void score_ratingAboveTheScale_throws() {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> E.score(ratings(1, 1, 5, 1)));
      assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
      assertEquals("ratings[1].probability", e.field().orElseThrow());
    }
  }

  @Nested
  class PublishedRatings {
    @ParameterizedTest(name = "{0} × {1} = {2} {3}")
    @CsvSource(
        delimiter = '|',
        value = {
      "1,5 | 1,4 | 2.1 | Låg | 2 | 1",
      "1,2 | 1,5 | 1.8 | Låg | 1 | 2",
      "1,4 | 1,75 | 2.45 | Låg | 1 | 2",
      "4 | 3 | 12 | Kritisk | 4 | 3",
      "3 | 2 | 6 | Medium | 3 | 2"
        })
    void seed000Section4_1(String p, String s, double value, String band, int cellP, int cellS) {
      RiskScore score = E.score(RiskAssessment.published(PublishedRating.parse(p, s)));
      assertEquals(value, score.value(), 1e-12);
      assertEquals(band, score.band().nameSv());
      assertTrue(score.isPublished());
      assertEquals(OptionalInt.empty(), score.assessorCount());
      assertEquals(OptionalInt.empty(), score.maxSingleValue());
      assertEquals(OptionalInt.empty(), score.escalatedRatings());
      assertTrue(score.distribution().isEmpty());
      assertEquals(cellP, score.matrixProbability());
      assertEquals(cellS, score.matrixSeverity());
    }

    /** 2,5 × 3,2 is exactly 8 (in binary 8.000000000000002): Kritisk; 2,5 × 3,19 = 7,975 Medium. */
    @Test
    void exactDecimalProduct_decidesTheBand() {
      RiskScore eight = E.score(RiskAssessment.published(PublishedRating.parse("2,5", "3,2")));
      assertEquals("Kritisk", eight.band().nameSv());
      assertTrue(eight.isEscalated());
      RiskScore below = E.score(RiskAssessment.published(PublishedRating.parse("2,5", "3,19")));
      assertEquals("Medium", below.band().nameSv());
      assertFalse(below.isEscalated());
    }

    @Test
    void meanSeverityAtTheTop_escalates() {
      assertTrue(E.score(RiskAssessment.published(PublishedRating.of(1, 4))).isEscalated());
      assertFalse(E.score(RiskAssessment.published(PublishedRating.parse("1", "3,99"))).isEscalated());
    }

    @Test
    void score_publishedAboveTheScale_throws() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> E.score(RiskAssessment.published(PublishedRating.parse("4,5", "1"))));
      assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
      assertEquals("published.probability", e.field().orElseThrow());
    }

    @Test
    void parse_acceptsCommaAndPoint_andEqualityIsNumerical() {
      assertEquals(PublishedRating.parse("1,5", "1,40"), PublishedRating.parse("1.50", "1.4"));
      assertEquals(
          PublishedRating.of(new BigDecimal("4.00"), new BigDecimal("3")), PublishedRating.of(4, 3));
      assertEquals(new BigDecimal("2.1"), PublishedRating.parse("1,5", "1,4").value().stripTrailingZeros());
      assertEquals("PublishedRating{1.5 × 1.4}", PublishedRating.parse("1,5", "1,4").toString());
      assertEquals("PublishedRating{10 × 1}", PublishedRating.of(10, 1).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1;5", "x", "1,55555", "", "-1", "1e1", "1,", ",5"})
    void parse_malformed_throws(String text) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> PublishedRating.parse(text, "1"));
      assertEquals(QmsErrorCode.VALUE_MALFORMED, e.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,99", "10,01", "0"})
    void of_outsideOneToTen_throws(String text) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> PublishedRating.parse(text, "1"));
      assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
    }

    @Test
    void of_fiveDecimals_throws() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> PublishedRating.of(new BigDecimal("1.00001"), BigDecimal.ONE));
      assertEquals(QmsErrorCode.VALUE_MALFORMED, e.code());
    }
  }

  @Nested
  class Assessments {
    @Test
    void of_neitherRatingsNorPublished_throws() {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> RiskAssessment.builder().build());
      assertEquals(QmsErrorCode.RISK_ASSESSMENT_FORM, e.code());
    }

    @Test
    void of_bothRatingsAndPublished_throws() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  RiskAssessment.builder()
                      .addRatings(Rating.of(assessor(1), 1, 1))
                      .published(PublishedRating.of(1, 1))
                      .build());
      assertEquals(QmsErrorCode.RISK_ASSESSMENT_FORM, e.code());
    }

    @Test
    void of_sameAssessorTwice_throws() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () ->
                  RiskAssessment.of(
                      LocalDate.of(2016, 3, 1),
                      List.of(Rating.of(assessor(1), 1, 1), Rating.of(assessor(1), 2, 2))));
      assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "11, 1", "1, 0", "1, 11"})
    void rating_of_stepOutsideOneToTen_throws(int p, int s) {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> Rating.of(assessor(1), p, s));
      assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
    }

    @Test
    void rating_of_probabilityAboveMax_throws() {
      InvalidValueException e =
          assertThrows(InvalidValueException.class, () -> Rating.of(assessor(1), 11, 1));
      assertEquals("QMS-2002: probability must be in [1, 10], was 11", e.getMessage());
    }

    @Test
    void rating_ofTen_isAccepted() {
      assertEquals(100, Rating.of(assessor(1), 10, 10).value());
    }
  }
}
