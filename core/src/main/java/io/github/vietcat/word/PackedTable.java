package io.github.vietcat.word;

/**
 * A read-mostly open-addressing table from 64-bit hashed keys to {@code int} values, where each
 * slot packs a 32-bit fingerprint of the key with the value into one {@code long}: a lookup costs
 * one memory access in the common case. A key that was never added can match a stored fingerprint
 * with odds of about one in four billion per probe; for lexicon look-ups that is harmless.
 *
 * <p>Filled once by its owner, then only read, so it is safe to share between threads after
 * construction of the owning immutable object.
 */
final class PackedTable {

  private final long[] slots;
  private final int mask;

  /** Creates a table sized for {@code expected} keys (load factor at most one half). */
  PackedTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
  }

  /** The value for {@code key}, or 0 if absent. */
  int get(long key) {
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

  /** Sets the value for {@code key} (only while the owner is being built). */
  void put(long key, int value) {
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
    return 8L * slots.length;
  }

  private static int fingerprint(long key) {
    return (int) (key >>> 32) | 1;
  }
}
