package se.qms.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.RuleSet;

class NightlyJobTest {
  static final AtomicInteger DATABASES = new AtomicInteger();
  static final RuleSet RULES = RuleSet.builder().name("Standard").build();

  private CaseDatabase db;
  private NightlyJob job;

  @BeforeEach
  void create() {
    db = CaseDatabase.inMemory("nightly-" + DATABASES.incrementAndGet()).createSchema();
    CaseYear.seeded(2024).fill(db.connection());
    job = NightlyJob.of("Exempelkommun, socialnämnden", RULES);
  }

  @AfterEach
  void drop() throws SQLException {
    db.drop();
    try (Statement s = db.connection().createStatement();
        ResultSet rs =
            s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
      rs.next();
      assertEquals(0, rs.getInt(1), "every table dropped");
    }
    db.close();
  }

  @Test
  void secondRunOnUnchangedData_changesNoRow() {
    FindingsWrite first = job.run(db.connection(), CaseYear.AS_OF);
    assertTrue(first.inserted() > 0);
    assertEquals(first.inserted(), first.rowsChanged());
    List<StoredFinding> before = FindingsTable.all(db.connection());

    FindingsWrite second = job.run(db.connection(), CaseYear.AS_OF);

    assertEquals(0, second.rowsChanged());
    assertEquals(0, second.inserted() + second.updated() + second.reopened() + second.closed());
    assertEquals(first.inserted(), second.unchanged());
    assertEquals(before, FindingsTable.all(db.connection()));
  }

  @Test
  void resolvedFinding_isClosedOnTheDay_andReopenedWhenFoundAgain() throws SQLException {
    job.run(db.connection(), CaseYear.AS_OF);
    StoredFinding overdue = firstOpen("complaint.answer-overdue");
    String id = overdue.subject().substring("complaints/".length());
    LocalDate next = CaseYear.AS_OF.plusDays(1);
    CaseEdits.answerComplaint(db.connection(), id, next);

    FindingsWrite answered = job.run(db.connection(), next);

    assertTrue(answered.closed() >= 1);
    StoredFinding closed = row(overdue);
    assertEquals(false, closed.open());
    assertEquals(java.util.Optional.of(next), closed.closedOn());

    try (PreparedStatement ps = db.connection().prepareStatement("UPDATE complaints SET answered_on = NULL WHERE id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
    FindingsWrite reopened = job.run(db.connection(), next);
    assertEquals(1, reopened.reopened());
    assertTrue(row(overdue).open());
    assertEquals(next, row(overdue).openedOn());
  }

  @Test
  void sameSeed_fillsEqualTables_otherSeedOther() {
    List<Finding> a = job.run(db.connection(), CaseYear.AS_OF).result().findings();
    try (CaseDatabase same = CaseDatabase.inMemory("nightly-" + DATABASES.incrementAndGet()).createSchema();
        CaseDatabase other = CaseDatabase.inMemory("nightly-" + DATABASES.incrementAndGet()).createSchema()) {
      CaseYear.seeded(2024).fill(same.connection());
      CaseYear.seeded(2025).fill(other.connection());
      assertEquals(a, job.run(same.connection(), CaseYear.AS_OF).result().findings());
      assertNotEquals(a, job.run(other.connection(), CaseYear.AS_OF).result().findings());
      same.drop();
      other.drop();
    }
  }

  @Test
  void year_hasTheFindingsThePublishedReportsShow() {
    List<String> rules = new ArrayList<>();
    job.run(db.connection(), CaseYear.AS_OF).result().findings().forEach(f -> rules.add(f.ruleId()));
    for (String rule :
        List.of("complaint.answer-overdue", "action.overdue", "action.effect-not-evaluated", "unexecuted.sanction-range")) {
      assertTrue(rules.contains(rule), rule + " in " + rules);
    }
    assertTrue(rules.stream().anyMatch(r -> r.startsWith("lex-sarah.")), rules.toString());
  }

  private StoredFinding firstOpen(String ruleId) {
    return FindingsTable.open(db.connection()).stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .findFirst()
        .orElseThrow();
  }

  private StoredFinding row(StoredFinding f) {
    return FindingsTable.all(db.connection()).stream()
        .filter(s -> s.ruleId().equals(f.ruleId()) && s.subject().equals(f.subject()) && s.seq() == f.seq())
        .findFirst()
        .orElseThrow();
  }
}
