package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class RiskMatrixTest {
  private static final RiskEvaluator E = RiskEvaluator.defaults();

  private static Risk risk(String id, RiskAssessment... assessments) {
    return Risk.builder().id(id).title("Risk " + id).addAssessments(assessments).build();
  }

  private static RiskAssessment published(String p, String s) {
    return RiskAssessment.published(PublishedRating.parse(p, s));
  }

  @Test
  void countsRisksPerCellAndBand_andUnassessedApart() {
    RiskMatrix m =
        E.matrix(
            List.of(
                risk("R1", published("4", "3")),
                risk("R2", published("1,5", "1,4")),
                risk("R3", published("1,9", "3,9")), // 7.41 Medium, drawn at 2 × 4
                risk("R4")));
    assertEquals(1, m.count(4, 3));
    assertEquals(1, m.count(2, 1));
    assertEquals(1, m.count(2, 4));
    assertEquals(3, m.total());
    assertEquals(1, m.unassessed());
    Map<RiskBand, Integer> bands = m.bandCounts();
    assertEquals(List.of("Låg", "Medium", "Kritisk"),
        bands.keySet().stream().map(RiskBand::nameSv).collect(java.util.stream.Collectors.toList()));
    assertEquals(List.of(1, 1, 1), List.copyOf(bands.values()));
    // the cell 2 × 4 is Kritisk by its own value, the risk drawn there is Medium
    assertEquals("Kritisk", m.band(2, 4).nameSv());
    assertTrue(m.isEscalated(2, 4));
    assertEquals(1, m.count(RiskBands.defaults().list().get(1)));
  }

  @Test
  void currentAssessmentCounts_notEarlierOnes() {
    Risk reassessed =
        risk(
            "R1",
            RiskAssessment.of(List.of(Rating.of(RiskScoreTest.assessor(1), 4, 4))),
            RiskAssessment.of(List.of(Rating.of(RiskScoreTest.assessor(1), 1, 1))));
    RiskMatrix m = E.matrix(List.of(reassessed));
    assertEquals(1, m.count(1, 1));
    assertEquals(0, m.count(4, 4));
  }

  @Test
  void emptyMatrix_hasEveryBandAtZero() {
    RiskMatrix m = E.matrix(List.of());
    assertEquals(0, m.total());
    assertEquals(3, m.bandCounts().size());
    assertTrue(m.bandCounts().values().stream().allMatch(c -> c == 0));
  }

  @Test
  void count_cellOutsideTheScales_throws() {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> E.matrix(List.of()).count(5, 1));
    assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
  }

  @Test
  void count_bandOfOtherBands_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> E.matrix(List.of()).count(RiskBand.of("Hög", "High", 1, 16)));
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, e.code());
  }

  @Test
  void ratingOutsideTheScales_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> E.matrix(List.of(risk("R9", published("5", "1")))));
    assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
  }
}
