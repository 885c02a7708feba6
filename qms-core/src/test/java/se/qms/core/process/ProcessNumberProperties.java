package se.qms.core.process;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import se.qms.testing.QmsGenerators;

class ProcessNumberProperties {
  @Test
  void parseOfToString_isIdentity() {
    qt().forAll(QmsGenerators.processNumbers())
        .check(n -> ProcessNumber.parse(n.toString()).equals(n));
  }

  @Test
  void parentAndChild_areInverse() {
    qt().forAll(QmsGenerators.processNumbers())
        .assuming(n -> n.depth() < ProcessNumber.MAX_DEPTH)
        .check(n -> n.child(3).parent().orElseThrow().equals(n));
  }

  @Test
  void anAncestor_sortsBeforeItsDescendants_andNoNonDescendantSortsBetween() {
    qt().forAll(QmsGenerators.processNumbers(), QmsGenerators.processNumbers())
        .check(
            (a, b) -> {
              if (a.isAncestorOf(b)) {
                return a.compareTo(b) < 0;
              }
              // depth-first order: b lies between a and a's subtree end only if b is within a
              ProcessNumber nextSibling =
                  a.parent().map(p -> p.child(Math.min(a.last() + 1, ProcessNumber.MAX_SEGMENT)))
                      .orElse(ProcessNumber.of(Math.min(a.last() + 1, ProcessNumber.MAX_SEGMENT)));
              boolean between = a.compareTo(b) < 0 && b.compareTo(nextSibling) < 0;
              return !between || a.last() == ProcessNumber.MAX_SEGMENT;
            });
  }

  @Test
  void ordering_isConsistentWithEquals() {
    qt().forAll(QmsGenerators.processNumbers(), QmsGenerators.processNumbers())
        .check((a, b) -> (a.compareTo(b) == 0) == a.equals(b)
            && Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a)));
  }
}
