package io.github.vietcat.word;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The model's feature weights: an open-addressing table where each slot packs a 32-bit
 * fingerprint of the feature key and the float weight into one {@code long}. Two trained keys with
 * the same slot chain and fingerprint would share a weight (odds about one in four billion per
 * pair); their weights are added. The table is what the model file holds; look-ups read it through
 * a {@link ProbeIndex}, which finds the same slots in less memory. Immutable.
 */
final class FeatureWeights {

  private final long[] slots;
  private final int mask;
  private final int size;
  /** The same table, read faster. */
  private final ProbeIndex index;

  /**
   * Builds the table.
   *
   * @param keys the feature keys, distinct
   * @param weights their weights, same order
   */
  FeatureWeights(long[] keys, float[] weights) {
    // Load at most 1/3: most look-ups are of features the model does not know, and with linear
    // probing those cost about 1.6 probes at this load, against about 5 at 2/3.
    int capacity = Integer.highestOneBit(Math.max(4, keys.length * 3 - 1)) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    int count = 0;
    for (int i = 0; i < keys.length; i++) {
      int fingerprint = fingerprint(keys[i]);
      int slot = (int) keys[i] & mask;
      while (true) {
        long probe = slots[slot];
        if (probe == 0) {
          slots[slot] = pack(fingerprint, weights[i]);
          count++;
          break;
        }
        if ((int) (probe >>> 32) == fingerprint) {
          slots[slot] = pack(fingerprint, Float.intBitsToFloat((int) probe) + weights[i]);
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    size = count;
    index = new ProbeIndex(slots);
  }

  private FeatureWeights(long[] slots, int size) {
    this.slots = slots;
    this.mask = slots.length - 1;
    this.size = size;
    this.index = new ProbeIndex(slots);
  }

  /** Writes the table: capacity, count, then each used slot as (gap since last slot, content). */
  void write(DataOutput out) throws IOException {
    out.writeInt(slots.length);
    out.writeInt(size);
    int last = -1;
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != 0) {
        ModelIo.writeVarInt(out, i - last);
        out.writeLong(slots[i]);
        last = i;
      }
    }
  }

  /** Reads a table written by {@link #write}. */
  static FeatureWeights read(DataInput in) throws IOException {
    int capacity = in.readInt();
    int size = in.readInt();
    if (capacity <= 0 || Integer.bitCount(capacity) != 1 || size < 0 || size >= capacity) {
      throw new IOException("bad weight table header: capacity " + capacity + ", size " + size);
    }
    long[] slots = new long[capacity];
    int slot = -1;
    for (int i = 0; i < size; i++) {
      slot += ModelIo.readVarInt(in);
      if (slot < 0 || slot >= capacity) {
        throw new IOException("bad weight table slot " + slot);
      }
      slots[slot] = in.readLong();
    }
    return new FeatureWeights(slots, size);
  }

  /** The number of weights. */
  int size() {
    return size;
  }

  /** Bytes the table takes on the heap (roughly). */
  long heapBytes() {
    return 8L * slots.length + index.heapBytes();
  }

  /** The weight of {@code key}, or 0 for a feature the model does not know. */
  float weight(long key) {
    return Float.intBitsToFloat((int) index.find(key));
  }

  /** {@link #weight}, read from the table itself (the reference the tests compare with). */
  float weightInTable(long key) {
    int fingerprint = fingerprint(key);
    int slot = (int) key & mask;
    while (true) {
      long probe = slots[slot];
      if (probe == 0) {
        return 0f;
      }
      if ((int) (probe >>> 32) == fingerprint) {
        return Float.intBitsToFloat((int) probe);
      }
      slot = (slot + 1) & mask;
    }
  }

  private static int fingerprint(long key) {
    return (int) (key >>> 32) | 1; // never 0, so an empty slot (0L) never matches
  }

  private static long pack(int fingerprint, float weight) {
    return ((long) fingerprint << 32) | (Float.floatToRawIntBits(weight) & 0xffffffffL);
  }
}
