package io.github.vietcat.word;

import java.util.List;

/**
 * The syllable keys a model knows, each with a small int id; lookups take a {@link CharSequence}
 * (a reused buffer) so that the segmenter allocates no string per syllable.
 *
 * <p>Ids 0, 1 and 2 are reserved for an unknown key and the padding before and after a sentence.
 * Immutable once built.
 */
final class Vocabulary {

  static final int UNKNOWN = 0;
  static final int BEFORE = 1;
  static final int AFTER = 2;
  static final int FIRST_ID = 3;

  private final String[] keys;
  private final String[] table;
  private final int[] tableIds;
  private final int[] tableHashes;
  private final int mask;

  /** Builds a vocabulary whose ids follow the given order, starting at {@link #FIRST_ID}. */
  Vocabulary(List<String> keysInIdOrder) {
    keys = keysInIdOrder.toArray(new String[0]);
    int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    table = new String[capacity];
    tableIds = new int[capacity];
    tableHashes = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < keys.length; i++) {
      int h = hash(keys[i]);
      int slot = h & mask;
      while (table[slot] != null) {
        if (table[slot].equals(keys[i])) {
          throw new IllegalArgumentException("duplicate vocabulary key: " + keys[i]);
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = keys[i];
      tableIds[slot] = FIRST_ID + i;
      tableHashes[slot] = h;
    }
  }

  /** The number of known keys (the reserved ids not counted). */
  int size() {
    return keys.length;
  }

  /** The key with id {@code id} (id at least {@link #FIRST_ID}). */
  String key(int id) {
    return keys[id - FIRST_ID];
  }

  /** The id of {@code key}, or {@link #UNKNOWN}. */
  int id(CharSequence key) {
    int h = hash(key);
    int slot = h & mask;
    while (true) {
      String probe = table[slot];
      if (probe == null) {
        return UNKNOWN;
      }
      if (tableHashes[slot] == h && contentEquals(probe, key)) {
        return tableIds[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  private static boolean contentEquals(String s, CharSequence cs) {
    int n = s.length();
    if (n != cs.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != cs.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s) {
    int h = 0x811c9dc5;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return h ^ (h >>> 15);
  }
}
