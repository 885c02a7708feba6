package se.qms.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.qms.core.compliance.ComplianceEngine;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.QualitySystem;
import se.qms.examples.Qms;
import se.qms.json.QmsJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nightly job and the on-save check give what {@code qms check} gives on the same data in the
 * JSON format, and the on-save check what a full run gives for the changed case.
 */
class FindingsAgreeTest {
  private CaseDatabase db;
  private NightlyJob job;

  @BeforeEach
  void create() {
    db = CaseDatabase.inMemory("agree-" + NightlyJobTest.DATABASES.incrementAndGet()).createSchema();
    CaseYear.seeded(2024).fill(db.connection());
    job = NightlyJob.of("Exempelkommun, socialnämnden", NightlyJobTest.RULES);
  }

  @AfterEach
  void drop() {
    db.drop();
    db.close();
  }

  /** A finding as a line: what the findings table stores of it. */
  private static String line(String rule, String severity, String subject, String sv, String en, String basis) {
    return String.join(" | ", rule, severity, subject, sv, en, basis);
  }

  @Test
  void nightlyFindings_equalThoseOfQmsCheck_onTheDataExportedToJson(@TempDir Path dir) throws IOException {
    job.run(db.connection(), CaseYear.AS_OF);
    List<String> stored = new ArrayList<>();
    for (StoredFinding f : FindingsTable.open(db.connection())) {
      stored.add(line(f.ruleId(), f.severity().name(), f.subject(), f.messageSv(), f.messageEn(), f.basis()));
    }
    QualitySystem system = job.reader().read(db.connection()).system();
    Path file = dir.resolve("exempelkommun.json");
    Files.write(file, QmsJson.strict().write(system));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Qms.run(
            List.of("check", file.toString(), "--as-of", CaseYear.AS_OF.toString(), "--format", "json"),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(Qms.EXIT_FINDINGS, exit, err.toString(StandardCharsets.UTF_8));
    JsonNode report = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
    List<String> checked = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      checked.add(
          line(
              f.get("ruleId").stringValue(),
              f.get("severity").stringValue(),
              f.get("subject").stringValue(),
              f.get("messageSv").stringValue(),
              f.get("messageEn").stringValue(),
              f.get("basis").stringValue()));
    }
    stored.sort(null);
    checked.sort(null);
    assertTrue(stored.size() > 50, "a year has findings: " + stored.size());
    assertEquals(checked, stored);
  }

  @Test
  void exportedJson_readBack_givesTheSameResultAsTheMappedSystem() {
    QualitySystem system = job.reader().read(db.connection()).system();
    QualitySystem readBack = QmsJson.strict().readQualitySystem(QmsJson.strict().write(system));
    ComplianceEngine engine = job.engine();
    assertEquals(
        engine.evaluate(system, CaseYear.AS_OF).findings(), engine.evaluate(readBack, CaseYear.AS_OF).findings());
  }

  @Test
  void onSaveCheck_ofTheChangedCase_agreesWithAFullRun_andTheNextNightChangesNothing() {
    job.run(db.connection(), CaseYear.AS_OF);
    StoredFinding overdue =
        FindingsTable.open(db.connection()).stream()
            .filter(f -> f.ruleId().equals("complaint.answer-overdue"))
            .findFirst()
            .orElseThrow();
    String subject =
        CaseEdits.answerComplaint(
            db.connection(), overdue.subject().substring("complaints/".length()), CaseYear.AS_OF);

    FindingsWrite saved = OnSaveCheck.of(job).check(db.connection(), CaseYear.AS_OF, subject);

    assertEquals(1, saved.closed());
    assertEquals(1, saved.rowsChanged());
    ComplianceResult full = job.engine().evaluate(job.reader().read(db.connection()).system(), CaseYear.AS_OF);
    assertEquals(of(full, subject), saved.result().findings());
    assertEquals(0, job.run(db.connection(), CaseYear.AS_OF).rowsChanged());
  }

  @Test
  void onSaveCheck_agreesWithAFullRun_forEveryObjectWithFindings() {
    FindingsWrite night = job.run(db.connection(), CaseYear.AS_OF);
    Set<String> subjects = new LinkedHashSet<>();
    night.result().findings().forEach(f -> subjects.add(object(f.subject())));
    assertFalse(subjects.isEmpty());
    OnSaveCheck onSave = OnSaveCheck.of(job);
    for (String subject : subjects) {
      FindingsWrite w = onSave.check(db.connection(), CaseYear.AS_OF, subject);
      assertEquals(of(night.result(), subject), w.result().findings(), subject);
      assertEquals(0, w.rowsChanged(), subject);
    }
  }

  @Test
  void onSaveCheck_ofPartOfAnObjectJudgedAsAWhole_isRejected() {
    FindingsWrite night = job.run(db.connection(), CaseYear.AS_OF);
    String report =
        night.result().findings().stream()
            .map(Finding::subject)
            .filter(s -> s.startsWith("unexecutedDecisionReports/"))
            .findFirst()
            .orElseThrow();
    se.qms.core.QmsException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            se.qms.core.QmsException.class,
            () -> OnSaveCheck.of(job).check(db.connection(), CaseYear.AS_OF, report));
    assertEquals(se.qms.core.QmsErrorCode.INCONSISTENT_VALUE, e.code());
  }

  /** The object the engine judges: a quarter holds its reports per law and recipient. */
  private static String object(String subject) {
    String[] parts = subject.split("/");
    return parts[0].equals("unexecutedDecisionReports") ? parts[0] + "/" + parts[1] : subject;
  }

  private static List<Finding> of(ComplianceResult result, String object) {
    return result.findings().stream().filter(f -> FindingsTable.within(f.subject(), object)).toList();
  }
}
