package io.github.vietcat.word;

/**
 * A compact, read-only copy of a linear-probing table of {@code long} slots (0 = empty) in which
 * a key's search starts at slot {@code (int) key & mask} and stops at the first slot whose high 32
 * bits equal the key's fingerprint {@code (int) (key >>> 32) | 1}, or at the first empty slot.
 * {@link #find} gives exactly the slot that search in the original table would give, but reads far
 * less memory: a bit per slot says which slots are used, and only the used slots are stored, in slot
 * order. Most features looked up are unknown to the model, and most of those start their search at
 * an empty slot, which here is one bit in a small, cache-resident array.
 *
 * <p>Used by {@link FeatureWeights} and {@link PackedTable}, whose tables keep their layout (and
 * file format); this is only a faster way to read them. Immutable.
 */
final class ProbeIndex {

  /** Per 64 slots: the bit set of used slots, then how many used slots precede them. */
  private final long[] words;
  /** The used slots' contents, in slot order, then a 0. */
  private final long[] used;
  private final int mask;

  /**
   * Copies a table.
   *
   * @param slots the table, of a power-of-two length, with at least one empty slot (else a search
   *     for an absent key would never end)
   * @throws IllegalArgumentException if the table is not such a table
   */
  ProbeIndex(long[] slots) {
    if (Integer.bitCount(slots.length) != 1) {
      throw new IllegalArgumentException("table length " + slots.length + " is not a power of two");
    }
    mask = slots.length - 1;
    int count = 0;
    for (long slot : slots) {
      if (slot != 0) {
        count++;
      }
    }
    if (count == slots.length) {
      throw new IllegalArgumentException("table has no empty slot");
    }
    int wordCount = (slots.length + 63) >>> 6;
    words = new long[2 * wordCount];
    used = new long[count + 1]; // one empty entry at the end, read for an empty last slot
    int rank = 0;
    for (int w = 0; w < wordCount; w++) {
      words[2 * w + 1] = rank;
      long bits = 0;
      for (int b = 0; b < 64 && (w << 6) + b < slots.length; b++) {
        long slot = slots[(w << 6) + b];
        if (slot != 0) {
          bits |= 1L << b;
          used[rank++] = slot;
        }
      }
      words[2 * w] = bits;
    }
  }

  /**
   * The slot where the search for {@code key} stops with a match, or 0 if it stops at an empty
   * slot.
   */
  long find(long key) {
    int slot = (int) key & mask;
    long bits = words[2 * (slot >>> 6)];
    long bit = 1L << slot; // shifts use the low 6 bits only
    int rank = (int) words[2 * (slot >>> 6) + 1] + Long.bitCount(bits & (bit - 1));
    long entry = used[rank]; // when the slot is empty: the next used slot's, or the padding
    boolean occupied = (bits & bit) != 0;
    boolean match = (int) (entry >>> 32) == ((int) (key >>> 32) | 1);
    // Written without a branch on the common outcomes (empty slot, or a match at once), which
    // the processor cannot predict; only a probe chain takes the loop.
    long found = occupied & match ? entry : 0L;
    return occupied & !match ? chain(key, slot, rank) : found;
  }

  /** The rest of the search when the key's first slot is used by another key. */
  private long chain(long key, int slot, int rank) {
    int fingerprint = (int) (key >>> 32) | 1;
    while (true) {
      slot = (slot + 1) & mask;
      if ((words[2 * (slot >>> 6)] & (1L << slot)) == 0) {
        return 0;
      }
      rank = slot == 0 ? 0 : rank + 1;
      long entry = used[rank];
      if ((int) (entry >>> 32) == fingerprint) {
        return entry;
      }
    }
  }

  /** Bytes the copy takes on the heap (roughly). */
  long heapBytes() {
    return 8L * (words.length + used.length);
  }
}
