package io.github.vietcat.word;

/**
 * Known words as sequences of syllable ids, each with a count bucket and a capitalization flag;
 * the model's lexicon features look spans of the input up here. Immutable.
 */
final class Lexicon {

  /** Bits of an entry's info holding the count bucket (1..15; 0 means "not a word"). */
  static final int BUCKET_MASK = 0xF;

  /** Info bit set when the word is written capitalized most of the time (names, places). */
  static final int CAPITALIZED = 0x10;

  private static final int TEMPLATE = 0;

  private final int[][] entries;
  private final int[] infos;
  private final LongIntMap index;
  private final int maxLength;

  /**
   * Builds a lexicon.
   *
   * @param entries the words as syllable-id sequences (not copied: the caller hands them over)
   * @param infos each word's info (count bucket, flags)
   */
  Lexicon(int[][] entries, int[] infos) {
    this.entries = entries;
    this.infos = infos;
    this.index = new LongIntMap(entries.length);
    int max = 1;
    for (int i = 0; i < entries.length; i++) {
      int[] ids = entries[i];
      index.put(key(ids, 0, ids.length), infos[i]);
      max = Math.max(max, ids.length);
    }
    this.maxLength = max;
  }

  /** The count bucket of a raw count: 1 + floor(ln(count)), capped to 15. */
  static int bucket(long count) {
    if (count <= 1) {
      return 1;
    }
    return Math.min(15, 1 + (int) Math.floor(Math.log(count)));
  }

  int size() {
    return entries.length;
  }

  int maxLength() {
    return maxLength;
  }

  int[] entry(int i) {
    return entries[i];
  }

  int info(int i) {
    return infos[i];
  }

  /** The info of the word {@code ids[from, from + length)}, or 0 if it is not a known word. */
  int lookup(int[] ids, int from, int length) {
    return index.get(key(ids, from, length), 0);
  }

  private static long key(int[] ids, int from, int length) {
    long h = Hashing.start(TEMPLATE);
    for (int i = from; i < from + length; i++) {
      h = Hashing.add(h, ids[i]);
    }
    return Hashing.finish(h);
  }
}
