package se.qms.core.improvement;

import java.util.ArrayList;
import java.util.List;

/**
 * Codes 0, 1, 2 … for distinct values in order of first appearance: open addressing over parallel
 * arrays, the same instance found by identity before {@code equals} is asked. Not thread-safe; used
 * inside one call only.
 */
final class ValueDictionary {
  private Object[] keys = new Object[64];
  private int[] hashes = new int[64];
  private int[] codes = new int[64];
  private int mask = 63;
  private final List<Object> values = new ArrayList<>();

  /** The code of {@code value}, given a new one if it was not seen before; value is not null. */
  int code(Object value) {
    int h = value.hashCode();
    int i = mix(h) & mask;
    while (true) {
      Object k = keys[i];
      if (k == value) {
        return codes[i];
      }
      if (k == null) {
        return add(value, h, i);
      }
      if (hashes[i] == h && k.equals(value)) {
        return codes[i];
      }
      i = (i + 1) & mask;
    }
  }

  private int add(Object value, int h, int i) {
    int code = values.size();
    values.add(value);
    keys[i] = value;
    hashes[i] = h;
    codes[i] = code;
    if (values.size() * 2 > keys.length) {
      grow();
    }
    return code;
  }

  /** The values, by code. */
  List<Object> values() {
    return values;
  }

  private void grow() {
    Object[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldCodes = codes;
    int capacity = oldKeys.length * 2;
    keys = new Object[capacity];
    hashes = new int[capacity];
    codes = new int[capacity];
    mask = capacity - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = mix(oldHashes[j]) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        hashes[i] = oldHashes[j];
        codes[i] = oldCodes[j];
      }
    }
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
