package io.github.vietcat.word;

import java.util.Set;

/**
 * Scores a gap as {@link FeatureExtractor.Context#features} and {@link
 * FeatureExtractor.Context#decisionFeatures} followed by {@link FeatureWeights#weight} would, with
 * the same float additions in the same order, but without hashing the features whose values come
 * from a small set: for those (shapes, lexicon span infos, lengths, matching flags) the weight of
 * every possible value is looked up once, when the model is built, through the very same key and
 * table, and kept in a dense array. Only the features that hold syllable ids are still hashed at
 * run time.
 *
 * <p>Every feature's weight is added, zero or not, in the hashed path's order, so the score is that
 * path's float bit for bit, and so is every decision; {@code GapScorerTest} checks it on random
 * sequences.
 *
 * <p>Immutable and thread-safe.
 */
final class GapScorer {

  /** Shapes are below this (see {@link FeatureExtractor}'s SHAPE_ constants); 3 bits. */
  static final int SHAPES = 8;

  /** Lexicon infos (bucket and flags, without {@link Lexicon#PREFIX}) are below this. */
  static final int INFOS = 256;

  private final FeatureWeights weights;
  private final Lexicon lexicon;
  private final int maxSpan;
  private final boolean unigrams;
  private final boolean bigrams;
  private final boolean trigrams;
  private final boolean shapes;
  private final boolean spans;
  private final boolean edges;
  private final boolean matching;
  private final boolean shapedSyllables;
  private final boolean statistics;
  private final boolean currentWord;
  private final boolean syllableLexicon;
  private final boolean wordContext;
  /** How many features precede the first lexicon span feature (the early stop counts them). */
  private final int beforeSpans;

  private final float bias;
  /** Template 11 by (sb, sc, first gap). */
  private final float[] shapePair;
  /** Template 12 by (sa, sb, sc, sd). */
  private final float[] shapeWindow;
  /** Template 21 by (sb, sc, first gap, pair info). */
  private final float[] shapedPair;
  /** Template 13 by (pair info, sb, sc). */
  private final float[] pairSpan;
  /** Template 14 by (length, gap offset, bucket). */
  private final float[] coveringSpan;
  /** Template 17 by (longest length, its info). */
  private final float[] longestSpan;
  /** Template 15 by (longest ending before, longest starting after). */
  private final float[] edge;
  /** Template 16 by (forward cut, backward cut). */
  private final float[] matched;
  /** Template 26 by (length up to 5, bucket now, bucket extended). */
  private final float[] wordBuckets;
  /** Template 27 by (length up to 5, shape before, shape after). */
  private final float[] wordShapes;
  /** One more than the largest syllable id the per-id tables cover. */
  private final int idLimit;
  /** Templates 18 and 19 by (syllable id, shape of the other syllable). */
  private final IdTable syllableShape;
  private final IdTable shapeSyllable;

