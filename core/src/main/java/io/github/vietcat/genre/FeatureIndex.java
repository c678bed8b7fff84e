package io.github.vietcat.genre;

/**
 * The id of each feature name of a model, for the look-up that runs once per feature of every
 * classified item (most of the time of a model reading whole bodies went to this look-up in a hash
 * map, mostly waiting for memory).
 *
 * <p>An open-addressing table of 64-bit fingerprints (FNV-1a over the UTF-16 chars, then mixed)
 * and ids, side by side in one {@code long} array, so that a look-up usually touches one cache
 * line and never the stored names. Two names are taken for the same when their fingerprints
 * agree: the table is built only if no two names of the model share one (else every hit also
 * compares the name), and a feature that is not in the model is mistaken for one that is with a
 * probability of about 2<sup>-64</sup> per look-up. Immutable once built; safe to share between
 * threads.
 */
final class FeatureIndex {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final String[] names;
  /** Per slot, two longs: the fingerprint of the name stored there, and its id plus one (0: empty). */
  private final long[] slots;
  private final int mask;
  /** Whether two names share a fingerprint, so that a hit must also compare the name. */
  private final boolean compareNames;

  /**
   * Indexes the names; the id of a name is its position.
   *
   * @param names distinct feature names (the array is kept, not copied: callers never change it)
   * @throws IllegalArgumentException if a name occurs twice
   */
  FeatureIndex(String[] names) {
    this(names, false);
  }

  /**
   * Indexes the names, comparing the name on every hit if {@code alwaysCompareNames} (what the
   * index does by itself when two names share a fingerprint; a test can force it).
   */
  FeatureIndex(String[] names, boolean alwaysCompareNames) {
    this.names = names;
    int capacity = Integer.highestOneBit(Math.max(4, names.length * 2 - 1)) << 1;
    this.slots = new long[capacity * 2];
    this.mask = capacity - 1;
    boolean shared = false;
    for (int id = 0; id < names.length; id++) {
      long fingerprint = fingerprint(names[id]);
      int slot = slotOf(fingerprint);
      while (slots[2 * slot + 1] != 0) {
        if (slots[2 * slot] == fingerprint) {
          if (names[(int) slots[2 * slot + 1] - 1].equals(names[id])) {
            throw new IllegalArgumentException("feature name twice: " + names[id]);
          }
          shared = true;
        }
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = fingerprint;
      slots[2 * slot + 1] = id + 1;
    }
    this.compareNames = shared || alwaysCompareNames;
  }

  /**
   * The id of a feature name, given as any char sequence (a reused buffer, for example).
   *
   * @param name a feature name
   * @return its id, or -1 if the model has no such feature
   */
  int idOf(CharSequence name) {
    long fingerprint = fingerprint(name);
    int slot = slotOf(fingerprint);
    long id;
    while ((id = slots[2 * slot + 1]) != 0) {
      if (slots[2 * slot] == fingerprint
          && (!compareNames || names[(int) id - 1].contentEquals(name))) {
        return (int) id - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** FNV-1a over the chars of the sequence. */
  static long fingerprint(CharSequence name) {
    long hash = FNV_OFFSET;
    for (int i = 0, n = name.length(); i < n; i++) {
      hash = (hash ^ name.charAt(i)) * FNV_PRIME;
    }
    return hash;
  }

  /** The first slot to probe: the fingerprint's bits mixed (MurmurHash3's finalizer) and masked. */
  private int slotOf(long fingerprint) {
    long h = fingerprint;
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return (int) (h ^ (h >>> 33)) & mask;
  }
}
