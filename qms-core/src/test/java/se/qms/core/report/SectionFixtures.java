package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleSet;

/** Generating reports of small systems, and the checks every section's tables must pass. */
final class SectionFixtures {
  private SectionFixtures() {}

  static QualityReport generate(QualitySystem system, int year) {
    return ReportGenerator.of(ReportGenerator.coreContributors(), ComplianceRules.core())
        .generate(system, RuleSet.builder().name("Regler").build(), year);
  }

  /** No issue in either language; every figure other than 0 names its records. */
  static void assertConsistent(QualityReport report) {
    assertEquals(List.of(), report.check(ReportLanguage.SV));
    assertEquals(List.of(), report.check(ReportLanguage.EN));
    for (ReportTable t : report.tables()) {
      for (ReportCell c : t.cells()) {
        if (c.isFigure() && c.count().orElse(1) != 0) {
          assertFalse(c.sources().isEmpty(), t.id() + ": " + c);
        }
      }
    }
  }

  /** Each row as "label: c1 c2 …", printed in Swedish. */
  static List<String> rows(ReportTable t) {
    List<String> out = new ArrayList<>();
    for (ReportRow r : t.rows()) {
      out.add(
          r.label().sv() + ": "
              + r.cells().stream().map(c -> c.format(ReportLanguage.SV)).collect(Collectors.joining(" ")));
    }
    return out;
  }

  /** Whether the section holds no table. */
  static boolean noTables(QualityReport report, SectionKind kind) {
    return report.section(kind).tables().isEmpty();
  }
}
