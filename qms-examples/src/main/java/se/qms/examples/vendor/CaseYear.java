package se.qms.examples.vendor;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import se.qms.core.improvement.ComplaintKind;
import se.qms.core.improvement.ComplaintSource;
import se.qms.core.lexsarah.LexSarahAssessment;
import se.qms.core.lexsarah.LexSarahCategory;
import se.qms.core.measure.Period;
import se.qms.core.unexecuted.Insats;
import se.qms.core.unexecuted.InsatsCatalogue;
import se.qms.core.unexecuted.Law;
import se.qms.core.unexecuted.QuarterlyReporting;
import se.qms.core.unexecuted.Recipient;
import se.qms.core.unexecuted.UnexecutedDecisionPolicy;

/**
 * A seeded year of a mid-sized social-services administration in the vendor schema: one nämnd and
 * förvaltning, three departments with ten units, about 70 pseudonymous staff, and for {@value
 * #YEAR} about 120 complaints and comments, 400 deviations, 24 lex Sarah reports, 90 favourable
 * decisions (from the second half of the year before), the quarterly reports on those not carried
 * out, and the actions the cases led to. Most cases are handled in time; some are not, as in the
 * published reports (complaints unanswered, a lex Sarah report registered weeks late, decisions
 * waiting more than three months, a quarterly report sent late). Nothing lies after {@link #AS_OF}.
 * The same seed fills equal tables. Immutable and thread-safe.
 */
public final class CaseYear {
  /** The year the data describes. */
  public static final int YEAR = 2024;
  /** The night the demo runs: after the year, before the fourth quarter's report is due. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

  private static final LocalDate START = LocalDate.of(YEAR, 1, 1);
  private static final String[][] UNITS = {
    {"n", "Socialnämnden", "NAMND", null},
    {"f", "Socialförvaltningen", "FORVALTNING", "n"},
    {"a-ao", "Äldreomsorg", "AVDELNING", "f"},
    {"a-fs", "Funktionsstöd", "AVDELNING", "f"},
    {"a-ifo", "Individ- och familjeomsorg", "AVDELNING", "f"},
    {"e-hn", "Hemtjänst Norr", "ENHET", "a-ao"},
    {"e-hs", "Hemtjänst Söder", "ENHET", "a-ao"},
    {"e-sbb", "Särskilt boende Björken", "ENHET", "a-ao"},
    {"e-sbl", "Särskilt boende Linden", "ENHET", "a-ao"},
    {"e-bss", "Bostad med särskild service Ekbacken", "ENHET", "a-fs"},
    {"e-dv", "Daglig verksamhet", "ENHET", "a-fs"},
    {"e-ks", "Korttidsvistelse", "ENHET", "a-fs"},
    {"e-bu", "Barn och unga", "ENHET", "a-ifo"},
    {"e-vu", "Vuxenenheten", "ENHET", "a-ifo"},
    {"e-eb", "Ekonomiskt bistånd", "ENHET", "a-ifo"},
  };
  private static final int FIRST_ENHET = 5;

  /** One case in this many is flagged "skyddade personuppgifter", on average. */
  static final int PROTECTED_ONE_IN = 50;

  private final long seed;

  private CaseYear(long seed) {
    this.seed = seed;
  }

  /** The year of this seed. */
  public static CaseYear seeded(long seed) {
    return new CaseYear(seed);
  }

  /**
   * Fills the empty tables of the schema.
   *
   * @param c an open connection to a database with the schema; not null
   * @return the rows written per table, in the order written
   */
  public Map<String, Integer> fill(Connection c) {
    SplittableRandom r = new SplittableRandom(seed);
    // the flags draw from their own stream, so the rest of the year is the same with or without them
    SplittableRandom flags = new SplittableRandom(~seed);
    Map<String, Integer> counts = new LinkedHashMap<>();
    try {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        counts.put("units", units(c));
        counts.put("staff", staff(c, r));
        List<Origin> origins = new ArrayList<>();
        counts.put("complaints", complaints(c, r, flags, origins));
        counts.put("deviations", deviations(c, r, flags, origins));
        counts.put("lex_sarah_reports", lexSarah(c, r, flags, origins));
        counts.put("decisions", decisions(c, r, flags));
        counts.put("decision_reports", reports(c, r));
        counts.put("actions", actions(c, r, origins));
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw Row.failure("cannot fill the tables", e);
    }
    return counts;
  }

  /** A case that may lead to an action. */
  private record Origin(String kind, String id, String unit, LocalDate date) {}

