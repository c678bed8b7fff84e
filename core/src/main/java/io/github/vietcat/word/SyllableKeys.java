package io.github.vietcat.word;

import java.text.Normalizer;

/**
 * Maps a syllable (or any token text) to the key the model's features and lexicon use: lower case,
 * the tone mark moved to the end of the key so that its placement does not matter ("hoà" and
 * "hòa" get the same key), composed and decomposed Unicode alike, the look-alike letters Ð/ð
 * (U+00D0/U+00F0) read as Đ/đ, and every digit read as 0 so that numbers share their features.
 *
 * <p>This is the single place where feature normalization happens; the trainer and the segmenter
 * both go through it, so a model never sees two spellings of one syllable.
 */
final class SyllableKeys {

  /** The five tone marks as combining characters, in tone order 1..5. */
  private static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";

  /** Last char covered by the lookup tables; Vietnamese letters all lie below U+1F00. */
  private static final int TABLE_END = 0x1F00;

  /** For each char below TABLE_END: its lower-case base letter without tone mark. */
  private static final char[] BASE = new char[TABLE_END];

  /** For each char below TABLE_END: its tone (0 = none, 1..5) or -1 if it needs the slow path. */
  private static final byte[] TONE = new byte[TABLE_END];

  private static final byte LETTER = 1;
  private static final byte UPPER = 2;
  private static final byte DIGIT = 4;

  /** For each char below TABLE_END: LETTER, UPPER and DIGIT bits. */
  private static final byte[] CLASS = new byte[TABLE_END];

  static {
    for (int c = 0; c < TABLE_END; c++) {
      char ch = (char) c;
      CLASS[c] = (byte) ((Character.isLetter(ch) ? LETTER : 0)
          | (Character.isUpperCase(ch) ? UPPER : 0)
          | (Character.isDigit(ch) ? DIGIT : 0));
      if (c >= 0x0300 && c < 0x0370) {
        TONE[c] = -1; // a combining mark: compose first
        continue;
      }
      if (c >= '0' && c <= '9') {
        BASE[c] = '0';
        continue;
      }
      String decomposed = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      int tone = 0;
      StringBuilder rest = new StringBuilder(decomposed.length());
      for (int i = 0; i < decomposed.length(); i++) {
        int t = TONE_MARKS.indexOf(decomposed.charAt(i));
        if (t >= 0 && i > 0) {
          tone = t + 1;
        } else {
          rest.append(decomposed.charAt(i));
        }
      }
      String base =
          Normalizer.normalize(rest, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
      if (base.length() != 1) {
        TONE[c] = -1;
        continue;
      }
      char b = base.charAt(0);
      if (b == '\u00f0') {
        b = '\u0111'; // ð (eth) is a look-alike of đ
      }
      BASE[c] = b;
      TONE[c] = (byte) tone;
    }
  }

  /** Chars below this are read from {@link #CODE}; above it the fill computes them. */
  private static final int CODE_END = 0x2070;

  /**
   * For each char below {@link #CODE_END}, all that {@link #fill} needs in one int: the char the key
   * holds for it (bits 0-15), its tone (bits 16-18), the class bits LETTER, UPPER and DIGIT
   * (bits 20-22), and {@link #SLOW} when the text must be composed first. Below {@link #TABLE_END}
   * these come from {@link #BASE}, {@link #TONE} and {@link #CLASS}; from there on (general
   * punctuation mostly: quotes, dashes, ellipses) from the same {@code Character} methods that
   * {@link #fill} calls for any char outside the tables, so the keys are the same either way.
   */
  private static final int[] CODE = new int[CODE_END];

  private static final int SLOW = 1 << 19;

  static {
    for (int c = 0; c < CODE_END; c++) {
      char ch = (char) c;
      if (c < TABLE_END) {
        CODE[c] = TONE[c] < 0 ? SLOW : BASE[c] | TONE[c] << 16 | CLASS[c] << 20;
      } else {
        CODE[c] = Character.toLowerCase(ch) | classOf(ch) << 20;
      }
    }
  }

  private SyllableKeys() {}

  private static int classOf(char c) {
    return (Character.isLetter(c) ? LETTER : 0) | (Character.isUpperCase(c) ? UPPER : 0)
        | (Character.isDigit(c) ? DIGIT : 0);
  }

  /**
   * A reusable buffer for one item's key, the key's hash (as {@link Vocabulary} computes it) and
   * the item's shape; one per call, never shared between threads.
   */
  static final class Buffer {
    char[] chars = new char[32];
    int length;
    int hash;
    byte shape;

    void append(char c) {
      if (length == chars.length) {
        chars = java.util.Arrays.copyOf(chars, length * 2);
      }
      chars[length++] = c;
    }
  }

  /**
   * Fills {@code out} with the key of {@code text}, its hash and the text's shape (see {@link
   * FeatureExtractor#shape}), in one pass over the chars in the common case.
   */
  static void fill(CharSequence text, Buffer out) {
    int length = text.length();
    char[] chars = out.chars;
    if (chars.length < length + 1) {
      chars = new char[Math.max(length + 1, 2 * chars.length)];
      out.chars = chars;
    }
    int tone = 0;
    int letters = 0;
    int upper = 0;
    boolean digit = false;
    boolean firstUpper = false;
    int h = Vocabulary.HASH_SEED;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      int code;
      if (c < CODE_END) {
        code = CODE[c];
        if ((code & SLOW) != 0) {
          slowFill(text, out);
          return;
        }
      } else {
        code = Character.toLowerCase(c) | classOf(c) << 20;
      }
      char base = (char) code;
      chars[i] = base;
      h = (h ^ base) * Vocabulary.HASH_PRIME;
      if (tone == 0) {
        tone = (code >>> 16) & 7;
      }
      int cls = code >>> 20;
      if ((cls & LETTER) != 0) {
        if ((cls & UPPER) != 0) {
          upper++;
          if (letters == 0) {
            firstUpper = true;
          }
        }
        letters++;
      } else if ((cls & DIGIT) != 0) {
        digit = true;
      }
    }
    int keyLength = length;
    if (tone > 0) {
      chars[keyLength++] = (char) tone;
      h = (h ^ tone) * Vocabulary.HASH_PRIME;
    }
    out.length = keyLength;
    out.hash = h ^ (h >>> 15);
    out.shape = digit ? FeatureExtractor.SHAPE_DIGIT
        : letters == 0 ? FeatureExtractor.SHAPE_PUNCT
        : upper == 0 ? FeatureExtractor.SHAPE_LOWER
        : upper == 1 && firstUpper ? FeatureExtractor.SHAPE_TITLE
        : upper == letters ? FeatureExtractor.SHAPE_UPPER
        : FeatureExtractor.SHAPE_MIXED;
  }

