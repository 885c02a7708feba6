package se.qms.core.measure;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import se.qms.testing.QmsGenerators;

class PeriodProperties {
  @Test
  void parseOfToString_isIdentity() {
    qt().forAll(QmsGenerators.periods()).check(p -> Period.parse(p.toString()).equals(p));
  }

  @Test
  void previousAndNext_areInverse_andAdjacent() {
    qt().forAll(QmsGenerators.periods())
        .check(
            p ->
                p.next().previous().equals(p)
                    && p.previous().end().plusDays(1).equals(p.start())
                    && p.compareTo(p.next()) < 0);
  }

  @Test
  void ordering_isConsistentWithEquals() {
    qt().forAll(QmsGenerators.periods(), QmsGenerators.periods())
        .check((a, b) -> (a.compareTo(b) == 0) == a.equals(b)
            && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }

  @Test
  void containing_aPeriodsDays_givesThePeriod() {
    qt().forAll(QmsGenerators.periods())
        .check(
            p ->
                Period.containing(p.kind(), p.start()).equals(p)
                    && Period.containing(p.kind(), p.end()).equals(p));
  }
}
