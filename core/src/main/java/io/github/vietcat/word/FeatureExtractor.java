package io.github.vietcat.word;

import java.util.Set;

/**
 * Computes the features of every gap between two items of a sequence, as 64-bit hashed keys: no
 * strings and no boxing, so that scoring is a handful of table lookups per gap.
 *
 * <p>The gap {@code g} (1 &le; g &lt; n) lies between item {@code g - 1} and item {@code g}. An
 * extractor is immutable; the per-sequence work lives in a {@link Context}.
 */
final class FeatureExtractor {

  /** Shape of a padding position. */
  static final byte SHAPE_PAD = 0;
  static final byte SHAPE_LOWER = 1;
  static final byte SHAPE_TITLE = 2;
  static final byte SHAPE_UPPER = 3;
  static final byte SHAPE_DIGIT = 4;
  static final byte SHAPE_PUNCT = 5;
  static final byte SHAPE_MIXED = 6;

  /** The most features one gap can have. */
  static final int MAX_FEATURES = 64;

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

  FeatureExtractor(Lexicon lexicon, Set<FeatureGroup> groups) {
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
  }

  /** The shape of a surface text: case and character class. */
  static byte shape(CharSequence text) {
    int letters = 0;
    int upper = 0;
    boolean digit = false;
    boolean firstUpper = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isUpperCase(c)) {
          upper++;
          if (letters == 0) {
            firstUpper = true;
          }
        }
        letters++;
      } else if (c >= '0' && c <= '9' || Character.isDigit(c)) {
        digit = true;
      }
    }
    if (digit) {
      return SHAPE_DIGIT;
    }
    if (letters == 0) {
      return SHAPE_PUNCT;
    }
    if (upper == 0) {
      return SHAPE_LOWER;
    }
    if (upper == 1 && firstUpper) {
      return SHAPE_TITLE;
    }
    return upper == letters ? SHAPE_UPPER : SHAPE_MIXED;
  }

  /** Per-sequence lexicon look-ups, computed once and shared by all gaps. */
  final class Context {
    final int[] ids;
    final byte[] shapeOf;
    final int n;
    /** info of the span [i, i + len): spanInfo[i * maxSpan + len - 1]. */
    final int[] spanInfo;
    /** Length of the longest lexicon word starting at i (0 if none). */
    final int[] longestFrom;
    /** Length of the longest lexicon word ending at i (0 if none). */
    final int[] longestTo;
    /** Whether left-to-right greedy matching puts a boundary before item i. */
    final boolean[] forwardCut;
    /** Whether right-to-left greedy matching puts a boundary before item i. */
    final boolean[] backwardCut;

    Context(int[] ids, byte[] shapeOf, int n) {
      this.ids = ids;
      this.shapeOf = shapeOf;
      this.n = n;
      this.spanInfo = new int[n * maxSpan];
      this.longestFrom = new int[n];
      this.longestTo = new int[n];
      for (int i = 0; i < n; i++) {
        if (ids[i] == Vocabulary.UNKNOWN) {
          continue;
        }
        int limit = Math.min(maxSpan, n - i);
        long state = Lexicon.startKey(ids[i]); // the key of the span, extended one id at a time
        for (int len = 1; len <= limit; len++) {
          if (ids[i + len - 1] == Vocabulary.UNKNOWN) {
            break;
          }
          int found;
          if (len == 1) {
            found = lexicon.lookupSingle(ids[i]);
          } else {
            state = Lexicon.extendKey(state, ids[i + len - 1]);
            found = lexicon.lookupKey(state);
          }
          int info = found & ~Lexicon.PREFIX;
          spanInfo[i * maxSpan + len - 1] = info;
          if (info != 0) {
            longestFrom[i] = len;
            int end = i + len - 1;
            if (len > longestTo[end]) {
              longestTo[end] = len;
            }
          }
          if ((found & Lexicon.PREFIX) == 0) {
            break; // no longer word starts with this span
          }
        }
      }
      if (matching) {
        forwardCut = new boolean[n + 1];
        backwardCut = new boolean[n + 1];
        int i = 0;
        while (i < n) {
          forwardCut[i] = true;
          i += Math.max(1, longestFrom[i]);
        }
        int end = n;
        while (end > 0) {
          backwardCut[end] = true;
          end -= Math.max(1, longestTo[end - 1]);
        }
      } else {
        forwardCut = null;
        backwardCut = null;
      }
    }

    /**
     * Writes the keys of the features that depend on earlier decisions: the current word starts
     * at item {@code wordStart} and ends at item {@code g - 1}.
     *
     * @return how many were written
     */
    int decisionFeatures(int g, int wordStart, long[] out, int offset) {
      int k = 0;
      if (wordContext) {
        int length = Math.min(g - wordStart, 4);
        out[offset + k++] = key(32, length, id(wordStart), id(g));
        out[offset + k++] = key(33, length, id(g - 1), id(g));
      }
      if (!currentWord) {
        return k;
      }
      offset += k;
      int length = g - wordStart;
      int now = length <= maxSpan ? info(wordStart, length) & Lexicon.BUCKET_MASK : 0;
      int extended = length + 1 <= maxSpan ? info(wordStart, length + 1) & Lexicon.BUCKET_MASK : 0;
      out[offset] = key(26, Math.min(length, 5), now, extended);
      out[offset + 1] = key(27, Math.min(length, 5), shapeAt(g - 1), shapeAt(g));
      return k + 2;
    }

    int info(int from, int len) {
      return spanInfo[from * maxSpan + len - 1];
    }

    private int id(int i) {
      return i < 0 ? Vocabulary.BEFORE : i >= n ? Vocabulary.AFTER : ids[i];
    }

    private int shapeAt(int i) {
      return i < 0 || i >= n ? SHAPE_PAD : shapeOf[i];
    }

    /**
     * Writes the keys of the features of gap {@code g} into {@code out}.
     *
     * @return how many were written
     */
    int features(int g, long[] out) {
      int k = 0;
      int a = id(g - 2);
      int b = id(g - 1);
      int c = id(g);
      int d = id(g + 1);
      out[k++] = key(1);
      if (unigrams) {
        out[k++] = key(2, b);
        out[k++] = key(3, c);
        out[k++] = key(4, a);
        out[k++] = key(5, d);
      }
      if (bigrams) {
        out[k++] = key(6, b, c);
        out[k++] = key(7, a, b);
        out[k++] = key(8, c, d);
      }
      if (trigrams) {
        out[k++] = key(9, a, b, c);
        out[k++] = key(10, b, c, d);
      }
      int sa = shapeAt(g - 2);
      int sb = shapeAt(g - 1);
      int sc = shapeAt(g);
      int sd = shapeAt(g + 1);
      if (shapes) {
        out[k++] = key(11, sb, sc, g == 1 ? 1 : 0);
        out[k++] = key(12, sa, sb, sc * 8 + sd);
        out[k++] = key(18, b, sc);
        out[k++] = key(19, sb, c);
      }
      if (shapedSyllables) {
        out[k++] = key(20, b, c, sb * 8 + sc);
        out[k++] = key(21, sb * 8 + sc, g == 1 ? 1 : 0, info(g - 1, 2) & 0xFF);
      }
      if (statistics) {
        out[k++] = key(22, lexicon.endRatio(b), lexicon.startRatio(c));
        int together = lexicon.joinedCount(b, c);
        int joinedRatio = lexicon.joinedRatio(b, c, together);
        out[k++] = key(23, joinedRatio, Lexicon.bucket(together));
        out[k++] = key(24, lexicon.aloneRatio(b), lexicon.aloneRatio(c));
        out[k++] = key(25, joinedRatio, lexicon.endRatio(b), lexicon.startRatio(c));
      }
      if (syllableLexicon) {
        int pair = info(g - 1, 2) & Lexicon.BUCKET_MASK;
        int left = g >= 2 ? info(g - 2, 2) & Lexicon.BUCKET_MASK : 0;
        int right = g + 2 <= n ? info(g, 2) & Lexicon.BUCKET_MASK : 0;
        out[k++] = key(28, b, pair > 0 ? 1 + pair / 4 : 0);
        out[k++] = key(29, c, pair > 0 ? 1 + pair / 4 : 0);
        out[k++] = key(30, b, left > 0 ? 1 : 0, pair > 0 ? 1 : 0);
        out[k++] = key(31, c, right > 0 ? 1 : 0, pair > 0 ? 1 : 0);
      }
      if (spans) {
        int pairInfo = g + 1 <= n ? info(g - 1, 2) : 0;
        out[k++] = key(13, pairInfo, sb, sc);
        int longest = 0;
        int longestInfo = 0;
        for (int len = 2; len <= maxSpan; len++) {
          for (int s = Math.max(0, g - len + 1); s <= g - 1 && s + len <= n; s++) {
            int info = info(s, len);
            if (info != 0) {
              out[k++] = key(14, len, g - s, info & Lexicon.BUCKET_MASK);
              if (len > longest) {
                longest = len;
                longestInfo = info;
              }
              if (k >= MAX_FEATURES - 8) {
                return k;
              }
            }
          }
        }
        out[k++] = key(17, longest, longestInfo);
      }
      if (edges) {
        out[k++] = key(15, longestTo[g - 1], longestFrom[g]);
      }
      if (matching) {
        out[k++] = key(16, forwardCut[g] ? 1 : 0, backwardCut[g] ? 1 : 0);
      }
      return k;
    }
  }

  /** The key of a feature that has no value: the bias. */
  static long key(int template) {
    return Hashing.finish(Hashing.start(template));
  }

  static long key(int template, int x) {
    return Hashing.finish(Hashing.add(Hashing.start(template), x));
  }

  static long key(int template, int x, int y) {
    return Hashing.finish(Hashing.add(Hashing.add(Hashing.start(template), x), y));
  }

  static long key(int template, int x, int y, int z) {
    return Hashing.finish(Hashing.add(Hashing.add(Hashing.add(Hashing.start(template), x), y), z));
  }
}
