package se.qms.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;

/** A bad row is a coded error naming table, column and row id, never a raw exception. */
class RowErrorTest {
  private CaseDatabase db;

  @BeforeEach
  void create() throws SQLException {
    db = CaseDatabase.inMemory("rows-" + NightlyJobTest.DATABASES.incrementAndGet()).createSchema();
    try (Statement s = db.connection().createStatement()) {
      s.execute("INSERT INTO units VALUES ('n', 'Socialnämnden', 'NAMND', NULL)");
      s.execute("INSERT INTO units VALUES ('e1', 'Hemtjänst Norr', 'ENHET', 'n')");
      s.execute("INSERT INTO staff VALUES ('ec-1', 'Enhetschef', 'ENHETSCHEF', 'e1')");
      s.execute("INSERT INTO complaints VALUES ('K-1', 'COMPLAINT', NULL, 'e1', NULL, DATE '2024-03-01', NULL, NULL, NULL, FALSE)");
      s.execute("INSERT INTO deviations VALUES ('AV-1', 'e1', NULL, DATE '2024-03-02', 'Fall', 'REPORTED', NULL, NULL, FALSE)");
      s.execute("INSERT INTO lex_sarah_reports (id, committee_id, unit_id, reported_on, received_on, registered_on)"
          + " VALUES ('LS-1', 'n', 'e1', DATE '2024-03-04', DATE '2024-03-04', DATE '2024-03-05')");
      s.execute("INSERT INTO decisions (id, unit_id, insats_code, gender, decided_on, executed_on)"
          + " VALUES ('B-1', 'e1', 'sol-hemtjanst', 'K', DATE '2024-02-01', DATE '2024-03-01')");
      s.execute("INSERT INTO actions (id, title, origin, origin_id, purpose, responsible_role, unit_id, registered_on, status)"
          + " VALUES ('AT-1', 'Ny rutin', 'DEVIATION', 'AV-1', 'CORRECTIVE', 'ENHETSCHEF', 'e1', DATE '2024-03-10', 'NOT_STARTED')");
    }
  }

  @AfterEach
  void drop() {
    db.drop();
    db.close();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "UPDATE complaints SET received_on = NULL | QMS-9101 | complaints | received_on | K-1",
        "UPDATE complaints SET kind = 'GNÄLL' | QMS-9102 | complaints | kind | K-1",
        "UPDATE complaints SET answered_on = DATE '2024-02-01' | QMS-9102 | complaints | answered_on | K-1",
        "UPDATE complaints SET closed_on = DATE '2024-03-20' | QMS-9102 | complaints | closed_on | K-1",
        "UPDATE complaints SET handler_id = 'ec-99' | QMS-9103 | complaints | handler_id | K-1",
        "UPDATE deviations SET unit_id = 'e99' | QMS-9103 | deviations | unit_id | AV-1",
        "UPDATE deviations SET status = 'CLOSED' | QMS-9102 | deviations | outcome | AV-1",
        "UPDATE staff SET id = '19121212-1212' | QMS-9102 | staff | id | 19121212-1212",
        "UPDATE units SET parent_id = 'x' WHERE id = 'e1' | QMS-9103 | units | parent_id | e1",
        "UPDATE lex_sarah_reports SET received_on = NULL | QMS-9102 | lex_sarah_reports | registered_on | LS-1",
        "UPDATE lex_sarah_reports SET committee_id = 'e1' | QMS-9102 | lex_sarah_reports | committee_id | LS-1",
        "UPDATE lex_sarah_reports SET categories = 'NEGLECT,THEFT' | QMS-9102 | lex_sarah_reports | categories | LS-1",
        "UPDATE lex_sarah_reports SET assessed_on = DATE '2024-03-20' | QMS-9101 | lex_sarah_reports | assessment | LS-1",
        "UPDATE decisions SET executed_on = DATE '2024-01-15' | QMS-9102 | decisions | executed_on | B-1",
        "UPDATE decisions SET gender = 'X' | QMS-9102 | decisions | gender | B-1",
        "UPDATE decisions SET insats_code = 'sol-okand' | QMS-9102 | decisions | insats_code | B-1",
        "UPDATE decisions SET resumed_on = DATE '2024-04-01' | QMS-9102 | decisions | resumed_on | B-1",
        "UPDATE actions SET responsible_role = 'CHEF' | QMS-9102 | actions | responsible_role | AT-1",
        "UPDATE actions SET status = 'COMPLETED' | QMS-9102 | actions | completed_on | AT-1",
        "UPDATE actions SET effect = 'ACHIEVED' | QMS-9101 | actions | evaluated_on | AT-1",
        "INSERT INTO decision_reports VALUES ('2024-T1', 'SOL', 'IVO', DATE '2024-05-01') | QMS-9102 | decision_reports | quarter | 2024-T1/SOL/IVO",
      })
  void badRow_isACodedErrorNamingTableColumnAndRow(
      String sql, String code, String table, String column, String row) throws SQLException {
    CaseSystemReader reader = CaseSystemReader.of("Test", UnexecutedDecisionPolicy.defaults());
    reader.read(db.connection()); // the good rows map
    try (Statement s = db.connection().createStatement()) {
      s.execute(sql);
    }
    RowException e = assertThrows(RowException.class, () -> reader.read(db.connection()));
    assertEquals(code, e.code().id(), e.getMessage());
    assertEquals(table, e.table(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertEquals(row, e.rowId(), e.getMessage());
    assertTrue(e.getMessage().startsWith(code + ": " + table + "." + column + " of row " + row), e.getMessage());
  }
}
