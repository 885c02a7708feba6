package se.qms.core.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.lexsarah.LexSarahCase;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.lexsarah.LexSarahStatistics;
import se.qms.core.lexsarah.ProviderKind;
import se.qms.core.measure.Period;
import se.qms.testing.QmsGenerators;

/**
 * For random lex Sarah registers, the report's category table totals the category mentions of the
 * year's own reports, and the checker finds nothing in any table.
 */
class LexSarahSectionProperties {
  @Test
  void categoryTotal_isTheCategoryMentions_andTheReportIsConsistent() {
    qt().withExamples(60)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40), integers().between(2014, 2020))
        .check(
            (seeds, year) -> {
              List<LexSarahCase> cases = new ArrayList<>();
              for (int i = 0; i < seeds.size(); i++) {
                cases.add(QmsGenerators.lexSarahCase(seeds.get(i), "LS-" + i, i % 3 == 0 ? "hn" : "on", List.of("e1", "e2")));
              }
              QualitySystem s = QualitySystem.builder().name("K").addParts(LexSarahRegister.of(cases)).build();
              QualityReport r = SectionFixtures.generate(s, year);
              long mentions =
                  LexSarahStatistics.of(cases).within(Period.year(year))
                      .where(c -> c.provider() == ProviderKind.MUNICIPAL).categoryMentions();
              long total =
                  r.table("lex-sarah-categories")
                      .map(t -> t.rows().get(t.rows().size() - 1).cell(t.columns().size() - 2).count().getAsLong())
                      .orElse(0L);
              return total == mentions
                  && r.check(ReportLanguage.SV).isEmpty()
                  && r.check(ReportLanguage.EN).isEmpty();
            });
  }
}