  GapScorer(Set<FeatureGroup> groups, Lexicon lexicon, FeatureWeights weights, int idLimit) {
    this.weights = weights;
    this.idLimit = idLimit;
    this.lexicon = lexicon;
    this.maxSpan = lexicon.maxLength();
    this.unigrams = groups.contains(FeatureGroup.SYLLABLE_UNIGRAMS);
    this.bigrams = groups.contains(FeatureGroup.SYLLABLE_BIGRAMS);
    this.trigrams = groups.contains(FeatureGroup.SYLLABLE_TRIGRAMS);
    this.shapes = groups.contains(FeatureGroup.SHAPES);
    this.spans = groups.contains(FeatureGroup.LEXICON_SPANS);
    this.edges = groups.contains(FeatureGroup.LEXICON_EDGES);
    this.matching = groups.contains(FeatureGroup.MAXIMAL_MATCHING);
    this.shapedSyllables = groups.contains(FeatureGroup.SHAPED_SYLLABLES);
    this.statistics = groups.contains(FeatureGroup.LEXICON_STATISTICS);
    this.currentWord = groups.contains(FeatureGroup.CURRENT_WORD);
    this.syllableLexicon = groups.contains(FeatureGroup.SYLLABLE_LEXICON);
    this.wordContext = groups.contains(FeatureGroup.WORD_CONTEXT);
    this.beforeSpans = 1 + (unigrams ? 4 : 0) + (bigrams ? 3 : 0) + (trigrams ? 2 : 0)
        + (shapes ? 4 : 0) + (shapedSyllables ? 2 : 0) + (statistics ? 4 : 0)
        + (syllableLexicon ? 4 : 0) + 1;

    bias = weights.weight(FeatureExtractor.key(1));
    shapePair = new float[SHAPES * SHAPES * 2];
    shapeWindow = new float[SHAPES * SHAPES * SHAPES * SHAPES];
    if (shapes) {
      for (int sb = 0; sb < SHAPES; sb++) {
        for (int sc = 0; sc < SHAPES; sc++) {
          for (int first = 0; first < 2; first++) {
            shapePair[(sb * SHAPES + sc) * 2 + first] =
                weights.weight(FeatureExtractor.key(11, sb, sc, first));
          }
          for (int sa = 0; sa < SHAPES; sa++) {
            for (int sd = 0; sd < SHAPES; sd++) {
              shapeWindow[((sa * SHAPES + sb) * SHAPES + sc) * SHAPES + sd] =
                  weights.weight(FeatureExtractor.key(12, sa, sb, sc * 8 + sd));
            }
          }
        }
      }
    }
    shapedPair = new float[shapedSyllables ? SHAPES * SHAPES * 2 * INFOS : 0];
    if (shapedSyllables) {
      for (int pair = 0; pair < SHAPES * SHAPES; pair++) {
        for (int first = 0; first < 2; first++) {
          for (int info = 0; info < INFOS; info++) {
            shapedPair[(pair * 2 + first) * INFOS + info] =
                weights.weight(FeatureExtractor.key(21, pair, first, info));
          }
        }
      }
    }
    int lengths = maxSpan + 1;
    pairSpan = new float[spans ? INFOS * SHAPES * SHAPES : 0];
    coveringSpan = new float[spans ? lengths * lengths * 16 : 0];
    longestSpan = new float[spans ? lengths * INFOS : 0];
    if (spans) {
      for (int info = 0; info < INFOS; info++) {
        for (int sb = 0; sb < SHAPES; sb++) {
          for (int sc = 0; sc < SHAPES; sc++) {
            pairSpan[(info * SHAPES + sb) * SHAPES + sc] =
                weights.weight(FeatureExtractor.key(13, info, sb, sc));
          }
        }
      }
      for (int len = 0; len < lengths; len++) {
        for (int offset = 0; offset < lengths; offset++) {
          for (int bucket = 0; bucket < 16; bucket++) {
            coveringSpan[(len * lengths + offset) * 16 + bucket] =
                weights.weight(FeatureExtractor.key(14, len, offset, bucket));
          }
        }
        for (int info = 0; info < INFOS; info++) {
          longestSpan[len * INFOS + info] = weights.weight(FeatureExtractor.key(17, len, info));
        }
      }
    }
    edge = new float[edges ? lengths * lengths : 0];
    if (edges) {
      for (int to = 0; to < lengths; to++) {
        for (int from = 0; from < lengths; from++) {
          edge[to * lengths + from] = weights.weight(FeatureExtractor.key(15, to, from));
        }
      }
    }
    matched = new float[4];
    if (matching) {
      for (int f = 0; f < 2; f++) {
        for (int b = 0; b < 2; b++) {
          matched[f * 2 + b] = weights.weight(FeatureExtractor.key(16, f, b));
        }
      }
    }
    wordBuckets = new float[currentWord ? 6 * 16 * 16 : 0];
    wordShapes = new float[currentWord ? 6 * SHAPES * SHAPES : 0];
    if (currentWord) {
      for (int len = 0; len < 6; len++) {
        for (int now = 0; now < 16; now++) {
          for (int extended = 0; extended < 16; extended++) {
            wordBuckets[(len * 16 + now) * 16 + extended] =
                weights.weight(FeatureExtractor.key(26, len, now, extended));
          }
        }
        for (int sb = 0; sb < SHAPES; sb++) {
          for (int sc = 0; sc < SHAPES; sc++) {
            wordShapes[(len * SHAPES + sb) * SHAPES + sc] =
                weights.weight(FeatureExtractor.key(27, len, sb, sc));
          }
        }
      }
    }
    syllableShape = shapes ? new IdTable(weights, 18, true, idLimit) : null;
    shapeSyllable = shapes ? new IdTable(weights, 19, false, idLimit) : null;
  }

