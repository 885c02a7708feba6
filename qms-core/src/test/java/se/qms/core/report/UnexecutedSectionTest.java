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
import se.qms.core.unexecuted.DelayReason;
import se.qms.core.unexecuted.FavourableDecision;
import se.qms.core.unexecuted.Gender;
import se.qms.core.unexecuted.Insats;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;

class UnexecutedSectionTest {
  private static final Insats HEMTJANST = Insats.of(Law.SOL, "sol-hemtjanst", "Hemtjänst");
  private static final Insats KONTAKT = Insats.of(Law.LSS, "lss-kontaktperson", "Kontaktperson");

  private static FavourableDecision decision(String id, Insats insats, LocalDate decided, Gender gender) {
    return FavourableDecision.decided(id, insats, decided, gender).withDelayReason(DelayReason.RESOURCE_SHORTAGE);
  }

  private static QualitySystem system(List<FavourableDecision> decisions) {
    return QualitySystem.builder()
        .name("Kommunen")
        .addParts(UnexecutedDecisionRegister.of(decisions, List.of()))
        .build();
  }

  @Test
  void noDecisions_writesNoTable() {
    assertTrue(SectionFixtures.noTables(generate(system(List.of()), 2019), SectionKind.UNEXECUTED_DECISIONS));
  }

  /**
   * Decided 30 September: three months end on 30 December, reportable in 2019; decided 1 October:
   * reportable from 1 January 2020, not in the report of 2019.
   */
  @Test
  void threeMonthsFromTheDecision_decideWhichYearCounts() {
    QualitySystem s =
        system(
            List.of(
                decision("D1", HEMTJANST, LocalDate.of(2019, 9, 30), Gender.WOMAN),
                decision("D2", HEMTJANST, LocalDate.of(2019, 10, 1), Gender.MAN),
                decision("D3", HEMTJANST, LocalDate.of(2019, 1, 10), Gender.MAN),
                decision("D4", KONTAKT, LocalDate.of(2018, 6, 1), Gender.WOMAN)));
    QualityReport r = generate(s, 2019);
    assertEquals(
        List.of("Hemtjänst: 2 1 1 2 0 0", "Totalt: 2 1 1 2 0 0"),
        rows(r.table("unexecuted-sol-insats").orElseThrow()));
    assertEquals(
        List.of("Kvinna: 1 0 0 0 1", "Man: 0 0 1 0 1", "Totalt: 1 0 1 0 2"),
        rows(r.table("unexecuted-sol-waiting").orElseThrow()));
    assertEquals(
        List.of("Kvinna: 0 0 0 1 1", "Man: 0 0 0 0 0", "Totalt: 0 0 0 1 1"),
        rows(r.table("unexecuted-lss-waiting").orElseThrow()));
    assertEquals(
        List.of("Hemtjänst: 1 1 2 0", "Kontaktperson: 1 0 1 0", "Totalt: 2 1 3 0"),
        rows(r.table("unexecuted-year-end").orElseThrow()));
    assertEquals(
        List.of(RecordRef.of("unexecutedDecisions", "D1"), RecordRef.of("unexecutedDecisions", "D3")),
        r.table("unexecuted-sol-insats").orElseThrow().rows().get(0).cell(0).sources());
    assertConsistent(r);
    assertEquals(List.of(), r.withDisclosure(Disclosure.masked(3)).check(ReportLanguage.EN));
    QualityReport r2020 = generate(s, 2020);
    assertTrue(rows(r2020.table("unexecuted-sol-insats").orElseThrow()).contains("Totalt: 3 1 2 3 0 0"));
    assertConsistent(r2020);
  }
}
