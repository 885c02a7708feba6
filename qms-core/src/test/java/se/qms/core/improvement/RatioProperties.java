package se.qms.core.improvement;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioProperties {
  private static List<Ratio> shares(List<Integer> counts) {
    long total = counts.stream().mapToLong(Integer::longValue).sum();
    List<Ratio> shares = new ArrayList<>();
    counts.forEach(c -> shares.add(Ratio.share(c, total)));
    return shares;
  }

  @Test
  void largestRemainder_alwaysSumsToExactly100_andStaysWithinOneUnitOfTheExactShare() {
    qt().forAll(
            lists()
                .of(integers().between(0, 5_000))
                .ofSizeBetween(1, 12)
                .assuming(l -> l.stream().mapToInt(Integer::intValue).sum() > 0),
            integers().between(0, 3))
        .check(
            (counts, decimals) -> {
              List<Ratio> shares = shares(counts);
              List<BigDecimal> rounded = Ratio.roundedPercents(shares, decimals);
              BigDecimal sum = rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
              if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                return false;
              }
              BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
              for (int i = 0; i < shares.size(); i++) {
                BigDecimal exact = shares.get(i).percent(10);
                if (rounded.get(i).subtract(exact).abs().compareTo(unit) >= 0) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void largestRemainder_isIndependentOfTheSharesScale() {
    qt().forAll(
            lists().of(integers().between(1, 1_000)).ofSizeBetween(1, 8), integers().between(2, 7))
        .check(
            (counts, k) -> {
              List<Integer> scaled = new ArrayList<>();
              counts.forEach(c -> scaled.add(c * k));
              return Ratio.roundedPercents(shares(counts), 1)
                  .equals(Ratio.roundedPercents(shares(scaled), 1));
            });
  }

  @Test
  void percent_isWithinHalfAUnitOfTheExactValue() {
    qt().forAll(
            integers().between(-100_000, 100_000),
            integers().between(1, 100_000),
            integers().between(0, 4))
        .check(
            (n, d, decimals) -> {
              BigDecimal rounded = Ratio.of(n, d).percent(decimals);
              BigDecimal exact = Ratio.of(n, d).percent(10);
              return rounded
                      .subtract(exact)
                      .abs()
                      .compareTo(
                          BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2)))
                  <= 0;
            });
  }

  @Test
  void formatPercent_readsBackAsTheRoundedValue() {
    qt().forAll(
            integers().between(-1_000_000, 1_000_000),
            integers().between(1, 1_000),
            integers().between(0, 3))
        .check(
            (n, d, decimals) -> {
              Ratio r = Ratio.of(n, d);
              String text = r.formatPercent(decimals);
              String number =
                  text.substring(0, text.length() - 2).replace(" ", "").replace(',', '.');
              return text.endsWith(" %")
                  && new BigDecimal(number).compareTo(r.percent(decimals)) == 0;
            });
  }
}
