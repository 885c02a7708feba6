package se.qms.json;

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
  private int size;

  /**
   * {@code last} when it has the characters {@code chars[offset, offset + length)}, else the pooled
   * string: rows of one indicator repeat its id, so comparing with the previous row's first saves
   * hashing the text again.
   */
  String text(char[] chars, int offset, int length, String last) {
    return last != null && equal(last, chars, offset, length) ? last : text(chars, offset, length);
  }

  /** The pooled string with the characters {@code chars[offset, offset + length)}. */
  String text(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = table.length - 1;
    int slot = spread(hash) & mask;
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      String s = table[slot];
      if (s == null) {
        s = new String(chars, offset, length);
        if (size < MAX_SIZE) {
          table[slot] = s;
          hashes[slot] = hash;
          if (++size * 2 > table.length) {
            grow();
          }
        }
        return s;
      }
      if (hashes[slot] == hash && equal(s, chars, offset, length)) {
        return s;
      }
      slot = (slot + 1) & mask;
    }
    return new String(chars, offset, length);
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

  private static boolean equal(String s, char[] chars, int offset, int length) {
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
    table = new String[old.length * 2];
    hashes = new int[old.length * 2];
    int mask = table.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = old[i];
        hashes[slot] = oldHashes[i];
      }
    }
  }
}
