package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.qms.core.report.SectionFixtures.assertConsistent;
import static se.qms.core.report.SectionFixtures.generate;
import static se.qms.core.report.SectionFixtures.rows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.improvement.ActionOrigin;
import se.qms.core.improvement.ActionPurpose;
import se.qms.core.improvement.ActionStatus;
import se.qms.core.improvement.Effect;
import se.qms.core.improvement.EffectEvaluation;
import se.qms.core.improvement.ImprovementAction;
import se.qms.core.organisation.Role;

class ActionSectionTest {
  private static ImprovementAction action(
      String id, ActionOrigin origin, ActionStatus status, LocalDate registered, LocalDate due, LocalDate completed,
      boolean evaluated) {
    ImprovementAction.Builder b =
        ImprovementAction.builder()
            .id(id).title("Åtgärd " + id).origin(origin).purpose(ActionPurpose.CORRECTIVE)
            .responsibleRole(Role.ENHETSCHEF).registered(registered).due(due).status(status);
    if (completed != null) {
      b.completed(completed);
    }
    if (evaluated) {
      b.evaluation(EffectEvaluation.of(completed.plusDays(30), Effect.ACHIEVED));
    }
    return b.build();
  }

  @Test
  void noActions_writesNoTable() {
    assertTrue(SectionFixtures.noTables(generate(QualitySystem.builder().name("K").build(), 2016), SectionKind.ACTIONS));
  }

  @Test
  void byOriginAndStatus_withOverdue_andEffectEvaluated() {
    LocalDate jan = LocalDate.of(2016, 1, 15);
    QualitySystem s =
        QualitySystem.builder()
            .name("K")
            .addActions(
                action("A1", ActionOrigin.LEX_SARAH, ActionStatus.NOT_STARTED, jan, LocalDate.of(2016, 6, 30), null, false),
                action("A2", ActionOrigin.LEX_SARAH, ActionStatus.IN_PROGRESS, jan, LocalDate.of(2017, 6, 30), null, false),
                action("A3", ActionOrigin.SELF_INSPECTION, ActionStatus.COMPLETED, jan, LocalDate.of(2016, 6, 30), LocalDate.of(2016, 5, 1), true),
                action("A4", ActionOrigin.SELF_INSPECTION, ActionStatus.COMPLETED, jan, LocalDate.of(2016, 6, 30), LocalDate.of(2016, 7, 1), false),
                action("A5", ActionOrigin.PROCESS, ActionStatus.COMPLETED, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 6, 30), LocalDate.of(2015, 12, 31), false),
                action("A6", ActionOrigin.PROCESS, ActionStatus.NOT_STARTED, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 6, 30), null, false))
            .build();
    QualityReport r = generate(s, 2016);
    assertEquals(
        List.of(
            "Egenkontroll: 0 0 2 2 0",
            "Lex Sarah: 1 1 0 2 1",
            "Totalt: 1 1 2 4 1"),
        rows(r.table("actions-status").orElseThrow()));
    assertEquals(
        List.of("Effekt utvärderad: 1 50 %", "Effekt ej utvärderad: 1 50 %", "Totalt: 2 100 %"),
        rows(r.table("actions-effect").orElseThrow()));
    assertConsistent(r);
    assertEquals(List.of(), r.withDisclosure(Disclosure.masked(3)).check(ReportLanguage.SV));
  }
}
