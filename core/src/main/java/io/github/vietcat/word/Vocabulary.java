package io.github.vietcat.word;

import java.util.List;

/**
 * The syllable keys a model knows, each with a small int id; lookups take a {@link CharSequence}
 * (a reused buffer) so that the segmenter allocates no string per syllable. The keys' chars live
 * in one array and each table slot packs a key's hash with its id, so a lookup touches two places
 * in memory.
 *
 * <p>Ids 0, 1 and 2 are reserved for an unknown key and the padding before and after a sentence.
 * Immutable once built.
 */
final class Vocabulary {

  static final int UNKNOWN = 0;
  static final int BEFORE = 1;
  static final int AFTER = 2;
  static final int FIRST_ID = 3;

  static final int HASH_SEED = 0x811c9dc5;
  static final int HASH_PRIME = 0x01000193;

  private final String[] keys;
  /** All keys' chars, one after the other, in id order. */
  private final char[] chars;
  /** Start of each key in {@link #chars}, by id - FIRST_ID, plus the end. */
  private final int[] starts;
  /** Per slot: (hash << 32) | id, or 0 when empty. */
  private final long[] table;
  private final int mask;

  /** Builds a vocabulary whose ids follow the given order, starting at {@link #FIRST_ID}. */
  Vocabulary(List<String> keysInIdOrder) {
    keys = keysInIdOrder.toArray(new String[0]);
    int total = 0;
    for (String k : keys) {
      total += k.length();
    }
    chars = new char[total];
    starts = new int[keys.length + 1];
    int offset = 0;
    for (int i = 0; i < keys.length; i++) {
      starts[i] = offset;
      keys[i].getChars(0, keys[i].length(), chars, offset);
      offset += keys[i].length();
    }
    starts[keys.length] = offset;
    int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    table = new long[capacity];
    mask = capacity - 1;
    for (int i = 0; i < keys.length; i++) {
      int h = hash(keys[i]);
      int slot = h & mask;
      while (table[slot] != 0) {
        if (matches((int) table[slot], keys[i])) {
          throw new IllegalArgumentException("duplicate vocabulary key: " + keys[i]);
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = ((long) h << 32) | (FIRST_ID + i);
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
      long entry = table[slot];
      if (entry == 0) {
        return UNKNOWN;
      }
      if ((int) (entry >>> 32) == h && matches((int) entry, key)) {
        return (int) entry;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean matches(int id, CharSequence key) {
    int from = starts[id - FIRST_ID];
    int to = starts[id - FIRST_ID + 1];
    if (to - from != key.length()) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (chars[i] != key.charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  /** The id of the key in {@code buffer} (its hash already computed), or {@link #UNKNOWN}. */
  int id(SyllableKeys.Buffer buffer) {
    int h = buffer.hash;
    int slot = h & mask;
    while (true) {
      long entry = table[slot];
      if (entry == 0) {
        return UNKNOWN;
      }
      if ((int) (entry >>> 32) == h && matches((int) entry, buffer.chars, buffer.length)) {
        return (int) entry;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean matches(int id, char[] key, int length) {
    int from = starts[id - FIRST_ID];
    int to = starts[id - FIRST_ID + 1];
    if (to - from != length) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (chars[i] != key[i - from]) {
        return false;
      }
    }
    return true;
  }

  static int hash(CharSequence s) {
    int h = HASH_SEED;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * HASH_PRIME;
    }
    return h ^ (h >>> 15);
  }
}
