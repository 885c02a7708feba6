package se.qms.core.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;
import se.qms.core.selfinspection.Answer;
import se.qms.core.selfinspection.ChecklistItem;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;
import se.qms.core.selfinspection.FollowUpMethod;
import se.qms.core.selfinspection.FollowUpPlanItem;
import se.qms.core.selfinspection.QualityArea;
import se.qms.core.selfinspection.Schedule;

class QualitySystemSelfInspectionTest {
  static final ChecklistTemplate SSA =
      ChecklistTemplate.builder().id("ssa").title("SSA").addItems(ChecklistItem.yesNo("a", "Fråga?")).build();

  static CompletedChecklist completed(String template, int version, String unit, Answer... answers) {
    return CompletedChecklist.builder()
        .id("c1").templateId(template).templateVersion(version).unitId(unit)
        .answeredBy(Role.ENHETSCHEF).date(LocalDate.of(2016, 1, 1)).addAnswers(answers).build();
  }

  static InvalidValueException build(CompletedChecklist c, FollowUpPlanItem... items) {
    return assertThrows(
        InvalidValueException.class,
        () ->
            QualitySystem.builder()
                .name("K")
                .organisation(Organisation.of(List.of(OrganisationUnit.of("e1", "Enhet", UnitKind.ENHET))))
                .addChecklistTemplates(SSA)
                .addCompletedChecklists(c)
                .addFollowUpPlanItems(items)
                .build());
  }

  @Test
  void completedChecklist_unknownTemplate_isDangling() {
    InvalidValueException e = build(completed("sba", 1, "e1"));
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, e.code());
    assertEquals("completedChecklists[0].templateId", e.field().orElseThrow());
  }

  @Test
  void completedChecklist_unknownVersion_isDangling() {
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, build(completed("ssa", 2, "e1")).code());
  }

  @Test
  void completedChecklist_unknownUnit_isDangling() {
    InvalidValueException e = build(completed("ssa", 1, "x"));
    assertEquals("completedChecklists[0].unitId", e.field().orElseThrow());
  }

  @Test
  void completedChecklist_answerToUnknownItem_isRejected() {
    InvalidValueException e = build(completed("ssa", 1, "e1", Answer.yes("zz")));
    assertEquals(QmsErrorCode.CHECKLIST_ANSWER_UNKNOWN_ITEM, e.code());
    assertEquals("completedChecklists[0].answers", e.field().orElseThrow());
  }

  @Test
  void followUpItem_unknownChecklist_isDangling() {
    FollowUpPlanItem item =
        FollowUpPlanItem.builder()
            .id("u1").title("T").qualityArea(QualityArea.TRYGGHET_OCH_SAKERHET).purpose("P")
            .addMethods(FollowUpMethod.CHECKLIST).responsible(Role.ENHETSCHEF)
            .schedule(Schedule.atYearEnd()).checklistTemplateId("sba").build();
    InvalidValueException e = build(completed("ssa", 1, "e1"), item);
    assertEquals(QmsErrorCode.DANGLING_REFERENCE, e.code());
    assertEquals("followUpPlanItems[0].checklistTemplateId", e.field().orElseThrow());
  }

  @Test
  void qualityArea_parseOfToString_isIdentity_forCriteriaAndCustom() {
    for (QualityArea a : QualityArea.criteria()) {
      assertEquals(a, QualityArea.parse(a.toString()));
    }
    QualityArea custom = QualityArea.custom("Effektiv och rättssäker handläggning");
    assertEquals(custom, QualityArea.parse(custom.toString()));
    assertEquals(QmsErrorCode.VALUE_MALFORMED, assertThrows(InvalidValueException.class, () -> QualityArea.parse("TRYGGHET")).code());
  }
}
