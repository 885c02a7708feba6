package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.qms.core.report.SectionFixtures.assertConsistent;
import static se.qms.core.report.SectionFixtures.generate;
import static se.qms.core.report.SectionFixtures.rows;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.organisation.Organisation;
import se.qms.core.organisation.OrganisationUnit;
import se.qms.core.organisation.Role;
import se.qms.core.organisation.UnitKind;
import se.qms.core.selfinspection.Answer;
import se.qms.core.selfinspection.ChecklistItem;
import se.qms.core.selfinspection.ChecklistTemplate;
import se.qms.core.selfinspection.CompletedChecklist;

class SelfInspectionSectionTest {
  private static final ChecklistTemplate SBA =
      ChecklistTemplate.builder()
          .id("sba")
          .title("Systematiskt brandskyddsarbete")
          .addItems(ChecklistItem.builder().id("dok").question("Finns dokumentation?")
              .answerType(se.qms.core.selfinspection.AnswerType.YES_NO_NA).mandatory(true).build())
          .build();
  private static final ChecklistTemplate SSA =
      ChecklistTemplate.builder().id("ssa").title("Säkerhetsskydd").addItems(ChecklistItem.yesNo("a", "Fråga")).build();

  private static CompletedChecklist done(String id, String unit, LocalDate date, boolean yes) {
    return CompletedChecklist.builder()
        .id(id).templateId("sba").unitId(unit).answeredBy(Role.ENHETSCHEF).date(date)
        .addAnswers(yes ? Answer.yes("dok") : Answer.no("dok"))
        .build();
  }

  private static QualitySystem system(List<CompletedChecklist> done) {
    Organisation organisation =
        Organisation.of(
            List.of(
                OrganisationUnit.of("u1", "Enhet 1", UnitKind.ENHET),
                OrganisationUnit.of("u2", "Enhet 2", UnitKind.ENHET),
                OrganisationUnit.of("u3", "Enhet 3", UnitKind.ENHET)));
    return QualitySystem.builder()
        .name("K")
        .organisation(organisation)
        .addChecklistTemplates(SBA, SSA)
        .addAllCompletedChecklists(done)
        .build();
  }

  @Test
  void noChecklistCompleted_writesNoTable() {
    assertTrue(SectionFixtures.noTables(generate(system(List.of()), 2016), SectionKind.SELF_INSPECTION));
  }

  @Test
  void perTemplate_completedPassedFailed_andAFailedChecklistNeed() {
    QualitySystem s =
        system(
            List.of(
                done("c1", "u1", LocalDate.of(2016, 1, 1), true),
                done("c2", "u2", LocalDate.of(2016, 12, 31), false),
                done("c3", "u2", LocalDate.of(2016, 6, 1), true),
                done("c4", "u3", LocalDate.of(2017, 1, 1), false),
                done("c0", "u3", LocalDate.of(2015, 12, 31), false)));
    QualityReport r = generate(s, 2016);
    assertEquals(
        List.of(
            "Systematiskt brandskyddsarbete: 3 2 1 2 Röd",
            "Säkerhetsskydd: 0 0 0 0 –",
            "Totalt: 3 2 1  "),
        rows(r.table("self-inspection-checklists").orElseThrow()));
    List<DevelopmentNeed> needs =
        r.developmentNeeds().stream().filter(n -> n.kind() == NeedKind.FAILED_CHECKLIST).collect(Collectors.toList());
    assertEquals(1, needs.size());
    assertEquals(1, needs.get(0).weight());
    assertEquals(List.of(RecordRef.of("completedChecklists", "c2")), needs.get(0).sources());
    assertConsistent(r);
    assertEquals(List.of(), r.withDisclosure(Disclosure.masked(3)).check(ReportLanguage.SV));
  }

  @Test
  void allPassed_isGreen_andNoNeed() {
    QualityReport r = generate(system(List.of(done("c1", "u1", LocalDate.of(2016, 3, 1), true))), 2016);
    assertEquals("Systematiskt brandskyddsarbete: 1 1 0 1 Grön", rows(r.table("self-inspection-checklists").orElseThrow()).get(0));
    assertTrue(r.developmentNeeds().stream().noneMatch(n -> n.kind() == NeedKind.FAILED_CHECKLIST));
    assertConsistent(r);
  }
}
