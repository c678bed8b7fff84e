package io.github.vietcat.word;

/** The 64-bit mixing used for feature and lexicon keys: fixed, so that models stay valid. */
final class Hashing {

  private static final long STEP = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  /** Starts a key for feature template {@code template}. */
  static long start(int template) {
    return (template + 1) * STEP;
  }

  /** Adds one value to a key under construction. */
  static long add(long h, int value) {
    return (h ^ (value & 0xffffffffL)) * STEP + 0x632BE59BD9B4E019L;
  }

  /** Finishes a key (MurmurHash3's 64-bit finalizer). */
  static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
