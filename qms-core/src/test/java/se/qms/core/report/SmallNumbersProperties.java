package se.qms.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invariants of small-number protection over random count tables: no count from 1 to threshold −
 * 1 is shown, a shown total never has exactly one masked part, a masked total never has all its
 * parts shown, shown counts are the internal ones,
 * and the internal edition is consistent by the checker.
 */
class SmallNumbersProperties {
  @Test
  void nothingSmallShows_andNoTotalRevealsAMaskedPart() {
    qt().forAll(
            lists().of(integers().between(0, 12)).ofSizeBetween(1, 8),
            integers().between(2, 6))
        .check(
            (counts, threshold) -> {
              long[] c = counts.stream().mapToLong(Integer::longValue).toArray();
              QualityReport internal = SmallNumbersTest.report(SmallNumbersTest.table("t", "a", c));
              assertEquals(List.of(), internal.check(ReportLanguage.SV));
              ReportTable t = internal.withDisclosure(Disclosure.masked(threshold)).table("t").orElseThrow();
              int maskedParts = 0;
              for (int r = 0; r < t.rows().size(); r++) {
                ReportRow row = t.rows().get(r);
                ReportCell count = row.cell(0);
                if (count.kind() == ReportCell.Kind.MASKED) {
                  assertEquals(ReportCell.Kind.MASKED, row.cell(1).kind());
                  if (!row.isTotal()) {
                    maskedParts++;
                  }
                } else {
                  long n = count.count().getAsLong();
                  assertTrue(n == 0 || n >= threshold, () -> "shown " + n + " below " + threshold);
                  long expected = row.isTotal() ? counts.stream().mapToLong(Integer::longValue).sum() : c[r];
                  assertEquals(expected, n);
                }
              }
              boolean totalShown = t.rows().get(t.rows().size() - 1).cell(0).kind() != ReportCell.Kind.MASKED;
              boolean anyNonZeroPart = counts.stream().anyMatch(n -> n > 0);
              return !(totalShown && maskedParts == 1)
                  && !(!totalShown && maskedParts == 0 && anyNonZeroPart);
            });
  }
}