  /**
   * The weights of one template for each syllable id and a small second value (below {@link
   * #SHAPES}), stored only where they are not zero: per id, the bit set of the values with a
   * weight and where its weights start in one array.
   */
  private static final class IdTable {
    /** Per id: (start in {@link #values} << 8) | bit set of the values with a weight. */
    private final int[] entries;
    private final float[] values;

    IdTable(FeatureWeights weights, int template, boolean idFirst, int idLimit) {
      entries = new int[idLimit];
      float[] found = new float[SHAPES];
      float[] all = new float[64];
      int count = 0;
      for (int id = 0; id < idLimit; id++) {
        int bits = 0;
        for (int v = 0; v < SHAPES; v++) {
          float w = weights.weight(idFirst
              ? FeatureExtractor.key(template, id, v) : FeatureExtractor.key(template, v, id));
          if (w != 0f) {
            found[Integer.bitCount(bits)] = w;
            bits |= 1 << v;
          }
        }
        if (bits != 0) {
          int k = Integer.bitCount(bits);
          if (count + k > all.length) {
            all = java.util.Arrays.copyOf(all, Math.max(count + k, 2 * all.length));
          }
          System.arraycopy(found, 0, all, count, k);
          entries[id] = count << 8 | bits;
          count += k;
        }
      }
      values = java.util.Arrays.copyOf(all, count);
    }

    /** The weight for {@code id} (below the table's id limit) and {@code value} (below 8). */
    float weight(int id, int value) {
      int entry = entries[id];
      int bit = 1 << value;
      if ((entry & bit) == 0) {
        return 0f;
      }
      return values[(entry >>> 8) + Integer.bitCount(entry & (bit - 1))];
    }
  }

  /**
   * Whether every shape is one the dense tables cover; the model falls back to the hashed path
   * otherwise (the segmenter never makes such shapes).
   */
  static boolean coversShapes(byte[] shapeOf, int n) {
    for (int i = 0; i < n; i++) {
      if (shapeOf[i] < 0 || shapeOf[i] >= SHAPES) {
        return false;
      }
    }
    return true;
  }