  private static int units(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO units VALUES (?, ?, ?, ?)")) {
      for (String[] u : UNITS) {
        bind(ps, u[0], u[1], u[2], u[3]);
        ps.addBatch();
      }
      return sum(ps.executeBatch());
    }
  }

  private static int staff(Connection c, SplittableRandom r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff VALUES (?, ?, ?, ?)")) {
      int n = 0;
      bind(ps, "kv-1", "Kvalitetsutvecklare", "KVALITETSUTVECKLARE", "f");
      ps.addBatch();
      n++;
      int person = 1000 + r.nextInt(9000);
      for (int u = FIRST_ENHET; u < UNITS.length; u++) {
        bind(ps, manager(u), "Enhetschef " + UNITS[u][1], "ENHETSCHEF", UNITS[u][0]);
        ps.addBatch();
        n++;
        for (int m = 0, size = 4 + r.nextInt(4); m < size; m++) {
          bind(ps, "p-" + (person += 1 + r.nextInt(40)), "Medarbetare", "MEDARBETARE", UNITS[u][0]);
          ps.addBatch();
          n++;
        }
      }
      ps.executeBatch();
      return n;
    }
  }

  private static String manager(int unit) {
    return "ec-" + UNITS[unit][0].substring(2);
  }

  private static int unit(SplittableRandom r) {
    return FIRST_ENHET + r.nextInt(UNITS.length - FIRST_ENHET);
  }

  private static int complaints(Connection c, SplittableRandom r, SplittableRandom flags, List<Origin> origins)
      throws SQLException {
    ComplaintKind[] kinds = {ComplaintKind.COMPLAINT, ComplaintKind.COMMENT, ComplaintKind.PRAISE, ComplaintKind.SUGGESTION};
    int[] weights = {55, 25, 12, 8};
    ComplaintSource[] sources = ComplaintSource.values();
    int n = 110 + r.nextInt(30);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO complaints VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= n; i++) {
        String id = String.format("K-%d-%04d", YEAR, i);
        int u = unit(r);
        LocalDate received = day(r);
        ComplaintKind kind = kinds[pick(r, weights)];
        boolean recent = ChronoUnit.DAYS.between(received, AS_OF) < 60;
        LocalDate answered = null;
        LocalDate closed = null;
        if (kind != ComplaintKind.PRAISE && r.nextInt(100) >= (recent ? 35 : 4)) {
          LocalDate a = received.plusDays(r.nextInt(10) < 8 ? r.nextInt(14) : 14 + r.nextInt(14));
          if (!a.isAfter(AS_OF)) {
            answered = a;
            LocalDate cl = a.plusDays(r.nextInt(30));
            closed = r.nextInt(10) < 7 && !cl.isAfter(AS_OF) ? cl : null;
          }
        }
        bind(ps, id, kind.name(), r.nextInt(10) < 3 ? null : sources[r.nextInt(sources.length)].name(),
            UNITS[u][0], kind.swedish() + " om " + UNITS[u][1], date(received), date(answered), date(closed),
            answered == null ? null : manager(u), isProtected(flags));
        ps.addBatch();
        if (kind == ComplaintKind.COMPLAINT && r.nextInt(5) == 0) {
          origins.add(new Origin("COMPLAINT", id, UNITS[u][0], received));
        }
      }
      ps.executeBatch();
    }
    return n;
  }

  private static int deviations(Connection c, SplittableRandom r, SplittableRandom flags, List<Origin> origins)
      throws SQLException {
    int n = 360 + r.nextInt(80);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO deviations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= n; i++) {
        String id = String.format("AV-%d-%04d", YEAR, i);
        int u = unit(r);
        LocalDate reported = day(r);
        boolean old = ChronoUnit.DAYS.between(reported, AS_OF) > 60;
        int s = r.nextInt(100);
        String status =
            old
                ? s < 70 ? "CLOSED" : s < 85 ? "INVESTIGATED" : s < 95 ? "INVESTIGATING" : "REPORTED"
                : s < 30 ? "REPORTED" : s < 70 ? "INVESTIGATING" : s < 90 ? "INVESTIGATED" : "CLOSED";
        String outcome = null;
        if (status.equals("INVESTIGATED") || status.equals("CLOSED")) {
          int o = r.nextInt(100);
          outcome = o < 55 ? "NO_ACTION_NEEDED" : o < 96 ? "ACTION_NEEDED" : "LEX_SARAH_REPORT";
        }
        bind(ps, id, UNITS[u][0], date(reported.minusDays(r.nextInt(4))), date(reported),
            "Avvikelse vid " + UNITS[u][1], status, outcome, status.equals("REPORTED") ? null : manager(u),
            isProtected(flags));
        ps.addBatch();
        if ("ACTION_NEEDED".equals(outcome)) {
          origins.add(new Origin("DEVIATION", id, UNITS[u][0], reported));
        }
      }
      ps.executeBatch();
    }
    return n;
  }

  private static int lexSarah(Connection c, SplittableRandom r, SplittableRandom flags, List<Origin> origins)
      throws SQLException {
    LexSarahAssessment[] assessments = LexSarahAssessment.values();
    int[] weights = {35, 30, 20, 10, 5};
    LexSarahCategory[] categories = LexSarahCategory.values();
    int n = 20 + r.nextInt(9);
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO lex_sarah_reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= n; i++) {
        String id = String.format("LS-%d-%02d", YEAR, i);
        int u = unit(r);
        LocalDate reported = day(r);
        int first = r.nextInt(categories.length);
        String cats = categories[first].name();
        if (r.nextInt(4) == 0) {
          cats += "," + categories[(first + 1 + r.nextInt(categories.length - 1)) % categories.length].name();
        }
        LocalDate[] steps = new LocalDate[7]; // received, registered, started, assessed, decided, notified, closed
        steps[0] = reported.plusDays(r.nextInt(5) == 0 ? 1 : 0);
        steps[1] = steps[0].plusDays(r.nextInt(8) == 0 ? 5 + r.nextInt(30) : r.nextInt(2));
        steps[2] = steps[1].plusDays(r.nextInt(10) == 0 ? 7 + r.nextInt(14) : 1 + r.nextInt(3));
        steps[3] = steps[2].plusDays(10 + r.nextInt(30));
        LexSarahAssessment assessment = assessments[pick(r, weights)];
        LocalDate last = steps[3];
        if (assessment.isSerious()) {
          steps[5] = steps[3].plusDays(r.nextInt(4) == 0 ? 15 + r.nextInt(10) : 3 + r.nextInt(9));
          steps[4] = steps[5].minusDays(r.nextInt(3));
          if (steps[4].isBefore(steps[3])) {
            steps[4] = steps[3];
          }
          last = steps[5];
        }
        steps[6] = last.plusDays(10 + r.nextInt(50));
        for (int s = 0; s < steps.length; s++) {
          if (steps[s] != null && steps[s].isAfter(AS_OF)) {
            for (int t = s; t < steps.length; t++) {
              steps[t] = null;
            }
            if (s == 5) {
              steps[4] = null;
            }
          }
        }
        bind(ps, id, "n", UNITS[u][0], date(reported), "MEDARBETARE", r.nextInt(10) == 0 ? 2 : 1, cats,
            date(steps[0]), date(steps[1]), date(steps[2]), date(steps[3]),
            steps[3] == null ? null : assessment.name(), date(steps[4]), date(steps[5]), date(steps[6]),
            isProtected(flags));
        ps.addBatch();
        if (steps[3] != null && assessment != LexSarahAssessment.NO_IMPROPRIETY) {
          origins.add(new Origin("LEX_SARAH", id, UNITS[u][0], steps[3]));
        }
      }
      ps.executeBatch();
    }
    return n;
  }

  private static int decisions(Connection c, SplittableRandom r, SplittableRandom flags) throws SQLException {
    List<Insats> sol = InsatsCatalogue.defaults().under(Law.SOL);
    List<Insats> lss = InsatsCatalogue.defaults().under(Law.LSS);
    LocalDate from = LocalDate.of(YEAR - 1, 7, 1);
    int span = (int) ChronoUnit.DAYS.between(from, AS_OF.minusDays(1));
    int n = 80 + r.nextInt(20);
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 1; i <= n; i++) {
        boolean isLss = r.nextInt(100) < 35;
        Insats insats = isLss ? lss.get(r.nextInt(lss.size())) : sol.get(r.nextInt(sol.size()));
        int u = isLss ? 9 + r.nextInt(3) : r.nextInt(3) == 0 ? 12 + r.nextInt(3) : FIRST_ENHET + r.nextInt(4);
        LocalDate decided = from.plusDays(r.nextInt(span));
        int k = r.nextInt(100);
        LocalDate executed =
            k < 70 ? decided.plusDays(5 + r.nextInt(80)) : k < 92 ? decided.plusDays(95 + r.nextInt(200)) : null;
        if (executed != null && executed.isAfter(AS_OF)) {
          executed = null;
        }
        boolean late = executed == null || ChronoUnit.DAYS.between(decided, executed) > 90;
        String reason = null;
        if (late) {
          int w = r.nextInt(100);
          reason = w < 60 ? "RESOURCE_SHORTAGE" : w < 85 ? "DECLINED_OFFER" : "OTHER";
        }
        LocalDate interrupted = null;
        LocalDate resumed = null;
        LocalDate ended = null;
        if (executed != null && r.nextInt(20) == 0) {
          interrupted = executed.plusDays(30 + r.nextInt(170));
          resumed = r.nextInt(2) == 0 ? interrupted.plusDays(30 + r.nextInt(120)) : null;
        } else if (executed != null && r.nextInt(10) == 0) {
          ended = executed.plusDays(20 + r.nextInt(200));
        }
        if (interrupted != null && interrupted.isAfter(AS_OF)) {
          interrupted = null;
          resumed = null;
        }
        if (resumed != null && resumed.isAfter(AS_OF)) {
          resumed = null;
        }
        if (ended != null && ended.isAfter(AS_OF)) {
          ended = null;
        }
        bind(ps, String.format("B-%d-%04d", decided.getYear(), i), String.format("brukare-%05d", 10000 + i * 7 + r.nextInt(7)),
            UNITS[u][0], insats.code(), r.nextInt(2) == 0 ? "K" : "M", date(decided), reason, date(executed),
            date(interrupted), date(resumed), date(ended), isProtected(flags));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return n;
  }

  /** The reports from the decisions' first quarter to the last one due: most in time, some late, one missing. */
  private static int reports(Connection c, SplittableRandom r) throws SQLException {
    QuarterlyReporting reporting = QuarterlyReporting.of(UnexecutedDecisionPolicy.defaults());
    int n = 0;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO decision_reports VALUES (?, ?, ?, ?)")) {
      for (Period q = Period.quarter(YEAR - 1, 3); reporting.dueDate(q).isBefore(AS_OF); q = q.next()) {
        for (Law law : Law.values()) {
          for (Recipient recipient : Recipient.values()) {
            int k = r.nextInt(100);
            if (k < 3) {
              continue;
            }
            LocalDate due = reporting.dueDate(q);
            LocalDate submitted = k < 92 ? due.minusDays(r.nextInt(20)) : due.plusDays(3 + r.nextInt(18));
            bind(ps, q.toString(), law.name(), recipient.name(), date(submitted));
            ps.addBatch();
            n++;
          }
        }
      }
      ps.executeBatch();
    }
    return n;
  }

  private static int actions(Connection c, SplittableRandom r, List<Origin> origins) throws SQLException {
    int n = 0;
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO actions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Origin o : origins) {
        LocalDate registered = o.date().plusDays(r.nextInt(21));
        if (registered.isAfter(AS_OF)) {
          continue;
        }
        n++;
        LocalDate due = registered.plusDays(30 + r.nextInt(90));
        int k = r.nextInt(100);
        String status;
        LocalDate completed = null;
        if (due.isBefore(AS_OF)) {
          status = k < 78 ? "COMPLETED" : k < 92 ? "IN_PROGRESS" : k < 96 ? "NOT_STARTED" : "CANCELLED";
        } else {
          status = k < 30 ? "COMPLETED" : k < 80 ? "IN_PROGRESS" : "NOT_STARTED";
        }
        if (status.equals("COMPLETED")) {
          completed = registered.plusDays(5 + r.nextInt((int) ChronoUnit.DAYS.between(registered, due)));
          if (completed.isAfter(AS_OF)) {
            completed = AS_OF;
          }
        }
        LocalDate evaluated = null;
        String effect = null;
        if (completed != null && r.nextInt(10) < 8) {
          LocalDate e = completed.plusDays(30 + r.nextInt(60));
          if (!e.isAfter(AS_OF)) {
            evaluated = e;
            int w = r.nextInt(10);
            effect = w < 7 ? "ACHIEVED" : w < 9 ? "PARTLY_ACHIEVED" : "NOT_ACHIEVED";
          }
        }
        String unit = o.unit();
        int u = FIRST_ENHET;
        while (!UNITS[u][0].equals(unit)) {
          u++;
        }
        bind(ps, String.format("AT-%d-%04d", YEAR, n), "Åtgärd efter " + o.id(), o.kind(), o.id(),
            "CORRECTIVE", "ENHETSCHEF", manager(u), unit, date(registered), date(due), status,
            date(completed), date(evaluated), effect);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return n;
  }

  /** Whether the next case is flagged "skyddade personuppgifter": one in {@value #PROTECTED_ONE_IN}. */
  private static boolean isProtected(SplittableRandom flags) {
    return flags.nextInt(PROTECTED_ONE_IN) == 0;
  }

  private static LocalDate day(SplittableRandom r) {
    return START.plusDays(r.nextInt(366));
  }

  private static int pick(SplittableRandom r, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = r.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private static int sum(int[] counts) {
    int n = 0;
    for (int k : counts) {
      n += k;
    }
    return n;
  }

  private static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      ps.setObject(i + 1, values[i]);
    }
  }
}
