package se.qms.core.privacy;

import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceRules;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.compliance.RuleRegistry;
import se.qms.core.compliance.RuleSet;
import se.qms.core.lexsarah.LexSarahRules;
import se.qms.core.report.Disclosure;
import se.qms.core.report.HtmlRenderer;
import se.qms.core.report.MarkdownRenderer;
import se.qms.core.report.QualityReport;
import se.qms.core.report.ReportGenerator;
import se.qms.core.report.ReportLanguage;
import se.qms.core.unexecuted.UnexecutedRules;
import se.qms.testing.ProtectedCases;

/**
 * For generated systems whose cases are flagged "skyddade personuppgifter" at random: the flags
 * change no compliance finding and no report table, no flagged case's free text or display name
 * reaches the redacted system or a report, and redaction is idempotent.
 */
class RedactionProperties {
  private static final RuleRegistry RULES =
      ComplianceRules.core().plus(LexSarahRules.all()).plus(UnexecutedRules.all());
  private static final RuleSet RULE_SET = RuleSet.builder().name("Regler").build();
  private static final ReportGenerator REPORTS =
      ReportGenerator.of(ReportGenerator.coreContributors(), RULES);
  private static final LocalDate AS_OF = LocalDate.of(2020, 12, 31);

  private static List<String> findings(QualitySystem system) {
    return ComplianceEngine.of(RULE_SET, RULES).evaluate(system, AS_OF).findings().stream()
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.subject() + " " + f.messageSv())
        .collect(Collectors.toList());
  }

  @Test
  void complianceFindings_areThoseOfTheSystemWithoutFlags() {
    qt().withExamples(80)
        .forAll(ProtectedCases.systems())
        .check(
            s ->
                findings(Redaction.forExport(s)).equals(findings(ProtectedCases.withoutFlags(s))));
  }

  @Test
  void reportTables_ofEveryEdition_areThoseOfTheSystemWithoutFlags() {
    qt().withExamples(40)
        .forAll(ProtectedCases.systems())
        .check(
            s -> {
              QualityReport flagged = REPORTS.generate(s, RULE_SET, 2020);
              QualityReport plain = REPORTS.generate(ProtectedCases.withoutFlags(s), RULE_SET, 2020);
              return flagged.tables().equals(plain.tables())
                  && flagged
                      .withDisclosure(Disclosure.masked(3))
                      .tables()
                      .equals(plain.withDisclosure(Disclosure.masked(3)).tables());
            });
  }

  @Test
  void noFlaggedText_orName_reachesTheRedactedSystem_orAReport() {
    qt().withExamples(40)
        .forAll(ProtectedCases.systems())
        .checkAssert(
            s -> {
              Set<String> secrets = ProtectedCases.secrets(s);
              QualitySystem redacted = Redaction.forExport(s);
              QualityReport report = REPORTS.generate(s, RULE_SET, 2020);
              String all =
                  redacted
                      + "\n"
                      + redacted.parts()
                      + "\n"
                      + MarkdownRenderer.render(report, ReportLanguage.SV)
                      + HtmlRenderer.render(report, ReportLanguage.EN)
                      + MarkdownRenderer.render(
                          report.withDisclosure(Disclosure.masked(3)), ReportLanguage.SV);
              org.junit.jupiter.api.Assertions.assertEquals(
                  List.of(), ProtectedCases.leaks(secrets, all));
              org.junit.jupiter.api.Assertions.assertEquals(
                  Set.of(), ProtectedCases.secrets(redacted).stream()
                      .filter(t -> !t.equals(Redaction.PROTECTED_TEXT))
                      .collect(Collectors.toSet()));
            });
  }

  @Test
  void redaction_isIdempotent_andKeepsUnflaggedCases() {
    qt().withExamples(80)
        .forAll(ProtectedCases.systems())
        .check(
            s -> {
              QualitySystem once = Redaction.forExport(s);
              QualitySystem plain = ProtectedCases.withoutFlags(s);
              return Redaction.forExport(once).equals(once)
                  && Redaction.forExport(plain) == plain
                  && unflaggedUnchanged(s, once);
            });
  }

  private static boolean unflaggedUnchanged(QualitySystem before, QualitySystem after) {
    for (int i = 0; i < before.complaints().size(); i++) {
      if (!before.complaints().get(i).protectedPersonalData()
          && before.complaints().get(i) != after.complaints().get(i)) {
        return false;
      }
    }
    for (int i = 0; i < before.deviations().size(); i++) {
      if (!before.deviations().get(i).protectedPersonalData()
          && before.deviations().get(i) != after.deviations().get(i)) {
        return false;
      }
    }
    return before.complaints().size() == after.complaints().size()
        && before.deviations().size() == after.deviations().size()
        && before.parts().size() == after.parts().size();
  }
}
