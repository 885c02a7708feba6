package se.qms.core.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.qms.core.improvement.Ratio;
import se.qms.core.internal.Checks;

/**
 * Checks that the figures of a {@link PublishedTable} follow from one another, relation by
 * relation, and names every cell that does not.
 *
 * <p>Rounding: a printed share or change is consistent when the exact value lies within half a
 * unit of its last printed decimal, both ends included. At an exact tie (1 of 8 is 12,5 %, printed
 * without decimals) both neighbours, 12 % and 13 %, are accepted: half-up and half-even rounding
 * are both in use, and a reader of the report cannot tell which one the author's tool applied. The
 * expected value of an issue is rounded half up, as {@link Ratio#percent(int)} rounds. Sums of
 * plain numbers are exact. Sums with per-cent cells (rounded shares, e.g. a printed "100 %" under
 * 33 %, 33 % and 33 %) allow each per-cent cell, parts and total, to be off by half a unit of its
 * last printed decimal, since the exact shares do add up; the expected value is then the printed
 * parts' sum.
 *
 * <p>Blank cells: a share or change whose own cell or an input cell is blank is not checked; a blank
 * part of a sum counts as nothing printed, i.e. zero; a blank total is not checked, nor a total
 * whose parts are all blank. A share over a total of zero, or a change from zero, has no value and
 * is not checked. A cell a relation reads that is neither blank nor a number (see {@link
 * PrintedNumber}, e.g. {@code "ca 12"} or {@code "1.8 %"}) is an issue of kind {@link
 * TableIssue.Kind#NOT_A_NUMBER}, reported once, and the checks that need it are skipped.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class TableChecker {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private TableChecker() {}

  /**
   * The cells of {@code table} that do not follow from the others, in the order of the relations
   * and then of the rows and columns; empty if the table is consistent.
   *
   * @param table not null
   */
  public static List<TableIssue> check(PublishedTable table) {
    Checks.present(table, "table");
    Run run = new Run(table);
    for (TableRelation relation : table.relations()) {
      switch (relation.kind()) {
        case SHARES:
          run.shares(relation);
          break;
        case COLUMN_TOTALS:
          for (String column : table.columns()) {
            run.total(relation, relation.labels(), List.of(column), relation.target().orElseThrow(),
                column);
          }
          break;
        case ROW_TOTALS:
          for (String row : table.rows()) {
            run.total(relation, List.of(row), relation.labels(), row,
                relation.target().orElseThrow());
          }
          break;
        default:
          run.change(relation);
      }
    }
    return List.copyOf(run.issues);
  }

  /**
   * Whether {@code printed}, with {@code decimals} decimals, is the exact value {@code n / d}
   * rounded to that precision, ties either way: {@code |n − printed·d| ≤ ½·10^−decimals·d}.
   */
  static boolean roundsTo(BigDecimal n, BigDecimal d, BigDecimal printed, int decimals) {
    BigDecimal gap = n.subtract(printed.multiply(d)).abs().multiply(TWO);
    return gap.compareTo(BigDecimal.ONE.movePointLeft(decimals).multiply(d)) <= 0;
  }

  /** Half a unit of the last printed decimal of a per-cent cell; zero for other numbers. */
  private static BigDecimal halfUnitIfPercent(PrintedNumber n) {
    return n.percent() ? BigDecimal.ONE.movePointLeft(n.decimals()).divide(TWO) : BigDecimal.ZERO;
  }

  /** One pass over one table. */
  private static final class Run {
    private final PublishedTable table;
    private final List<TableIssue> issues = new ArrayList<>();
    private final Set<List<String>> notNumbers = new HashSet<>();

    Run(PublishedTable table) {
      this.table = table;
    }

    /** The number in a cell; empty if blank or not a number, which is then reported once. */
    private Optional<PrintedNumber> number(String row, String column, TableRelation relation) {
      String text = table.cell(row, column);
      if (PrintedNumber.isBlank(text)) {
        return Optional.empty();
      }
      Optional<PrintedNumber> number = PrintedNumber.parse(text);
      if (number.isEmpty() && notNumbers.add(List.of(row, column))) {
        issues.add(
            TableIssue.builder()
                .kind(TableIssue.Kind.NOT_A_NUMBER)
                .row(row)
                .column(column)
                .printed(text)
                .relation(relation)
                .messageSv(
                    "Cellen på rad \"" + row + "\", kolumn \"" + column + "\" (\"" + text
                        + "\") är inte ett tal.")
                .messageEn(
                    "The cell in row \"" + row + "\", column \"" + column + "\" (\"" + text
                        + "\") is not a number.")
                .build());
      }
      return number;
    }

    void shares(TableRelation relation) {
      String countColumn = relation.labels().get(0);
      String shareColumn = relation.labels().get(1);
      BigDecimal total;
      String totalText;
      if (relation.target().isPresent()) {
        String totalRow = relation.target().get();
        Optional<PrintedNumber> t = number(totalRow, countColumn, relation);
        if (t.isEmpty()) {
          return;
        }
        total = t.get().value();
        totalText = table.cell(totalRow, countColumn).strip();
      } else {
        total = BigDecimal.valueOf(relation.fixedTotal().getAsLong());
        totalText = Ratio.formatNumber(total);
      }
      if (total.signum() <= 0) {
        return;
      }
      for (String row : table.rows()) {
        if (PrintedNumber.isBlank(table.cell(row, countColumn))
            || PrintedNumber.isBlank(table.cell(row, shareColumn))) {
          continue;
        }
        Optional<PrintedNumber> count = number(row, countColumn, relation);
        Optional<PrintedNumber> share = number(row, shareColumn, relation);
        if (count.isEmpty() || share.isEmpty()) {
          continue;
        }
        BigDecimal n = count.get().value().multiply(HUNDRED);
        PrintedNumber printed = share.get();
        if (!roundsTo(n, total, printed.value(), printed.decimals())) {
          String expected = write(n.divide(total, printed.decimals(), RoundingMode.HALF_UP), printed);
          String countText = table.cell(row, countColumn).strip();
          issue(TableIssue.Kind.SHARE, row, shareColumn, relation, expected,
              "Andelen på rad \"" + row + "\", kolumn \"" + shareColumn + "\" är tryckt som "
                  + table.cell(row, shareColumn).strip() + ", men " + countText + " av "
                  + totalText + " ger " + expected + ".",
              "The share in row \"" + row + "\", column \"" + shareColumn + "\" is printed as "
                  + table.cell(row, shareColumn).strip() + ", but " + countText + " of "
                  + totalText + " gives " + expected + ".");
        }
      }
    }

    void change(TableRelation relation) {
      String previousColumn = relation.labels().get(0);
      String currentColumn = relation.labels().get(1);
      String percentColumn = relation.labels().get(2);
      for (String row : table.rows()) {
        if (PrintedNumber.isBlank(table.cell(row, previousColumn))
            || PrintedNumber.isBlank(table.cell(row, currentColumn))
            || PrintedNumber.isBlank(table.cell(row, percentColumn))) {
          continue;
        }
        Optional<PrintedNumber> previous = number(row, previousColumn, relation);
        Optional<PrintedNumber> current = number(row, currentColumn, relation);
        Optional<PrintedNumber> percent = number(row, percentColumn, relation);
        if (previous.isEmpty() || current.isEmpty() || percent.isEmpty()) {
          continue;
        }
        BigDecimal d = previous.get().value();
        if (d.signum() <= 0) {
          continue;
        }
        BigDecimal n = current.get().value().subtract(d).multiply(HUNDRED);
        PrintedNumber printed = percent.get();
        if (!roundsTo(n, d, printed.value(), printed.decimals())) {
          String expected = write(n.divide(d, printed.decimals(), RoundingMode.HALF_UP), printed);
          String from = table.cell(row, previousColumn).strip();
          String to = table.cell(row, currentColumn).strip();
          issue(TableIssue.Kind.CHANGE, row, percentColumn, relation, expected,
              "Förändringen på rad \"" + row + "\", kolumn \"" + percentColumn
                  + "\" är tryckt som " + table.cell(row, percentColumn).strip() + ", men från "
                  + from + " till " + to + " är den " + expected + ".",
              "The change in row \"" + row + "\", column \"" + percentColumn
                  + "\" is printed as " + table.cell(row, percentColumn).strip() + ", but from "
                  + from + " to " + to + " it is " + expected + ".");
        }
      }
    }

    /** The total in {@code (totalRow, totalColumn)} against the parts in rows × columns. */
    void total(
        TableRelation relation,
        List<String> rows,
        List<String> columns,
        String totalRow,
        String totalColumn) {
      if (PrintedNumber.isBlank(table.cell(totalRow, totalColumn))) {
        return;
      }
      Optional<PrintedNumber> total = number(totalRow, totalColumn, relation);
      BigDecimal sum = BigDecimal.ZERO;
      // rounded shares need not add up exactly: each printed per cent may be off by half a unit
      BigDecimal slack = total.map(TableChecker::halfUnitIfPercent).orElse(BigDecimal.ZERO);
      boolean anyPart = false;
      boolean complete = true;
      List<String> partTexts = new ArrayList<>();
      for (String row : rows) {
        for (String column : columns) {
          if (PrintedNumber.isBlank(table.cell(row, column))) {
            continue;
          }
          anyPart = true;
          partTexts.add(table.cell(row, column).strip());
          Optional<PrintedNumber> part = number(row, column, relation);
          if (part.isEmpty()) {
            complete = false;
          } else {
            sum = sum.add(part.get().value());
            slack = slack.add(halfUnitIfPercent(part.get()));
          }
        }
      }
      if (total.isEmpty() || !anyPart || !complete) {
        return;
      }
      if (sum.subtract(total.get().value()).abs().compareTo(slack) > 0) {
        String expected = Ratio.formatNumber(sum) + (total.get().percent() ? " %" : "");
        String printed = table.cell(totalRow, totalColumn).strip();
        String parts = String.join(" + ", partTexts);
        issue(TableIssue.Kind.TOTAL, totalRow, totalColumn, relation, expected,
            "Summan på rad \"" + totalRow + "\", kolumn \"" + totalColumn + "\" är tryckt som "
                + printed + ", men delarna " + parts + " blir " + expected + ".",
            "The total in row \"" + totalRow + "\", column \"" + totalColumn
                + "\" is printed as " + printed + ", but its parts " + parts + " add up to "
                + expected + ".");
      }
    }

    private static String write(BigDecimal value, PrintedNumber like) {
      String text = Ratio.formatNumber(value);
      if (like.plusSigned() && value.signum() > 0) {
        text = "+" + text;
      }
      return like.percent() ? text + " %" : text;
    }

    private void issue(
        TableIssue.Kind kind,
        String row,
        String column,
        TableRelation relation,
        String expected,
        String sv,
        String en) {
      issues.add(
          TableIssue.builder()
              .kind(kind)
              .row(row)
              .column(column)
              .printed(table.cell(row, column))
              .expected(expected)
              .relation(relation)
              .messageSv(sv)
              .messageEn(en)
              .build());
    }
  }
}
