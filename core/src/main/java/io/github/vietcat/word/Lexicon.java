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

  /** Bit of a look-up result set when a longer word starts with the looked-up span. */
  static final int PREFIX = 0x100;

  private static final int TEMPLATE = 0;

  private static final int PAIR_TEMPLATE = 1;

  private final int[][] entries;
  private final int[] infos;
  private final int[] counts;
  private final PackedTable index;
  /** Look-up results of one-syllable spans, by syllable id. */
  private final int[] single;
  private final int maxLength;

  /** Per syllable id: summed counts of the words it occurs in, starts, ends, or is alone. */
  private final int[] occurrences;
  /** Per syllable id: its end, start and alone ratios in tenths, packed 4 bits each. */
  private final int[] ratios;
  /** Per pair of syllable ids: summed counts of the words in which the pair is adjacent. */
  private final PackedTable joined;

  /**
   * Builds a lexicon.
   *
   * @param entries the words as syllable-id sequences (not copied: the caller hands them over)
   * @param infos each word's info (count bucket, flags)
   * @param counts each word's count
   * @param idLimit one more than the largest syllable id
   * @param statistics whether to compute the statistics of {@link FeatureGroup#LEXICON_STATISTICS}
   */
  Lexicon(int[][] entries, int[] infos, int[] counts, int idLimit, boolean statistics) {
    for (int info : infos) {
      if (info < 0 || info >= GapScorer.INFOS) {
        throw new IllegalArgumentException("lexicon info " + info + " is not a byte");
      }
    }
    this.entries = entries;
    this.infos = infos;
    this.counts = counts;
    long[] occurrenceSums = new long[idLimit];
    long[] starts = new long[idLimit];
    long[] ends = new long[idLimit];
    long[] alone = new long[idLimit];
    LongIntMap pairs = new LongIntMap(statistics ? entries.length : 4);
    int max = 1;
    for (int i = 0; i < entries.length; i++) {
      int[] ids = entries[i];
      max = Math.max(max, ids.length);
      long count = counts[i];
      for (int j = 0; j < ids.length; j++) {
        occurrenceSums[ids[j]] += count;
        if (j > 0 && statistics) {
          long pair = pairKey(ids[j - 1], ids[j]);
          pairs.put(pair, (int) Math.min(Integer.MAX_VALUE, pairs.get(pair, 0) + count));
        }
      }
      starts[ids[0]] += count;
      ends[ids[ids.length - 1]] += count;
      if (ids.length == 1) {
        alone[ids[0]] += count;
      }
    }
    // One-syllable look-ups go to an array by id; longer spans to the hashed table. Words first,
    // then the proper prefixes of longer words are marked (some of them words too).
    this.single = new int[idLimit];
    LongIntMap spans = new LongIntMap(entries.length);
    for (int i = 0; i < entries.length; i++) {
      int[] ids = entries[i];
      if (ids.length == 1) {
        single[ids[0]] |= infos[i];
      } else {
        long k = key(ids, 0, ids.length);
        spans.put(k, spans.get(k, 0) | infos[i]);
      }
    }
    for (int[] ids : entries) {
      if (ids.length > 1) {
        single[ids[0]] |= PREFIX;
      }
      for (int len = 2; len < ids.length; len++) {
        long k = key(ids, 0, len);
        spans.put(k, spans.get(k, 0) | PREFIX);
      }
    }
    this.index = table(spans);
    this.occurrences = new int[idLimit];
    this.ratios = new int[idLimit];
    for (int id = 0; id < idLimit; id++) {
      long occ = occurrenceSums[id];
      occurrences[id] = (int) Math.min(Integer.MAX_VALUE, occ);
      ratios[id] =
          tenths(ends[id], occ) | tenths(starts[id], occ) << 4 | tenths(alone[id], occ) << 8;
    }
    this.joined = table(pairs);
    this.maxLength = max;
  }

  /** The map as a packed table, its keys added in ascending order. */
  private static PackedTable table(LongIntMap map) {
    long[] keys = map.sortedKeys();
    int[] values = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      values[i] = map.get(keys[i], 0);
    }
    return new PackedTable(keys, values);
  }

  /**
   * A ratio quantized to 0..10, or 11 when the denominator is 0 (nothing known).
   */
  static int tenths(long part, long whole) {
    return whole <= 0 ? 11 : (int) ((part * 10 + whole / 2) / whole);
  }

  /** How often syllable {@code id} ends a word, in tenths of its occurrences. */
  int endRatio(int id) {
    return id < ratios.length ? ratios[id] & 0xF : 11;
  }

  /** How often syllable {@code id} starts a word, in tenths of its occurrences. */
  int startRatio(int id) {
    return id < ratios.length ? (ratios[id] >>> 4) & 0xF : 11;
  }

  /** How often syllable {@code id} is a word alone, in tenths of its occurrences. */
  int aloneRatio(int id) {
    return id < ratios.length ? (ratios[id] >>> 8) & 0xF : 11;
  }

  /**
   * How often syllables {@code a} and {@code b} stand adjacent inside a word, in tenths of the
   * rarer one's occurrences.
   */
  int joinedRatio(int a, int b, int together) {
    if (a >= occurrences.length || b >= occurrences.length) {
      return 11;
    }
    return tenths(together, Math.min(occurrences[a], occurrences[b]));
  }

  /** The summed count of the words in which {@code a b} stand adjacent. */
  int joinedCount(int a, int b) {
    return joined.get(pairKey(a, b));
  }

  private static long pairKey(int a, int b) {
    return Hashing.finish(Hashing.add(Hashing.add(Hashing.start(PAIR_TEMPLATE), a), b));
  }

  int count(int i) {
    return counts[i];
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

  /**
   * Looks up the span {@code ids[from, from + length)}: its word info (0 if it is not a word),
   * with {@link #PREFIX} set if a longer word starts with it.
   */
  int lookup(int[] ids, int from, int length) {
    if (length == 1) {
      int id = ids[from];
      return id < single.length ? single[id] : 0;
    }
    return index.get(key(ids, from, length));
  }

  /**
   * {@link #lookup} read from the packed table itself rather than its {@link ProbeIndex} (the
   * reference the tests compare with).
   */
  int lookupInTable(int[] ids, int from, int length) {
    if (length == 1) {
      int id = ids[from];
      return id < single.length ? single[id] : 0;
    }
    return index.getInTable(key(ids, from, length));
  }

  /** The look-up of a one-syllable span: {@code lookup(new int[] {id}, 0, 1)}. */
  int lookupSingle(int id) {
    return id < single.length ? single[id] : 0;
  }

  /**
   * The state of a span's key after its first syllable: extend it with {@link #extendKey} for each
   * further syllable and look it up with {@link #lookupKey}, which together give {@link #lookup}
   * without hashing the span's first syllables again for each length.
   */
  static long startKey(int firstId) {
    return Hashing.add(Hashing.start(TEMPLATE), firstId);
  }

  /** The state of a span's key after one more syllable. */
  static long extendKey(long state, int id) {
    return Hashing.add(state, id);
  }

  /** {@link #lookup} of a span of two or more syllables whose key state is {@code state}. */
  int lookupKey(long state) {
    return index.get(Hashing.finish(state));
  }

  private static long key(int[] ids, int from, int length) {
    long h = Hashing.start(TEMPLATE);
    for (int i = from; i < from + length; i++) {
      h = Hashing.add(h, ids[i]);
    }
    return Hashing.finish(h);
  }
}
