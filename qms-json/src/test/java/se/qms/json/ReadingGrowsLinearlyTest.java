package se.qms.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading grows linearly with the document: a document inflated 1, 2, 4 and 8 times costs, per
 * copy, no more at 8 than at 2. The measure is the bytes the reading thread allocates — counted by
 * the JVM, unlike wall-clock time not disturbed by other work on the machine — and a reader that
 * compared every element with every other (a nested scan, a lookup by position) would allocate
 * quadratically: four times more per copy between 4× and 8× than between 1× and 2×.
 */
class ReadingGrowsLinearlyTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  /** The arrays whose elements are copied, each copy with its id made unique. */
  private static final Set<String> WITH_IDS =
      Set.of("lexSarahCases", "risks", "completedChecklists", "complaints", "deviations", "actions", "followUpPlan");
  private static final int BASE = 40;

  private final QmsJson json = QmsJson.strict();

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  /** The fewest bytes allocated over three reads (the first may load classes). */
  private static long cost(Runnable read) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long before = allocated();
      read.run();
      best = Math.min(best, allocated() - before);
    }
    return best;
  }

  /** The base document with each array of elements copied {@code times} times. */
  private static byte[] inflated(int times, boolean uniqueIds) {
    ObjectNode root = (ObjectNode) MAPPER.readTree(MalformedCorpus.QS);
    for (String name : WITH_IDS) {
      ArrayNode array = (ArrayNode) root.get(name);
      List<JsonNode> originals = List.copyOf(array.valueStream().toList());
      array.removeAll();
      for (int t = 0; t < times; t++) {
        for (JsonNode e : originals) {
          ObjectNode copy = (ObjectNode) e.deepCopy();
          if (uniqueIds) {
            copy.put("id", e.get("id").stringValue() + "-" + t);
          }
          array.add(copy);
        }
      }
    }
    return MAPPER.writeValueAsBytes(root);
  }

  private void assertLinear(String what, java.util.function.IntFunction<byte[]> document, Consumer<byte[]> read) {
    long[] cost = new long[4];
    int[] times = {BASE, 2 * BASE, 4 * BASE, 8 * BASE};
    for (int i = 0; i < times.length; i++) {
      byte[] doc = document.apply(times[i]);
      cost[i] = cost(() -> read.accept(doc));
    }
    double early = (cost[1] - cost[0]) / (double) BASE;
    double late = (cost[3] - cost[2]) / (4.0 * BASE);
    String costs = what + ": bytes allocated at 1×, 2×, 4×, 8×: " + java.util.Arrays.toString(cost)
        + "; per copy " + Math.round(early) + " early, " + Math.round(late) + " late";
    assertTrue(early > 0, costs);
    assertTrue(late <= 2 * early, costs);
  }

  @Test
  void validDocument_readsInLinearAllocation() {
    json.readQualitySystem(inflated(2, true)); // the inflated document is valid
    assertLinear("valid", t -> inflated(t, true), json::readQualitySystem);
  }

  @Test
  void documentWithAnErrorInEveryCopy_isRejectedInLinearAllocation() {
    assertThrows(QmsDocumentException.class, () -> json.readQualitySystem(inflated(2, false)));
    assertLinear(
        "duplicate ids",
        t -> inflated(t, false),
        doc -> assertThrows(QmsDocumentException.class, () -> json.readQualitySystem(doc)));
  }

  @Test
  void arrayOfWrongTypes_isRejectedInLinearAllocation() {
    String base = new String(MalformedCorpus.QS, StandardCharsets.UTF_8);
    assertLinear(
        "units of numbers",
        t -> base.replaceFirst("\"units\" : \\[", "\"units\" : [" + "1,".repeat(t * 50)).getBytes(StandardCharsets.UTF_8),
        doc -> assertThrows(QmsDocumentException.class, () -> json.readQualitySystem(doc)));
  }
}
