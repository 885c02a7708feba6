package se.qms.core.process;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import se.qms.testing.QmsGenerators;

class ProcessMapProperties {
  @Test
  void walkedAndRebuilt_isEqual_whateverTheInputOrder() {
    qt().forAll(QmsGenerators.processTrees(), SourceDSL.longs().all())
        .check(
            (nodes, seed) -> {
              ProcessMap map = ProcessMap.of(nodes);
              List<ProcessNode> shuffled = new ArrayList<>(map.nodes());
              Collections.shuffle(shuffled, new java.util.Random(seed));
              ProcessMap rebuilt = ProcessMap.of(shuffled);
              return rebuilt.equals(map) && rebuilt.nodes().equals(map.nodes());
            });
  }

  @Test
  void walk_isInNumberOrder_andEveryChildFollowsItsParent() {
    qt().forAll(QmsGenerators.processTrees())
        .check(
            nodes -> {
              List<ProcessNode> walk = ProcessMap.of(nodes).nodes();
              for (int i = 1; i < walk.size(); i++) {
                if (walk.get(i - 1).number().compareTo(walk.get(i).number()) >= 0) {
                  return false;
                }
              }
              return walk.size() == nodes.size();
            });
  }

  @Test
  void subtrees_ofChildren_partitionTheSubtreeOfTheirParent() {
    qt().forAll(QmsGenerators.processTrees())
        .check(
            nodes -> {
              ProcessMap map = ProcessMap.of(nodes);
              for (ProcessNode n : map.nodes()) {
                int sum = 1;
                for (ProcessNode child : map.children(n.number())) {
                  sum += map.subtree(child.number()).size();
                }
                if (sum != map.subtree(n.number()).size()) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void processIndexMean_liesBetweenMinimumAndMaximumAssessedLevel() {
    qt().forAll(QmsGenerators.processTrees())
        .check(
            nodes -> {
              ProcessMap map = ProcessMap.of(nodes);
              for (ProcessNode scope : map.nodes()) {
                ProcessIndexSummary s = map.processIndexSummary(scope.number());
                int lo = Integer.MAX_VALUE;
                int hi = Integer.MIN_VALUE;
                int assessed = 0;
                for (ProcessNode n : map.subtree(scope.number())) {
                  OptionalInt level = n.processIndexLevel();
                  if (n.kind().isProcess() && level.isPresent()) {
                    lo = Math.min(lo, level.getAsInt());
                    hi = Math.max(hi, level.getAsInt());
                    assessed++;
                  }
                }
                if (s.assessedCount() != assessed) {
                  return false;
                }
                if (assessed == 0) {
                  if (s.mean().isPresent()) {
                    return false;
                  }
                  continue;
                }
                double mean = s.mean().getAsDouble();
                if (mean < lo || mean > hi || s.min().getAsInt() != lo || s.max().getAsInt() != hi) {
                  return false;
                }
              }
              return true;
            });
  }
}
