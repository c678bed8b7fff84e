package io.github.vietcat.word;

/**
 * A read-only open-addressing table from 64-bit hashed keys to {@code int} values, where each
 * slot packs a 32-bit fingerprint of the key with the value into one {@code long}: a lookup costs
 * one memory access in the common case. A key that was never added can match a stored fingerprint
 * with odds of about one in four billion per probe; for lexicon look-ups that is harmless.
 *
 * <p>Filled in its constructor, then only read through a {@link ProbeIndex} copy, so it is safe to
 * share between threads.
 */
final class PackedTable {

  private final long[] slots;
  private final int mask;
  private final ProbeIndex index;

  /**
   * Creates a table (load factor at most one half) and adds the keys in the order given; a key
   * whose fingerprint meets an earlier one's on its probe chain replaces that one's value.
   *
   * @param keys the keys
   * @param values their values, same order
   */
  PackedTable(long[] keys, int[] values) {
    int capacity = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    for (int i = 0; i < keys.length; i++) {
      put(keys[i], values[i]);
    }
    index = new ProbeIndex(slots);
  }

  /** The value for {@code key}, or 0 if absent. */
  int get(long key) {
    return (int) index.find(key);
  }

  /** {@link #get}, read from the table itself (the reference the tests compare with). */
  int getInTable(long key) {
    int fingerprint = fingerprint(key);
    int slot = (int) key & mask;
    while (true) {
      long probe = slots[slot];
      if (probe == 0) {
        return 0;
      }
      if ((int) (probe >>> 32) == fingerprint) {
        return (int) probe;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void put(long key, int value) {
    int fingerprint = fingerprint(key);
    int slot = (int) key & mask;
    while (true) {
      long probe = slots[slot];
      if (probe == 0 || (int) (probe >>> 32) == fingerprint) {
        slots[slot] = ((long) fingerprint << 32) | (value & 0xffffffffL);
        return;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Bytes the table takes on the heap (roughly). */
  long heapBytes() {
    return 8L * slots.length + index.heapBytes();
  }

  private static int fingerprint(long key) {
    return (int) (key >>> 32) | 1;
  }
}
