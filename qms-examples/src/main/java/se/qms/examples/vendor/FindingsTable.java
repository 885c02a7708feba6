package se.qms.examples.vendor;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.qms.core.compliance.ComplianceResult;
import se.qms.core.compliance.Finding;
import se.qms.core.compliance.FindingSeverity;

/**
 * The {@code findings} table: what the case-management system shows. Rows are keyed by rule id,
 * subject and seq; writing brings the rows of a scope (all, or one subject) in line with an
 * evaluation and touches only rows that differ, so an unchanged evaluation writes nothing.
 */
public final class FindingsTable {
  private static final String TABLE = "findings";
  private static final String SELECT =
      "SELECT rule_id, subject, seq, unit_id, severity, message_sv, message_en, basis, status, opened_on,"
          + " closed_on FROM findings";
  private static final String ORDER = " ORDER BY rule_id, subject, seq";
  private static final String INSERT =
      "INSERT INTO findings (rule_id, subject, seq, unit_id, severity, message_sv, message_en, basis,"
          + " status, opened_on, closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, NULL)";
  private static final String UPDATE =
      "UPDATE findings SET unit_id = ?, severity = ?, message_sv = ?, message_en = ?, basis = ?,"
          + " status = 'OPEN', opened_on = ?, closed_on = NULL WHERE rule_id = ? AND subject = ? AND seq = ?";
  private static final String CLOSE =
      "UPDATE findings SET status = 'CLOSED', closed_on = ? WHERE rule_id = ? AND subject = ? AND seq = ?"
          + " AND status = 'OPEN'";

  private FindingsTable() {}

  /** Every row, open and closed, by rule id, subject and seq. */
  public static List<StoredFinding> all(Connection c) {
    return Query.all(c, TABLE, SELECT + ORDER, List.of("rule_id", "subject", "seq"), FindingsTable::map);
  }

  /** The open rows, by rule id, subject and seq. */
  public static List<StoredFinding> open(Connection c) {
    return Query.all(
        c, TABLE, SELECT + " WHERE status = 'OPEN'" + ORDER, List.of("rule_id", "subject", "seq"), FindingsTable::map);
  }

  private static StoredFinding map(Row r) {
    String status = r.text("status");
    if (!status.equals("OPEN") && !status.equals("CLOSED")) {
      throw r.invalid("status", status, "neither OPEN nor CLOSED", null);
    }
    return new StoredFinding(
        r.text("rule_id"),
        r.text("subject"),
        r.optionalInteger("seq").orElseThrow(() -> r.missing("seq")),
        r.optionalText("unit_id"),
        r.code("severity", FindingSeverity.class),
        r.text("message_sv"),
        r.text("message_en"),
        r.text("basis"),
        status.equals("OPEN"),
        r.date("opened_on"),
        r.optionalDate("closed_on"));
  }

  private record Key(String ruleId, String subject, int seq) {}

  /**
   * Brings the rows of a scope in line with {@code result}, in one transaction.
   *
   * @param scope empty: every row; else only the rows of that object and the parts of it, {@code
   *     /}-separated below it (an on-save check)
   */
  static FindingsWrite write(
      Connection c,
      ComplianceResult result,
      CaseSystemReader.MappedSystem mapped,
      LocalDate asOf,
      Optional<String> scope) {
    Map<Key, StoredFinding> existing = new HashMap<>();
    for (StoredFinding s : all(c)) {
      if (scope.isEmpty() || within(s.subject(), scope.get())) {
        existing.put(new Key(s.ruleId(), s.subject(), s.seq()), s);
      }
    }
    Map<Key, Finding> wanted = new LinkedHashMap<>();
    Map<String, Integer> seqs = new HashMap<>();
    for (Finding f : result.findings()) {
      int seq = seqs.merge(f.ruleId() + '\u0000' + f.subject(), 1, Integer::sum) - 1;
      wanted.put(new Key(f.ruleId(), f.subject(), seq), f);
    }
    int inserted = 0;
    int reopened = 0;
    int updated = 0;
    int closed = 0;
    int unchanged = 0;
    int rows = 0;
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(INSERT);
          PreparedStatement update = c.prepareStatement(UPDATE);
          PreparedStatement close = c.prepareStatement(CLOSE)) {
        for (Map.Entry<Key, Finding> e : wanted.entrySet()) {
          Key k = e.getKey();
          Finding f = e.getValue();
          Optional<String> unit = mapped.unitOf(f.subject());
          StoredFinding s = existing.get(k);
          if (s == null) {
            bind(insert, k.ruleId(), k.subject(), k.seq(), unit.orElse(null), f.severity().name(),
                f.messageSv(), f.messageEn(), f.basis(), Date.valueOf(asOf));
            rows += insert.executeUpdate();
            inserted++;
          } else if (!s.open() || !same(s, f, unit)) {
            bind(update, unit.orElse(null), f.severity().name(), f.messageSv(), f.messageEn(), f.basis(),
                Date.valueOf(s.open() ? s.openedOn() : asOf), k.ruleId(), k.subject(), k.seq());
            rows += update.executeUpdate();
            if (s.open()) {
              updated++;
            } else {
              reopened++;
            }
          } else {
            unchanged++;
          }
        }
        List<Key> gone = new ArrayList<>();
        existing.forEach((k, s) -> {
          if (s.open() && !wanted.containsKey(k)) {
            gone.add(k);
          }
        });
        gone.sort(java.util.Comparator.comparing(Key::ruleId).thenComparing(Key::subject).thenComparingInt(Key::seq));
        for (Key k : gone) {
          bind(close, Date.valueOf(asOf), k.ruleId(), k.subject(), k.seq());
          rows += close.executeUpdate();
          closed++;
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw Row.failure("cannot write findings", e);
    }
    return new FindingsWrite(result, inserted, reopened, updated, closed, unchanged, rows);
  }

  /** Whether {@code subject} is {@code object} or a {@code /}-separated part of it. */
  static boolean within(String subject, String object) {
    return subject.equals(object) || subject.startsWith(object + "/");
  }

  private static boolean same(StoredFinding s, Finding f, Optional<String> unit) {
    return s.severity() == f.severity()
        && s.messageSv().equals(f.messageSv())
        && s.messageEn().equals(f.messageEn())
        && s.basis().equals(f.basis())
        && Objects.equals(s.unitId(), unit);
  }

  private static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }
}
