package se.qms.core.compliance;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Positions of a list's elements by their id: the ids sorted, beside their positions, looked up by
 * binary search. Eight bytes per element instead of a hash map's fifty; built once per system.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class IdIndex {
  private final String[] ids;
  private final int[] positions;

  private IdIndex(String[] ids, int[] positions) {
    this.ids = ids;
    this.positions = positions;
  }

  /** The index of a list whose ids are unique. */
  static <T> IdIndex of(List<T> items, Function<T, String> id) {
    int n = items.size();
    Integer[] order = new Integer[n];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      keys[i] = id.apply(items.get(i));
    }
    Arrays.sort(order, Comparator.comparing(i -> keys[i]));
    String[] ids = new String[n];
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = keys[order[i]];
      positions[i] = order[i];
    }
    return new IdIndex(ids, positions);
  }

  /** The position of the element with this id, or -1. */
  int get(String id) {
    int at = Arrays.binarySearch(ids, id);
    return at < 0 ? -1 : positions[at];
  }
}