  /** {@link #fill} for a text with combining marks: composed first, shape from the text as is. */
  private static void slowFill(CharSequence text, Buffer out) {
    StringBuilder slow = new StringBuilder(text.length() + 1);
    slowKey(text, slow);
    out.length = 0;
    for (int j = 0; j < slow.length(); j++) {
      out.append(slow.charAt(j));
    }
    out.hash = Vocabulary.hash(slow);
    out.shape = FeatureExtractor.shape(text);
  }

  /**
   * {@link #fill} as it was first written, three tables and a second pass for the hash: the
   * reference the tests compare {@link #fill} with.
   */
  static void fillReference(CharSequence text, Buffer out) {
    out.length = 0;
    int tone = 0;
    int letters = 0;
    int upper = 0;
    boolean digit = false;
    boolean firstUpper = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int cls;
      if (c >= TABLE_END) {
        cls = classOf(c);
        out.append(Character.toLowerCase(c));
      } else if (TONE[c] < 0) {
        slowFill(text, out);
        return;
      } else {
        cls = CLASS[c];
        out.append(BASE[c]);
        if (TONE[c] > 0 && tone == 0) {
          tone = TONE[c];
        }
      }
      if ((cls & LETTER) != 0) {
        if ((cls & UPPER) != 0) {
          upper++;
          if (letters == 0) {
            firstUpper = true;
          }
        }
        letters++;
      } else if ((cls & DIGIT) != 0) {
        digit = true;
      }
    }
    if (tone > 0) {
      out.append((char) tone);
    }
    int h = Vocabulary.HASH_SEED;
    for (int i = 0; i < out.length; i++) {
      h = (h ^ out.chars[i]) * Vocabulary.HASH_PRIME;
    }
    out.hash = h ^ (h >>> 15);
    out.shape = digit ? FeatureExtractor.SHAPE_DIGIT
        : letters == 0 ? FeatureExtractor.SHAPE_PUNCT
        : upper == 0 ? FeatureExtractor.SHAPE_LOWER
        : upper == 1 && firstUpper ? FeatureExtractor.SHAPE_TITLE
        : upper == letters ? FeatureExtractor.SHAPE_UPPER
        : FeatureExtractor.SHAPE_MIXED;
  }

  /**
   * Writes the key of {@code text} into {@code out}.
   *
   * @param text a syllable or token text
   * @param out receives the key (cleared first)
   */
  static void key(CharSequence text, StringBuilder out) {
    out.setLength(0);
    int tone = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= TABLE_END) {
        out.append(Character.toLowerCase(c)); // quotes, dashes, symbols, other scripts
        continue;
      }
      if (TONE[c] < 0) {
        slowKey(text, out);
        return;
      }
      out.append(BASE[c]);
      if (TONE[c] > 0 && tone == 0) {
        tone = TONE[c];
      }
    }
    if (tone > 0) {
      out.append((char) tone); // U+0001..U+0005 never occur in a key otherwise
    }
  }

  /** The key of {@code text} as a string. */
  static String key(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length() + 1);
    key(text, sb);
    return sb.toString();
  }

  /** Composes the text first, then maps it; chars outside the tables are lower-cased as is. */
  private static void slowKey(CharSequence text, StringBuilder out) {
    out.setLength(0);
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    int tone = 0;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (c < TABLE_END && TONE[c] >= 0) {
        out.append(BASE[c]);
        if (TONE[c] > 0 && tone == 0) {
          tone = TONE[c];
        }
      } else if (c >= 0x0300 && c < 0x0370) {
        int t = TONE_MARKS.indexOf(c);
        if (t >= 0) {
          if (tone == 0) {
            tone = t + 1;
          }
        } else {
          out.append(c); // a combining mark with no precomposed form: keep it
        }
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    if (tone > 0) {
      out.append((char) tone);
    }
  }
}
