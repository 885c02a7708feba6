package se.qms.json;

import java.util.Arrays;

/**
 * One {@link String} instance per distinct short text of a document: ids, periods and group names
 * repeat on every row of an indicator, so reading them from the parser's character buffer and
 * looking them up here allocates a string only the first time a text is seen.
 *
 * <p>An open-addressing table that grows at half load. Work per text is bounded whatever the input:
 * texts longer than {@link #MAX_LENGTH} are not pooled, a lookup probes at most {@link #MAX_PROBES}
 * slots (texts crafted to share a hash code are then simply not pooled), and the table stops
 * growing at {@link #MAX_SIZE} texts. Not thread-safe: one pool serves one document read.
 */
final class TextPool {
  static final int MAX_LENGTH = 200;
  static final int MAX_PROBES = 32;
  static final int MAX_SIZE = 1 << 16;

  private String[] table = new String[256];
  /** Each slot's hash code, so a probe compares ints before it touches a string. */
  private int[] hashes = new int[256];
  /**
   * Each slot's characters, for slots filled from a character buffer: comparing two arrays is one
   * vectorized mismatch, where comparing with a string reads it a character at a time.
   */
  private char[][] keys = new char[256][];
  private int size;

  /**
   * The previous text of one kind of value (an indicator id, a group name) with its characters:
   * rows of one indicator repeat its id, so comparing with the previous row's first saves hashing
   * the text again.
   */
  static final class Lane {
    private String text;
    private char[] chars;
  }

  /**
   * The lane's previous text when it has the characters {@code chars[offset, offset + length)},
   * else the pooled string, which becomes the lane's previous text.
   */
  String text(char[] chars, int offset, int length, Lane lane) {
    char[] last = lane.chars;
    if (last != null && Arrays.equals(last, 0, last.length, chars, offset, offset + length)) {
      return lane.text;
    }
    int slot = slot(chars, offset, length);
    if (slot >= 0) {
      lane.text = table[slot];
      lane.chars = keys[slot];
    } else {
      lane.chars = Arrays.copyOfRange(chars, offset, offset + length);
      lane.text = new String(lane.chars);
    }
    return lane.text;
  }

  /** The pooled string with the characters {@code chars[offset, offset + length)}. */
  String text(char[] chars, int offset, int length) {
    int slot = slot(chars, offset, length);
    return slot >= 0 ? table[slot] : new String(chars, offset, length);
  }

  /**
   * The slot holding the characters {@code chars[offset, offset + length)}, filled with them when
   * they are new; -1 when they are not pooled (too long, too many probes, or the pool is full).
   */
  private int slot(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return -1;
    }
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = table.length - 1;
    int slot = spread(hash) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      char[] key = keys[slot];
      if (table[slot] == null) {
        if (size >= MAX_SIZE) {
          return -1;
        }
        key = Arrays.copyOfRange(chars, offset, offset + length);
        table[slot] = new String(key);
        hashes[slot] = hash;
        keys[slot] = key;
        if (++size * 2 > table.length) {
          grow();
          return slotOf(table, key, hash);
        }
        return slot;
      }
      if (hashes[slot] == hash
          && (key != null
              ? Arrays.equals(key, 0, key.length, chars, offset, offset + length)
              : sameChars(table[slot], chars, offset, length))) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** The slot of a key just placed, after the table grew. */
  private int slotOf(String[] t, char[] key, int hash) {
    int mask = t.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return slot;
      }
    }
  }

  /** The pooled string equal to {@code text}; {@code text} itself the first time. */
  String text(String text) {
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    int hash = text.hashCode();
    int mask = table.length - 1;
    int slot = spread(hash) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      String s = table[slot];
      if (s == null) {
        if (size < MAX_SIZE) {
          table[slot] = text;
          hashes[slot] = hash;
          if (++size * 2 > table.length) {
            grow();
          }
        }
        return text;
      }
      if (hashes[slot] == hash && s.equals(text)) {
        return s;
      }
      slot = (slot + 1) & mask;
    }
    return text;
  }

  /** Ids of one document often differ only in their last character: spread neighbouring hashes. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B1;
    return h ^ (h >>> 16);
  }

  /** For slots filled from a string, which have no characters of their own. */
  private static boolean sameChars(String s, char[] chars, int offset, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (s.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private void grow() {
    String[] old = table;
    int[] oldHashes = hashes;
    char[][] oldKeys = keys;
    table = new String[old.length * 2];
    hashes = new int[old.length * 2];
    keys = new char[old.length * 2][];
    int mask = table.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = old[i];
        hashes[slot] = oldHashes[i];
        keys[slot] = oldKeys[i];
      }
    }
  }
}
