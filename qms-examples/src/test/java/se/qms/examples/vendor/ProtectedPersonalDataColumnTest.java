package se.qms.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.QualitySystem;
import se.qms.core.lexsarah.LexSarahRegister;
import se.qms.core.privacy.Redaction;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;
import se.qms.core.unexecuted.UnexecutedDecisionRegister;
import se.qms.json.QmsJson;

/**
 * The {@code protected_personal_data} column of the four case tables: TRUE flags the mapped case
 * "skyddade personuppgifter", FALSE and NULL do not, and the generated year flags about one case in
 * {@value CaseYear#PROTECTED_ONE_IN}.
 */
class ProtectedPersonalDataColumnTest {
  private CaseDatabase db;

  @BeforeEach
  void create() {
    db = CaseDatabase.inMemory("protected-" + NightlyJobTest.DATABASES.incrementAndGet()).createSchema();
  }

  @AfterEach
  void drop() {
    db.drop();
    db.close();
  }

  private QualitySystem read() {
    return CaseSystemReader.of("Test", UnexecutedDecisionPolicy.defaults()).read(db.connection()).system();
  }

  @Test
  void trueFlags_falseAndNullDoNot_inEveryCaseTable() throws SQLException {
    try (Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO units VALUES ('n', 'Socialnämnden', 'NAMND', NULL)");
      s.execute("INSERT INTO units VALUES ('e1', 'Hemtjänst Norr', 'ENHET', 'n')");
      s.execute("INSERT INTO staff VALUES ('ec-1', 'Enhetschef', 'ENHETSCHEF', 'e1')");
      int i = 0;
      for (String flag : List.of("TRUE", "FALSE", "NULL")) {
        i++;
        s.execute("INSERT INTO complaints (id, kind, unit_id, summary, received_on, protected_personal_data)"
            + " VALUES ('K-" + i + "', 'COMPLAINT', 'e1', 'Anna på Storgatan', DATE '2024-03-01', " + flag + ")");
        s.execute("INSERT INTO deviations (id, unit_id, reported_on, description, status, investigator_id, protected_personal_data)"
            + " VALUES ('AV-" + i + "', 'e1', DATE '2024-03-02', 'Anna föll', 'INVESTIGATING', 'ec-1', " + flag + ")");
        s.execute("INSERT INTO lex_sarah_reports (id, committee_id, unit_id, reported_on, protected_personal_data)"
            + " VALUES ('LS-" + i + "', 'n', 'e1', DATE '2024-03-04', " + flag + ")");
        s.execute("INSERT INTO decisions (id, client_id, unit_id, insats_code, gender, decided_on, protected_personal_data)"
            + " VALUES ('B-" + i + "', 'brukare-" + i + "', 'e1', 'sol-hemtjanst', 'K', DATE '2024-02-01', " + flag + ")");
      }
    }
    QualitySystem system = read();
    List<Boolean> expected = List.of(true, false, false);
    List<Boolean> complaints = new ArrayList<>();
    system.complaints().forEach(c -> complaints.add(c.protectedPersonalData()));
    List<Boolean> deviations = new ArrayList<>();
    system.deviations().forEach(d -> deviations.add(d.protectedPersonalData()));
    List<Boolean> lexSarah = new ArrayList<>();
    system.part(LexSarahRegister.class).orElseThrow().cases().forEach(c -> lexSarah.add(c.protectedPersonalData()));
    List<Boolean> decisions = new ArrayList<>();
    system.part(UnexecutedDecisionRegister.class).orElseThrow().decisions()
        .forEach(d -> decisions.add(d.protectedPersonalData()));
    assertEquals(List.of(expected, expected, expected, expected), List.of(complaints, deviations, lexSarah, decisions));

    String export = new String(QmsJson.strict().writeExport(system), StandardCharsets.UTF_8);
    assertEquals(Redaction.PROTECTED_TEXT, Redaction.forExport(system).deviations().get(0).description());
    assertTrue(export.contains("Anna föll"), "unflagged deviations keep their description");
    assertEquals(2, export.split("Anna på Storgatan", -1).length - 1, "only the two unflagged summaries");
  }

  @Test
  void generatedYear_flagsAboutOneCaseInFifty_andItsExportHoldsNoneOfTheirText() {
    CaseYear.seeded(2024).fill(db.connection());
    QualitySystem system = read();
    int cases = 0;
    int flagged = 0;
    for (var c : system.complaints()) {
      cases++;
      flagged += c.protectedPersonalData() ? 1 : 0;
    }
    for (var d : system.deviations()) {
      cases++;
      flagged += d.protectedPersonalData() ? 1 : 0;
    }
    for (var c : system.part(LexSarahRegister.class).orElseThrow().cases()) {
      cases++;
      flagged += c.protectedPersonalData() ? 1 : 0;
    }
    for (var d : system.part(UnexecutedDecisionRegister.class).orElseThrow().decisions()) {
      cases++;
      flagged += d.protectedPersonalData() ? 1 : 0;
    }
    assertTrue(flagged >= cases / CaseYear.PROTECTED_ONE_IN / 3 && flagged <= 3 * cases / CaseYear.PROTECTED_ONE_IN,
        flagged + " of " + cases);
    assertFalse(se.qms.testing.ProtectedCases.secrets(system).isEmpty());
    QualitySystem exported = QmsJson.strict().readQualitySystem(QmsJson.strict().writeExport(system));
    assertEquals(
        java.util.Set.of(Redaction.PROTECTED_TEXT), se.qms.testing.ProtectedCases.secrets(exported));
  }
}
