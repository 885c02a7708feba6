package se.qms.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;
import se.qms.core.organisation.Role;
import se.qms.core.process.ProcessNumber;

class InternalControlPlanTest {
  private static final ControlPoint SAMPLE =
      ControlPoint.of("Granska att beslut verkställs inom tre månader", Role.ENHETSCHEF, "Stickprov i 10 akter");

  private static InternalControlItem item(String id, int p, int c, TertialFollowUp... followUps) {
    InternalControlItem.Builder b = InternalControlItem.builder();
    b.riskId(id).description("Risk " + id).mainProcess(ProcessNumber.parse("2.2.1"));
    return b.probability(p).consequence(c).addControlPoints(SAMPLE).addFollowUps(followUps).build();
  }

  private static TertialFollowUp followUp(Tertial t) {
    return TertialFollowUp.of(t, t.lastDay(2020), "Inga brister", false);
  }

  @ParameterizedTest
  @CsvSource({
    "2020-01-01, T1", "2020-04-30, T1", "2020-05-01, T2", "2020-08-31, T2", "2020-09-01, T3",
    "2020-12-31, T3"
  })
  void tertial_ofADay(LocalDate day, Tertial tertial) {
    assertEquals(tertial, Tertial.of(day));
  }

  @Test
  void tertial_boundsOfTheYear() {
    assertEquals(LocalDate.of(2020, 5, 1), Tertial.T2.firstDay(2020));
    assertEquals(LocalDate.of(2020, 8, 31), Tertial.T2.lastDay(2020));
    assertEquals(LocalDate.of(2020, 4, 30), Tertial.T1.lastDay(2020));
    assertEquals(LocalDate.of(2020, 12, 31), Tertial.T3.lastDay(2020));
  }

  /** T1 is due on 30 April and missing from 1 May; T2 from 1 September. */
  @ParameterizedTest
  @CsvSource({"2020-04-29, ''", "2020-04-30, ''", "2020-05-01, T1", "2020-08-31, T1", "2020-09-01, T1 T2",
      "2021-01-01, T1 T2 T3"})
  void missingFollowUps_fromTheDayAfterTheTertial(LocalDate asOf, String missing) {
    InternalControlPlan plan = InternalControlPlan.of(2020, List.of(item("IK-1", 2, 3)));
    List<Finding> findings = plan.missingFollowUps(asOf);
    assertEquals(
        missing,
        findings.stream()
            .map(f -> f.subject().substring(f.subject().lastIndexOf('/') + 1))
            .collect(Collectors.joining(" ")));
    findings.forEach(
        f -> {
          assertEquals(InternalControlPlan.FOLLOW_UP_MISSING, f.ruleId());
          assertEquals(FindingSeverity.WARNING, f.severity());
        });
  }

  @Test
  void followedUpTertial_isNotMissing() {
    InternalControlPlan plan =
        InternalControlPlan.of(2020, List.of(item("IK-1", 2, 3, followUp(Tertial.T1))));
    List<Finding> findings = plan.missingFollowUps(LocalDate.of(2020, 9, 1));
    assertEquals(1, findings.size());
    assertEquals("internal-control/2020/IK-1/T2", findings.get(0).subject());
    assertEquals(
        "Internkontrollen av \"Risk IK-1\" har inte följts upp för T2 2020 (maj–augusti).",
        findings.get(0).messageSv());
  }

  @Test
  void escalated_areTheItemsToReportToTheNamnd() {
    InternalControlPlan plan =
        InternalControlPlan.of(2020, List.of(item("IK-1", 2, 3), item("IK-2", 2, 4), item("IK-3", 1, 4)));
    assertEquals(
        List.of("IK-2", "IK-3"),
        plan.escalated(RiskEvaluator.defaults()).stream()
            .map(InternalControlItem::riskId)
            .collect(Collectors.toList()));
    assertEquals(8, plan.items().get(1).value());
  }

  @Test
  void escalated_ratingOutsideTheScales_throws() {
    InternalControlPlan plan = InternalControlPlan.of(2020, List.of(item("IK-1", 5, 3)));
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> plan.escalated(RiskEvaluator.defaults()));
    assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
  }

  @Test
  void twoFollowUpsOfOneTertial_throw() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> item("IK-1", 1, 1, followUp(Tertial.T1)).plusFollowUp(followUp(Tertial.T1)));
    assertEquals(QmsErrorCode.INTERNAL_CONTROL_FOLLOW_UP_DUPLICATE, e.code());
  }

  @Test
  void followUpsOutOfOrder_throw() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> item("IK-1", 1, 1, followUp(Tertial.T2), followUp(Tertial.T1)));
    assertEquals(QmsErrorCode.INCONSISTENT_VALUE, e.code());
  }

  @Test
  void itemWithoutControlPoint_throws() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () ->
                InternalControlItem.builder()
                    .riskId("IK-1")
                    .description("x")
                    .mainProcess(ProcessNumber.parse("2.2"))
                    .probability(1)
                    .consequence(1)
                    .build());
    assertEquals(QmsErrorCode.VALUE_MISSING, e.code());
  }

  @ParameterizedTest
  @CsvSource({"0, 1", "11, 1", "1, 0", "1, 11"})
  void item_ratingOutsideOneToTen_throws(int p, int c) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> item("IK-1", p, c));
    assertEquals(QmsErrorCode.RISK_RATING_OUT_OF_SCALE, e.code());
  }

  @Test
  void plan_duplicateRiskIds_throw() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> InternalControlPlan.of(2020, List.of(item("IK-1", 1, 1), item("IK-1", 2, 2))));
    assertEquals(QmsErrorCode.DUPLICATE_ID, e.code());
  }

  @ParameterizedTest
  @CsvSource({"1999", "2101"})
  void plan_yearOutOfRange_throws(int year) {
    assertThrows(InvalidValueException.class, () -> InternalControlPlan.of(year, List.of()));
  }

  @Test
  void plusFollowUp_addsTheNextTertial() {
    InternalControlItem item = item("IK-1", 1, 1, followUp(Tertial.T1)).plusFollowUp(followUp(Tertial.T2));
    assertEquals(2, item.followUps().size());
    assertEquals("Inga brister", item.followUp(Tertial.T2).orElseThrow().result());
  }
}
