package se.qms.core.process;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;
import se.qms.core.internal.Checks;

/**
 * The process part of a management system: every process needed to secure the quality of the
 * business, arranged in categories, purpose groups, areas, processes and sub-processes (SOSFS
 * 2011:9 4 kap. 2–3 §§).
 *
 * <p>The tree is given by the numbers alone: a node's parent is the node whose number its own
 * extends by one segment, so parent links cannot form a cycle. Invariants checked by {@link
 * #of(Collection)}: numbers are unique ({@link QmsErrorCode#DUPLICATE_ID}); every node but the
 * categories has its parent in the map, and all categories share one parent number such as the
 * chapter {@code 2} ({@link QmsErrorCode#PROCESS_NOT_UNDER_PARENT}); the top nodes are categories
 * and every child's kind may sit under its parent's ({@link QmsErrorCode#PROCESS_KIND_MISPLACED}).
 * Nodes are held in number order, which is depth-first order. Immutable and thread-safe.
 */
public final class ProcessMap {
  private static final ProcessMap EMPTY =
      new ProcessMap(new ProcessNode[0], Map.of(), Map.of(), ProcessIndexScale.defaultScale());

  private final ProcessNode[] nodes;
  private final Map<ProcessNumber, ProcessNode> byNumber;
  private final Map<ProcessNumber, List<ProcessNode>> children;
  private final ProcessIndexScale scale;

  private ProcessMap(
      ProcessNode[] nodes,
      Map<ProcessNumber, ProcessNode> byNumber,
      Map<ProcessNumber, List<ProcessNode>> children,
      ProcessIndexScale scale) {
    this.nodes = nodes;
    this.byNumber = byNumber;
    this.children = children;
    this.scale = scale;
  }

  /** A map without nodes. */
  public static ProcessMap empty() {
    return EMPTY;
  }

  /** Checks and indexes the nodes, with the default ProcessIndex scale. */
  public static ProcessMap of(Collection<ProcessNode> nodes) {
    return of(nodes, ProcessIndexScale.defaultScale());
  }

  /**
   * Checks and indexes the nodes.
   *
   * @param nodes in any order; not null, no null elements
   * @param scale the ProcessIndex descriptors; not null
   * @throws InvalidValueException when an invariant of this class is broken
   */
  public static ProcessMap of(Collection<ProcessNode> nodes, ProcessIndexScale scale) {
    Checks.present(nodes, "nodes");
    Checks.present(scale, "scale");
    ProcessNode[] sorted = nodes.toArray(new ProcessNode[0]);
    for (ProcessNode n : sorted) {
      Checks.present(n, "nodes[]");
    }
    Arrays.sort(sorted, (a, b) -> a.number().compareTo(b.number()));
    Map<ProcessNumber, ProcessNode> byNumber = new HashMap<>(sorted.length * 2);
    for (ProcessNode n : sorted) {
      if (byNumber.putIfAbsent(n.number(), n) != null) {
        throw InvalidValueException.violates(
            QmsErrorCode.DUPLICATE_ID, "nodes[].number", n.number(), "must be unique");
      }
    }
    Map<ProcessNumber, List<ProcessNode>> children = new HashMap<>();
    boolean rootSeen = false;
    Optional<ProcessNumber> rootParent = Optional.empty();
    for (ProcessNode n : sorted) {
      Optional<ProcessNumber> parentNumber = n.number().parent();
      ProcessNode parent = parentNumber.map(byNumber::get).orElse(null);
      if (parent == null) {
        if (n.kind() != ProcessNodeKind.CATEGORY) {
          throw InvalidValueException.violates(
              QmsErrorCode.PROCESS_NOT_UNDER_PARENT,
              "nodes[" + n.number() + "].number",
              n.number(),
              "must extend the number of a node in the map");
        }
        if (!rootSeen) {
          rootSeen = true;
          rootParent = parentNumber;
        } else if (!rootParent.equals(parentNumber)) {
          throw InvalidValueException.violates(
              QmsErrorCode.PROCESS_NOT_UNDER_PARENT,
              "nodes[" + n.number() + "].number",
              n.number(),
              "must share its parent number with the other categories ("
                  + rootParent.map(ProcessNumber::toString).orElse("none")
                  + ")");
        }
      } else {
        if (!parent.kind().mayContain(n.kind())) {
          throw InvalidValueException.violates(
              QmsErrorCode.PROCESS_KIND_MISPLACED,
              "nodes[" + n.number() + "].kind",
              n.kind(),
              "cannot sit below a node of kind " + parent.kind());
        }
        children.computeIfAbsent(parent.number(), k -> new ArrayList<>()).add(n);
      }
    }
    Map<ProcessNumber, List<ProcessNode>> frozen = new HashMap<>(children.size() * 2);
    children.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new ProcessMap(sorted, Map.copyOf(byNumber), Map.copyOf(frozen), scale);
  }

  /** Every node in number (depth-first) order. */
  public List<ProcessNode> nodes() {
    return List.of(nodes);
  }

