package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.report.Disclosure;
import se.qms.core.report.HeatMap;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportBlock;
import se.qms.core.report.ReportCell;
import se.qms.core.report.ReportSection;
import se.qms.core.report.ReportTable;
import se.qms.examples.generate.NationalDataSet;
import se.qms.json.QmsJson;

/**
 * Small-number protection holds in every table of a public edition, not only in those a test names:
 * over the bundled samples and generated municipalities, no count from 1 to 2 is shown in any table
 * of {@code Disclosure.masked(3)}, and every heat map masks the same counts.
 */
class PublicEditionEveryTableTest {
  private static final List<String> SAMPLES =
      List.of("ornskoldsvik-2016", "nacka-2016", "katrineholm-2018", "saffle-2019", "ostersund-2020");

  private record Subject(String name, QualitySystem system, int year) {}

  private static List<Subject> subjects() throws IOException {
    List<Subject> out = new ArrayList<>();
    for (String name : SAMPLES) {
      try (InputStream in = PublicEditionEveryTableTest.class.getResourceAsStream("/samples/" + name + "/quality-system.json")) {
        out.add(new Subject(name, QmsJson.strict().readQualitySystem(in.readAllBytes()), Integer.parseInt(name.substring(name.length() - 4))));
      }
    }
    List<QualitySystem> generated = NationalDataSet.seeded(11).generate(3);
    for (int i = 0; i < generated.size(); i++) {
      out.add(new Subject("generated " + i, generated.get(i), NationalDataSet.AS_OF.getYear()));
    }
    return out;
  }

  @Test
  void noCountBelowTheThreshold_isShownInAnyTableOrHeatMap() throws IOException {
    int tables = 0;
    int masked = 0;
    for (Subject s : subjects()) {
      QualityReport internal = QmsJson.reportGenerator().generate(s.system(), NationalDataSet.ruleSet(), s.year());
      QualityReport published = internal.withDisclosure(Disclosure.masked(3));
      assertEquals(internal.tables().size(), published.tables().size(), s.name());
      for (ReportTable table : published.tables()) {
        tables++;
        for (ReportCell cell : table.cells()) {
          if (cell.kind() == ReportCell.Kind.MASKED) {
            masked++;
          }
          if (cell.kind() == ReportCell.Kind.COUNT) {
            long n = cell.count().orElseThrow();
            assertTrue(n == 0 || n >= 3, s.name() + ", table " + table.id() + ": count " + n + " shown");
          }
        }
      }
      for (ReportSection section : published.sections()) {
        for (ReportBlock block : section.blocks()) {
          if (block instanceof HeatMap map) {
            assertEquals(3, map.threshold(), s.name());
            for (int r = 0; r < map.rowLabels().size(); r++) {
              for (int c = 0; c < map.columnLabels().size(); c++) {
                int n = map.count(r, c);
                assertEquals(n > 0 && n < 3, map.isMasked(r, c), s.name());
              }
            }
          }
        }
      }
    }
    assertTrue(tables > 50, "tables " + tables);
    assertTrue(masked > 0, "some counts were masked");
  }
}