  /**
   * The score of gap {@code g} (the sum of its features' weights) when the current word started
   * at item {@code wordStart}: bit for bit the hashed path's sum.
   */
  float score(FeatureExtractor.Context x, int g, int wordStart) {
    final int n = x.n;
    final int[] ids = x.ids;
    float score = 0f;
    score += bias; // as the hashed path adds it to 0f (which matters for a bias of -0f)
    int a = g >= 2 ? ids[g - 2] : Vocabulary.BEFORE;
    int b = ids[g - 1];
    int c = ids[g];
    int d = g + 1 < n ? ids[g + 1] : Vocabulary.AFTER;
    if (unigrams) {
      score = add(score, FeatureExtractor.key(2, b));
      score = add(score, FeatureExtractor.key(3, c));
      score = add(score, FeatureExtractor.key(4, a));
      score = add(score, FeatureExtractor.key(5, d));
    }
    if (bigrams) {
      score = add(score, FeatureExtractor.key(6, b, c));
      score = add(score, FeatureExtractor.key(7, a, b));
      score = add(score, FeatureExtractor.key(8, c, d));
    }
    if (trigrams) {
      score = add(score, FeatureExtractor.key(9, a, b, c));
      score = add(score, FeatureExtractor.key(10, b, c, d));
    }
    final byte[] shapeOf = x.shapeOf;
    int sa = g >= 2 ? shapeOf[g - 2] : FeatureExtractor.SHAPE_PAD;
    int sb = shapeOf[g - 1];
    int sc = shapeOf[g];
    int sd = g + 1 < n ? shapeOf[g + 1] : FeatureExtractor.SHAPE_PAD;
    int first = g == 1 ? 1 : 0;
    final int[] spanInfo = x.spanInfo;
    final int span = maxSpan;
    int pairInfo = spanInfo[(g - 1) * span + 1];
    if (shapes) {
      score = plus(score, shapePair[(sb * SHAPES + sc) * 2 + first]);
      score = plus(score, shapeWindow[((sa * SHAPES + sb) * SHAPES + sc) * SHAPES + sd]);
      score = b >= 0 && b < idLimit ? plus(score, syllableShape.weight(b, sc))
          : add(score, FeatureExtractor.key(18, b, sc));
      score = c >= 0 && c < idLimit ? plus(score, shapeSyllable.weight(c, sb))
          : add(score, FeatureExtractor.key(19, sb, c));
    }
    if (shapedSyllables) {
      score = add(score, FeatureExtractor.key(20, b, c, sb * 8 + sc));
      score = plus(score, shapedPair[((sb * SHAPES + sc) * 2 + first) * INFOS + (pairInfo & 0xFF)]);
    }
    if (statistics) {
      score = add(score, FeatureExtractor.key(22, lexicon.endRatio(b), lexicon.startRatio(c)));
      int together = lexicon.joinedCount(b, c);
      int joinedRatio = lexicon.joinedRatio(b, c, together);
      score = add(score, FeatureExtractor.key(23, joinedRatio, Lexicon.bucket(together)));
      score = add(score, FeatureExtractor.key(24, lexicon.aloneRatio(b), lexicon.aloneRatio(c)));
      score = add(score,
          FeatureExtractor.key(25, joinedRatio, lexicon.endRatio(b), lexicon.startRatio(c)));
    }
    if (syllableLexicon) {
      int pair = pairInfo & Lexicon.BUCKET_MASK;
      int left = g >= 2 ? spanInfo[(g - 2) * span + 1] & Lexicon.BUCKET_MASK : 0;
      int right = g + 2 <= n ? spanInfo[g * span + 1] & Lexicon.BUCKET_MASK : 0;
      score = add(score, FeatureExtractor.key(28, b, pair > 0 ? 1 + pair / 4 : 0));
      score = add(score, FeatureExtractor.key(29, c, pair > 0 ? 1 + pair / 4 : 0));
      score = add(score, FeatureExtractor.key(30, b, left > 0 ? 1 : 0, pair > 0 ? 1 : 0));
      score = add(score, FeatureExtractor.key(31, c, right > 0 ? 1 : 0, pair > 0 ? 1 : 0));
    }
    boolean stopped = false;
    if (spans) {
      score = plus(score, pairSpan[(pairInfo * SHAPES + sb) * SHAPES + sc]);
      int k = beforeSpans;
      int longest = 0;
      int longestInfo = 0;
      int lengths = span + 1;
      search:
      for (int len = 2; len <= span; len++) {
        for (int s = Math.max(0, g - len + 1); s <= g - 1 && s + len <= n; s++) {
          int info = spanInfo[s * span + len - 1];
          if (info != 0) {
            score = plus(score,
                coveringSpan[(len * lengths + g - s) * 16 + (info & Lexicon.BUCKET_MASK)]);
            k++;
            if (len > longest) {
              longest = len;
              longestInfo = info;
            }
            if (k >= FeatureExtractor.MAX_FEATURES - 8) {
              stopped = true; // the hashed path returns here: no template 17, 15 or 16
              break search;
            }
          }
        }
      }
      if (!stopped) {
        score = plus(score, longestSpan[longest * INFOS + longestInfo]);
      }
    }
    if (!stopped) {
      if (edges) {
        score = plus(score, edge[x.longestTo[g - 1] * (span + 1) + x.longestFrom[g]]);
      }
      if (matching) {
        score = plus(score, matched[(x.forwardCut[g] ? 2 : 0) + (x.backwardCut[g] ? 1 : 0)]);
      }
    }
    if (wordContext) {
      int length = Math.min(g - wordStart, 4);
      score = add(score, FeatureExtractor.key(32, length, ids[wordStart], c));
      score = add(score, FeatureExtractor.key(33, length, b, c));
    }
    if (currentWord) {
      int length = g - wordStart;
      int now = length <= span ? spanInfo[wordStart * span + length - 1] & Lexicon.BUCKET_MASK : 0;
      int extended =
          length + 1 <= span ? spanInfo[wordStart * span + length] & Lexicon.BUCKET_MASK : 0;
      int shortLength = Math.min(length, 5);
      score = plus(score, wordBuckets[(shortLength * 16 + now) * 16 + extended]);
      score = plus(score, wordShapes[(shortLength * SHAPES + sb) * SHAPES + sc]);
    }
    return score;
  }

  private float add(float score, long key) {
    return plus(score, weights.weight(key));
  }

  private static float plus(float score, float weight) {
    return score + weight;
  }
}