  /** The ProcessIndex scale of this map. */
  public ProcessIndexScale scale() {
    return scale;
  }

  /** The number of nodes. */
  public int size() {
    return nodes.length;
  }

  /** The node with this number. */
  public Optional<ProcessNode> find(ProcessNumber number) {
    return Optional.ofNullable(byNumber.get(requireNonNull(number, "number")));
  }

  /** The node with this number, read from its text form. */
  public Optional<ProcessNode> find(CharSequence number) {
    return find(ProcessNumber.parse(number));
  }

  /** The category nodes, in number order. */
  public List<ProcessNode> categories() {
    return filter(n -> n.kind() == ProcessNodeKind.CATEGORY);
  }

  /** The direct children of a node, in number order; empty for a leaf or an unknown number. */
  public List<ProcessNode> children(ProcessNumber number) {
    return children.getOrDefault(requireNonNull(number, "number"), List.of());
  }

  /** The node and every node below it, depth first in number order; empty for an unknown number. */
  public List<ProcessNode> subtree(ProcessNumber number) {
    requireNonNull(number, "number");
    int start = indexOf(number);
    if (start < 0) {
      return List.of();
    }
    int end = start + 1;
    while (end < nodes.length && number.isAncestorOf(nodes[end].number())) {
      end++;
    }
    return List.of(Arrays.copyOfRange(nodes, start, end));
  }

  /** The category a node belongs to; empty for an unknown number. */
  public Optional<ProcessCategory> categoryOf(ProcessNumber number) {
    ProcessNode node = byNumber.get(requireNonNull(number, "number"));
    while (node != null && node.kind() != ProcessNodeKind.CATEGORY) {
      node = node.number().parent().map(byNumber::get).orElse(null);
    }
    return node == null ? Optional.empty() : node.category();
  }

  /** Every node of the given kind, in number order. */
  public List<ProcessNode> nodes(ProcessNodeKind kind) {
    requireNonNull(kind, "kind");
    return filter(n -> n.kind() == kind);
  }

  /** Processes and sub-processes, in number order. */
  public List<ProcessNode> processes() {
    return filter(n -> n.kind().isProcess());
  }

  /** Processes and sub-processes without an owner (processägare), in number order. */
  public List<ProcessNode> processesWithoutOwner() {
    return filter(n -> n.kind().isProcess() && n.owner().isEmpty());
  }

  /** Processes and sub-processes without a description, in number order. */
  public List<ProcessNode> processesWithoutDescription() {
    return filter(n -> n.kind().isProcess() && n.description().isEmpty());
  }

  /**
   * The ProcessIndex levels of the processes in and below {@code scope}, each at its latest
   * assessment on or before {@code asOf}.
   *
   * @throws InvalidValueException with {@link QmsErrorCode#DANGLING_REFERENCE} for an unknown scope
   */
  public ProcessIndexSummary processIndexSummary(ProcessNumber scope, LocalDate asOf) {
    Checks.present(asOf, "asOf");
    return summarise(scope, n -> n.processIndexLevel(asOf));
  }

  /** As {@link #processIndexSummary(ProcessNumber, LocalDate)}, with every process's latest level. */
  public ProcessIndexSummary processIndexSummary(ProcessNumber scope) {
    return summarise(scope, ProcessNode::processIndexLevel);
  }

  private ProcessIndexSummary summarise(
      ProcessNumber scope, Function<ProcessNode, OptionalInt> levelOf) {
    Checks.present(scope, "scope");
    int start = indexOf(scope);
    if (start < 0) {
      throw InvalidValueException.violates(
          QmsErrorCode.DANGLING_REFERENCE, "scope", scope, "must name a node of the map");
    }
    int processes = 0;
    int assessed = 0;
    long sum = 0;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = start; i < nodes.length; i++) {
      ProcessNode n = nodes[i];
      if (i > start && !scope.isAncestorOf(n.number())) {
        break;
      }
      if (!n.kind().isProcess()) {
        continue;
      }
      processes++;
      OptionalInt level = levelOf.apply(n);
      if (level.isPresent()) {
        int l = level.getAsInt();
        assessed++;
        sum += l;
        min = Math.min(min, l);
        max = Math.max(max, l);
      }
    }
    return new ProcessIndexSummary(scope, processes, assessed, sum, min, max);
  }

  private int indexOf(ProcessNumber number) {
    int lo = 0;
    int hi = nodes.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = nodes[mid].number().compareTo(number);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private List<ProcessNode> filter(java.util.function.Predicate<ProcessNode> keep) {
    List<ProcessNode> out = new ArrayList<>();
    for (ProcessNode n : nodes) {
      if (keep.test(n)) {
        out.add(n);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProcessMap
        && Arrays.equals(nodes, ((ProcessMap) other).nodes)
        && scale.equals(((ProcessMap) other).scale);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(nodes) * 31 + scale.hashCode();
  }

  @Override
  public String toString() {
    return "ProcessMap{" + nodes.length + " nodes}";
  }
}
