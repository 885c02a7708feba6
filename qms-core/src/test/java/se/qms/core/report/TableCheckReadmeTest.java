package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The table-checking example of README.md: the code between the markers is the README's, verbatim. */
class TableCheckReadmeTest {
  static List<TableIssue> example() {
    // tablecheck:begin
    PublishedTable table15 =
        PublishedTable.builder("Tabell 15. Typ av avvikelser") // seed 001, Säffle 2019
            .columns("Antal", "Andel")
            .row("Kommunikation och information", "65", "13 %")
            .row("Utbildning, kompetens", "0", "0 %")
            .row("Omgivning och organisation", "11", "2,2 %")
            .row("Teknik, utrustning och apparatur", "8", "1,8%")
            .row("Procedur, rutiner, riktlinjer", "336", "67 %")
            .row("Övriga", "81", "16 %")
            .relation(TableRelation.shares("Antal", "Andel", 501)) // "totalt 501 avvikelserapporter"
            .build();
    List<TableIssue> issues = TableChecker.check(table15);
    // one issue: row "Teknik, utrustning och apparatur", column "Andel", printed "1,8%",
    // expected "1,6 %"; messageSv(): "… är tryckt som 1,8%, men 8 av 501 ger 1,6 %."
    // tablecheck:end
    return issues;
  }

  @Test
  void example_givesWhatItsCommentsSay() {
    List<TableIssue> issues = example();
    assertEquals(1, issues.size());
    TableIssue issue = issues.get(0);
    assertEquals("Teknik, utrustning och apparatur", issue.row());
    assertEquals("Andel", issue.column());
    assertEquals("1,8%", issue.printed());
    assertEquals("1,6 %", issue.expected().orElseThrow());
    assertTrue(issue.messageSv().endsWith(" är tryckt som 1,8%, men 8 av 501 ger 1,6 %."));
  }

  @Test
  void readme_containsTheExample() throws IOException {
    String source =
        Files.readString(Path.of("src/test/java/se/qms/core/report/TableCheckReadmeTest.java"));
    int begin = source.indexOf('\n', source.indexOf("// tablecheck:begin")) + 1;
    String block = source.substring(begin, source.indexOf("    // tablecheck:end", begin));
    StringBuilder normalised = new StringBuilder();
    for (String line : block.split("\n", -1)) {
      normalised.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    String expected = normalised.toString().stripTrailing();
    String readme = Files.readString(Path.of("../README.md"));
    assertTrue(readme.contains(expected), "README.md must contain the tablecheck block:\n" + expected);
  }
}
