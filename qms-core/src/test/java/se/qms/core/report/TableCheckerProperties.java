package se.qms.core.report;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.qms.core.improvement.Ratio;

class TableCheckerProperties {
  /**
   * A table of counts, their shares of the total written as {@link Ratio#formatPercent(int)} writes
   * them, and a total row, with shares and column totals declared.
   */
  private static PublishedTable table(List<Integer> counts, int decimals) {
    long total = counts.stream().mapToLong(Integer::longValue).sum();
    PublishedTable.Builder b = PublishedTable.builder("generated").columns("Antal", "Andel");
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < counts.size(); i++) {
      parts.add("r" + i);
      b.row(
          "r" + i,
          Ratio.formatNumber(java.math.BigDecimal.valueOf(counts.get(i))),
          Ratio.share(counts.get(i), total).formatPercent(decimals));
    }
    b.row(
        "Totalt",
        Ratio.formatNumber(java.math.BigDecimal.valueOf(total)),
        Ratio.share(total, total).formatPercent(decimals));
    return b.relation(TableRelation.shares("Antal", "Andel", "Totalt"))
        .relation(TableRelation.columnTotals(parts, "Totalt"))
        .build();
  }

  @Test
  void sharesRoundedCorrectly_fromExactCounts_areAlwaysConsistent() {
    qt().forAll(
            lists().of(integers().between(0, 20_000)).ofSizeBetween(1, 10),
            integers().between(0, 3))
        .assuming((counts, decimals) -> counts.stream().mapToInt(Integer::intValue).sum() > 0)
        .check((counts, decimals) -> TableChecker.check(table(counts, decimals)).isEmpty());
  }

  /**
   * Changing one printed count by one breaks the column total, so the total cell is named; the
   * shares may still round alike, so at least the total and never a cell outside the changed row
   * and the total row.
   */
  @Test
  void oneCountChangedByOne_makesTheCheckerNameACell() {
    qt().forAll(
            lists().of(integers().between(1, 20_000)).ofSizeBetween(1, 10),
            integers().between(0, 3),
            integers().between(0, 9),
            integers().between(0, 1))
        .check(
            (counts, decimals, pick, up) -> {
              int index = pick % counts.size();
              PublishedTable exact = table(counts, decimals);
              String row = "r" + index;
              long changed = counts.get(index) + (up == 1 ? 1 : -1);
              List<TableIssue> issues =
                  TableChecker.check(
                      exact.withCell(
                          row, "Antal", Ratio.formatNumber(java.math.BigDecimal.valueOf(changed))));
              boolean totalNamed =
                  issues.stream()
                      .anyMatch(
                          i ->
                              i.kind() == TableIssue.Kind.TOTAL
                                  && i.row().equals("Totalt")
                                  && i.column().equals("Antal"));
              boolean onlyThere =
                  issues.stream()
                      .allMatch(i -> i.row().equals(row) || i.row().equals("Totalt"));
              return totalNamed && onlyThere;
            });
  }

  /** Changing a printed share by one unit of its last decimal always names that share. */
  @Test
  void oneShareChangedByOneUnit_isNamed() {
    qt().forAll(
            lists().of(integers().between(0, 20_000)).ofSizeBetween(1, 10),
            integers().between(0, 3),
            integers().between(0, 9))
        .assuming(
            (counts, decimals, pick) -> counts.stream().mapToInt(Integer::intValue).sum() > 0)
        .check(
            (counts, decimals, pick) -> {
              int index = pick % counts.size();
              long total = counts.stream().mapToLong(Integer::longValue).sum();
              java.math.BigDecimal shifted =
                  Ratio.share(counts.get(index), total)
                      .percent(decimals)
                      .add(java.math.BigDecimal.ONE.movePointLeft(decimals));
              String row = "r" + index;
              List<TableIssue> issues =
                  TableChecker.check(
                      table(counts, decimals)
                          .withCell(row, "Andel", Ratio.formatPercent(shifted)));
              return issues.stream()
                  .anyMatch(
                      i ->
                          i.kind() == TableIssue.Kind.SHARE
                              && i.row().equals(row)
                              && i.column().equals("Andel"));
            });
  }
}
