package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.qms.core.report.SectionFixtures.assertConsistent;
import static se.qms.core.report.SectionFixtures.generate;
import static se.qms.core.report.SectionFixtures.rows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.lexsarah.LexSarahRegister;

class LexSarahSectionTest {
  private static LexSarahCase lexSarah(String id, String committee, LocalDate reported, LexSarahCategory... categories) {
    return LexSarahCase.builder().id(id).committeeId(committee).reported(reported).addCategories(categories).build();
  }

  private static QualitySystem system(List<LexSarahCase> cases) {
    return QualitySystem.builder().name("Kommunen").addParts(LexSarahRegister.of(cases)).build();
  }

  private static ReportTable table(QualityReport r, String id) {
    return r.table(id).orElseThrow(() -> new AssertionError("no table " + id));
  }

  @Test
  void noRegister_orNoCases_writesNoTable() {
    assertTrue(SectionFixtures.noTables(generate(QualitySystem.builder().name("K").build(), 2016), SectionKind.LEX_SARAH));
    QualityReport r = generate(system(List.of()), 2016);
    assertTrue(SectionFixtures.noTables(r, SectionKind.LEX_SARAH));
    assertEquals(1, r.section(SectionKind.LEX_SARAH).blocks().size(), "the generator's paragraph");
  }

  @Test
  void aCaseOn31December_countsInItsYear_oneOn1January_inTheNext() {
    QualitySystem s =
        system(
            List.of(
                lexSarah("A", "hn", LocalDate.of(2016, 12, 31), LexSarahCategory.NEGLECT),
                lexSarah("B", "hn", LocalDate.of(2017, 1, 1), LexSarahCategory.NEGLECT)));
    QualityReport r2016 = generate(s, 2016);
    assertEquals(List.of("Rapporter: 1", "Berörda individer: 0", "Anmälningar till IVO: 0"), rows(table(r2016, "lex-sarah-summary")));
    assertEquals("T3 2016: 1 0 1", rows(table(r2016, "lex-sarah-tertials")).get(2));
    assertEquals(List.of(RecordRef.of("lexSarahCases", "A")), table(r2016, "lex-sarah-committees").rows().get(0).cell(0).sources());
    QualityReport r2017 = generate(s, 2017);
    assertEquals("Rapporter: 1 1 0\u00a0%", rows(table(r2017, "lex-sarah-summary")).get(0));
    assertEquals("T1 2017: 1 0 1", rows(table(r2017, "lex-sarah-tertials")).get(0));
    assertConsistent(r2016);
    assertConsistent(r2017);
  }

  @Test
  void aReportCountsInEachCategory_andTheChangeFollowsThePreviousYear() {
    List<LexSarahCase> cases = new ArrayList<>();
    cases.add(lexSarah("P1", "hn", LocalDate.of(2015, 3, 1), LexSarahCategory.OTHER));
    cases.add(lexSarah("P2", "hn", LocalDate.of(2015, 6, 1), LexSarahCategory.OTHER));
    cases.add(lexSarah("C1", "hn", LocalDate.of(2016, 2, 1), LexSarahCategory.CASEWORK, LexSarahCategory.EXECUTION));
    cases.add(lexSarah("C2", "on", LocalDate.of(2016, 5, 1), LexSarahCategory.CASEWORK));
    cases.add(lexSarah("C3", "on", LocalDate.of(2016, 9, 1)));
    QualityReport r = generate(system(cases), 2016);
    ReportTable categories = table(r, "lex-sarah-categories");
    assertEquals("Brister i handläggning: 1 1 2 67 %", rows(categories).get(4));
    assertEquals("Antal kategorier: 2 1 3 100 %", rows(categories).get(7));
    assertEquals("Rapporter: 2 3 50\u00a0%", rows(table(r, "lex-sarah-summary")).get(0));
    assertTrue(r.section(SectionKind.LEX_SARAH).blocks().stream()
        .anyMatch(b -> b instanceof Paragraph && ((Paragraph) b).text().sv().contains("1 rapporter saknar ännu kategori")));
    assertConsistent(r);
  }

  /**
   * hn 1, on 4, sn 5: hn is masked, and so is on, the smallest other part, so the total does not
   * reveal hn; on reads "..", since 4 is not small itself.
   */
  @Test
  void maskedEdition_masksASecondPart_soTheTotalDoesNotLeak() {
    List<LexSarahCase> cases = new ArrayList<>();
    cases.add(lexSarah("H1", "hn", LocalDate.of(2016, 2, 1), LexSarahCategory.OTHER));
    for (int i = 0; i < 4; i++) {
      cases.add(lexSarah("O" + i, "on", LocalDate.of(2016, 3, 1 + i), LexSarahCategory.OTHER));
    }
    for (int i = 0; i < 5; i++) {
      cases.add(lexSarah("S" + i, "sn", LocalDate.of(2016, 4, 1 + i), LexSarahCategory.NEGLECT));
    }
    QualityReport internal = generate(system(cases), 2016);
    QualityReport masked = internal.withDisclosure(Disclosure.masked(3));
    assertEquals(
        List.of("hn: <3 <3", "on: .. ..", "sn: 5 50 %", "Totalt: 10 100 %"),
        rows(table(masked, "lex-sarah-committees")));
    assertEquals(List.of(), masked.check(ReportLanguage.SV));
    assertConsistent(internal);
  }
}
