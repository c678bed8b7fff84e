package io.github.vietcat.word;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-zero {@code long} keys to {@code int} values, without
 * boxing. Keys are expected to be well mixed already (they are 64-bit feature hashes).
 *
 * <p>Not thread-safe while it is being filled; safe to share for reading once filled.
 */
final class LongIntMap {

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  /** Creates a map sized for about {@code expected} entries. */
  LongIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  /** The number of entries. */
  int size() {
    return size;
  }

  /** The value for {@code key}, or {@code missing} if absent. */
  int get(long key, int missing) {
    long k = key == 0 ? 1 : key;
    int i = slot(k);
    while (true) {
      long probe = keys[i];
      if (probe == k) {
        return values[i];
      }
      if (probe == 0) {
        return missing;
      }
      i = (i + 1) & mask;
    }
  }

  /** Sets the value for {@code key}. */
  void put(long key, int value) {
    long k = key == 0 ? 1 : key;
    int i = slot(k);
    while (keys[i] != 0 && keys[i] != k) {
      i = (i + 1) & mask;
    }
    if (keys[i] == 0) {
      keys[i] = k;
      size++;
      values[i] = value;
      if (size * 2 > keys.length) {
        grow();
      }
    } else {
      values[i] = value;
    }
  }

  /** The keys, sorted ascending (with 0 mapped to 1 as stored). */
  long[] sortedKeys() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != 0) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  private int slot(long k) {
    return (int) (k ^ (k >>> 29) ^ (k >>> 47)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
