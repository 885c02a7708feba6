package se.qms.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code qms check}: findings, exit codes and the JSON form. */
class CheckCommandTest {
  static final String SYSTEM =
      "{\"format\":\"qms-quality-system\",\"formatVersion\":1,\"name\":\"Testkommun\","
          + "\"complaints\":[{\"id\":\"K1\",\"kind\":\"COMPLAINT\",\"received\":\"2019-03-01\"}]}";
  static final String LENIENT_RULES =
      "{\"format\":\"qms-rule-set\",\"formatVersion\":1,\"name\":\"Mild\","
          + "\"rules\":[{\"ruleId\":\"complaint.answer-overdue\",\"severity\":\"WARNING\"}]}";
  static final String UNKNOWN_RULE =
      "{\"format\":\"qms-rule-set\",\"formatVersion\":1,\"name\":\"Fel\","
          + "\"rules\":[{\"ruleId\":\"complaint.no-such-rule\"}]}";

  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}: exit {1}")
  @CsvSource({"2019-03-15, 0", "2019-03-16, 1"})
  void overdueComplaint_exitsOneFromTheDayAfterTheDeadline(String asOf, int exit) throws IOException {
    QmsTest.Run run = new QmsTest.Run("check", write("qs.json", SYSTEM).toString(), "--as-of", asOf);
    assertEquals(exit, run.exit, run.err);
    assertEquals(exit == 1, run.out.contains("fel complaint.answer-overdue complaints/K1: Klagomål K1 mottogs 2019-03-01"), run.out);
    assertTrue(run.out.contains((exit == 1 ? "1" : "0") + " fel, 0 varningar"), run.out);
  }

  @Test
  void ruleSet_canLowerTheSeverity_soTheExitIsZero() throws IOException {
    QmsTest.Run run =
        new QmsTest.Run("check", write("qs.json", SYSTEM).toString(), "--as-of", "2019-04-01",
            "--rules", write("rs.json", LENIENT_RULES).toString(), "--lang", "en");
    assertEquals(Qms.EXIT_OK, run.exit, run.err);
    assertTrue(run.out.contains("warning complaint.answer-overdue complaints/K1"), run.out);
    assertTrue(run.out.contains("[SOSFS 2011:9 5 kap. 3 §]"), run.out);
  }

  @Test
  void jsonFormat_listsRuleStatusesAndFindings() throws IOException {
    QmsTest.Run run = new QmsTest.Run("check", write("qs.json", SYSTEM).toString(), "--as-of", "2019-04-01", "--format", "json");
    assertEquals(Qms.EXIT_FINDINGS, run.exit, run.err);
    assertTrue(run.out.startsWith("{\"file\":"), run.out);
    assertTrue(run.out.contains("\"asOf\":\"2019-04-01\",\"errors\":1"), run.out);
    assertTrue(run.out.contains("{\"ruleId\":\"complaint.answer-overdue\",\"status\":\"FAILED\",\"findings\":1}"), run.out);
    assertTrue(run.out.contains("{\"ruleId\":\"process.owner-missing\",\"status\":\"NOT_APPLICABLE\",\"findings\":0}"), run.out);
    assertTrue(run.out.contains("{\"ruleId\":\"improvement.compilation-missing\",\"status\":\"PASSED\",\"findings\":0}"), run.out);
  }

  @Test
  void badInput_exitsTwo_withOneCodedLine() throws IOException {
    String qs = write("qs.json", SYSTEM).toString();
    for (String[] args : new String[][] {
      {"check", qs},
      {"check", qs, "--as-of", "2019-02-30"},
      {"check", dir.resolve("missing.json").toString(), "--as-of", "2019-04-01"},
      {"check", write("bad.json", "{\"format\":\"qms-quality-system\"}").toString(), "--as-of", "2019-04-01"},
      {"check", qs, "--as-of", "2019-04-01", "--rules", write("unknown.json", UNKNOWN_RULE).toString()}
    }) {
      QmsTest.Run run = new QmsTest.Run(args);
      assertEquals(Qms.EXIT_USAGE, run.exit, String.join(" ", args) + ": " + run.err);
      assertTrue(run.err.contains("QMS-"), run.err);
      assertFalse(run.err.contains("\tat "), run.err);
    }
    QmsTest.Run unknown = new QmsTest.Run("check", qs, "--as-of", "2019-04-01", "--rules", dir.resolve("unknown.json").toString());
    assertTrue(unknown.err.contains("QMS-1901"), unknown.err);
  }
}
