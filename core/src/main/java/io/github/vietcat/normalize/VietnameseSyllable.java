package io.github.vietcat.normalize;

import java.util.Objects;

/**
 * Checks whether a word is a well-formed Vietnamese syllable, by its structure: an optional onset
 * consonant (one of the 27 onsets of the standard orthography, such as {@code b}, {@code ngh},
 * {@code qu}, {@code gi}), a rhyme from the closed list of Vietnamese rhymes (vowel nucleus with its
 * glides and final consonant, such as {@code oanh}, {@code ương}, {@code uyêt}) and at most one tone
 * mark. It also applies the spelling rules that tie them together:
 *
 * <ul>
 *   <li>{@code k}, {@code gh}, {@code ngh} only before {@code e, ê, i, y}; {@code c}, {@code g},
 *       {@code ng} never before them;
 *   <li>a rhyme closed by a stop ({@code c, ch, p, t}) carries the sắc or nặng tone;
 *   <li>{@code q} only as {@code qu}.
 * </ul>
 *
 * <p>Case is ignored; Ð/ð count as Đ/đ. Loan syllables spelt the Vietnamese way ({@code xoong},
 * {@code soóc}) and the final {@code k} of Central Highlands names ({@code Đắk Lắk}) are accepted; words such as "Facebook", "online", "covid" or "top" are not. This is
 * what tells a Vietnamese syllable from a foreign word in the tokenizer. Thread-safe, no state.
 */
public final class VietnameseSyllable {

  /** Every rhyme of the standard orthography, without tone. */
  private static final String RHYMES =
      "a ac ach ai am an ang anh ao ap at au ay "
          + "ăc ăm ăn ăng ăp ăt "
          + "âc âm ân âng âp ât âu ây "
          + "e ec em en eng eo ep et "
          + "ê êch êm ên ênh êp êt êu "
          + "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu "
          + "y yêm yên yêng yêt yêu "
          + "o oc oi om on ong op ot ooc oong "
          + "oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt "
          + "oe oen oeo oet "
          + "ô ôc ôi ôm ôn ông ôp ôt "
          + "ơ ơi ơm ơn ơp ơt "
          + "u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt "
          + "uân uâng uât uây "
          + "uê uêch uênh "
          + "uy uya uych uynh uyp uyt uyu uyên uyêt "
          + "uơ "
          + "ư ưa ưc ưi ưm ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu "
          // final k, used in Central Highlands names written the Vietnamese way: Đắk Lắk, Búk
          + "ak ăk âk ek êk ok ôk ơk uk ưk";

  /** The rhymes' packed keys (5 bits a letter) in an open-addressing table; 0 marks a free slot. */
  private static final int[] RHYME_TABLE = new int[1024];

  static {
    for (String rhyme : RHYMES.split(" ")) {
      int key = 0;
      for (int k = 0; k < rhyme.length(); k++) {
        key |= VietnameseLetters.code(rhyme.charAt(k)) << (5 * k); // first letter lowest
      }
      int slot = slot(key);
      while (RHYME_TABLE[slot] != 0) {
        slot = (slot + 1) & (RHYME_TABLE.length - 1);
      }
      RHYME_TABLE[slot] = key;
    }
  }

  private static int slot(int key) {
    return (key * 0x9E3779B1) >>> 22;
  }

  private static boolean containsRhyme(int key) {
    int slot = slot(key);
    while (true) {
      int entry = RHYME_TABLE[slot];
      if (entry == key) {
        return true;
      }
      if (entry == 0) {
        return false;
      }
      slot = (slot + 1) & (RHYME_TABLE.length - 1);
    }
  }

  /** The longest syllable has seven letters ("nghiêng"). */
  private static final int MAX_LETTERS = 7;

  private VietnameseSyllable() {}

  /**
   * Whether the whole text is one Vietnamese syllable.
   *
   * @param text the candidate, such as "Nguyễn" or "hoà"
   * @return true for a well-formed syllable
   * @throws NullPointerException if text is null
   */
  public static boolean isValid(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return parse(text, 0, text.length()) >= 0;
  }

  /**
   * Whether {@code text[start, end)} is one Vietnamese syllable, without copying it.
   *
   * @param text the text
   * @param start the first char
   * @param end after the last char
   * @return true for a well-formed syllable
   */
  public static boolean isValid(CharSequence text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    return parse(text, start, end) >= 0;
  }

  /**
   * Whether c is a vowel letter of the Vietnamese alphabet (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y),
   * with any tone, in either case.
   *
   * @param c a char
   * @return true for a vowel letter
   */
  public static boolean isVowelLetter(char c) {
    return VietnameseLetters.isVowel(VietnameseLetters.code(c));
  }

  /** How a word relates to the syllable structure and the canonical tone placement. */
  public enum Form {
    /** Not a Vietnamese syllable. */
    NOT_A_SYLLABLE,
    /** A syllable with its tone mark, if any, in the canonical place. */
    CANONICAL,
    /** A syllable whose tone mark {@link ToneMarks#canonical(String)} would move ("hòa"). */
    TONE_MISPLACED
  }

  /**
   * Checks {@code text[start, end)} in one pass: whether it is a syllable, and whether its tone mark
   * is in the canonical place.
   *
   * @param text the text
   * @param start the first char
   * @param end after the last char
   * @return the word's form
   */
  public static Form form(CharSequence text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length());
    return form(parse(text, start, end));
  }

  /**
   * {@link #form(CharSequence, int, int)} over a char array.
   *
   * @param text the text
   * @param start the first char
   * @param end after the last char
   * @return the word's form
   */
  public static Form form(char[] text, int start, int end) {
    Objects.requireNonNull(text, "text");
    Objects.checkFromToIndex(start, end, text.length);
    return form(parse(text, start, end));
  }

  private static Form form(int parsed) {
    if (parsed < 0) {
      return Form.NOT_A_SYLLABLE;
    }
    return tone(parsed) == 0 || tonePosition(parsed) == canonicalTonePosition(parsed)
        ? Form.CANONICAL : Form.TONE_MISPLACED;
  }

  // Result of parse(): -1 when invalid, else packed fields.
  static int tone(int parsed) {
    return parsed >>> 4 & 0x7;
  }

  /** Position (relative to start) of the char carrying the tone, meaningful when tone != 0. */
  static int tonePosition(int parsed) {
    return parsed >>> 8 & 0xF;
  }

  /** Position (relative to start) where the canonical placement puts the tone. */
  static int canonicalTonePosition(int parsed) {
    return parsed >>> 12 & 0xF;
  }

  /**
   * Parses {@code text[start, end)}: -1 if it is not a syllable; otherwise a packed int with the
   * tone, its current position and its canonical position.
   */
  static int parse(CharSequence text, int start, int end) {
    int n = end - start;
    if (n <= 0 || n > MAX_LETTERS) {
      return -1;
    }
    // A syllable has at most MAX_LETTERS chars: copying them costs less than keeping a second
    // copy of the parser for CharSequence.
    char[] letters = new char[n];
    for (int k = 0; k < n; k++) {
      letters[k] = text.charAt(start + k);
    }
    return parse(letters, 0, n);
  }

  /** {@link #parse(CharSequence, int, int)} over a char array, for the tokenizer's hot loop. */
  static int parse(char[] text, int start, int end) {
    int n = end - start;
    if (n <= 0 || n > MAX_LETTERS) {
      return -1;
    }
    int tone = 0;
    int tonePos = 0;
    long codes = 0;
    for (int k = 0; k < n; k++) {
      int info = VietnameseLetters.info(text[start + k]);
      int code = info & 0x1F;
      if (code == 0) {
        return -1;
      }
      int t = info >>> 5;
      if (t != 0) {
        if (tone != 0) {
          return -1; // two tone marks
        }
        tone = t;
        tonePos = k;
      }
      codes |= (long) code << (5 * k);
    }
    return parseCodes(codes, n, tone, tonePos);
  }

  private static int parseCodes(long codes, int n, int tone, int tonePos) {
    int onsetLength = onsetLength(codes, n);
    int rhymeStart = onsetLength;
    if (onsetLength == 2 && at(codes, 0) == VietnameseLetters.G && at(codes, 1) == VietnameseLetters.I) {
      if (n == 2 || !VietnameseLetters.isVowel(at(codes, 2)) || at(codes, 2) == VietnameseLetters.E_CIRC) {
        rhymeStart = 1;
      }
    }
    if (rhymeStart >= n) {
      return -1; // no rhyme at all
    }
    int first = at(codes, rhymeStart);
    if (!VietnameseLetters.isVowel(first)) {
      return -1;
    }
    boolean valid;
    if (onsetLength == 2 && at(codes, 0) == VietnameseLetters.Q) {
      // "qu": the u is a glide of the onset; "quyết" = qu + yêt, "quốc" = qu + ôc
      valid = first != VietnameseLetters.U && first != VietnameseLetters.U_HORN
          && first != VietnameseLetters.O
          && (isRhyme(codes, rhymeStart, n, 0) || isRhyme(codes, rhymeStart, n, VietnameseLetters.U));
    } else {
      valid = isRhyme(codes, rhymeStart, n, 0) && spellingAgrees(codes, onsetLength, first);
    }
    if (!valid) {
      return -1;
    }
    int last = at(codes, n - 1);
    boolean stopFinal = last == C || last == P || last == T || last == K
        || (last == H && n >= 2 && at(codes, n - 2) == C);
    if (stopFinal && tone != VietnameseLetters.SAC && tone != VietnameseLetters.NANG) {
      return -1;
    }
    int target = tone == 0 ? 0 : canonicalPosition(codes, rhymeStart, n);
    return 0x10000 | tone << 4 | tonePos << 8 | target << 12;
  }

  private static int code(char c) {
    return VietnameseLetters.code(c);
  }

  private static int at(long codes, int k) {
    return (int) (codes >>> (5 * k) & 0x1F);
  }

  private static final int B = 4; // b
  private static final int C = 5; // c
  private static final int D = 6; // d
  private static final int DD = 7; // đ
  private static final int H = 11; // h
  private static final int K = 13; // k
  private static final int L = 14; // l
  private static final int M = 15; // m
  private static final int N = 16; // n
  private static final int P = 20; // p
  private static final int R = 22; // r
  private static final int S = 23; // s
  private static final int T = 24; // t
  private static final int V = 27; // v
  private static final int X = 28; // x

  /**
   * Length of the longest onset at the start (one of b c ch d đ g gh gi h k kh l m n ng ngh nh p
   * ph qu r s t th tr v x); 0 when the syllable starts with a vowel or has no valid onset.
   */
  private static int onsetLength(long codes, int n) {
    int c0 = at(codes, 0);
    int c1 = n > 1 ? at(codes, 1) : 0;
    int length = ONSET_LENGTH[c0 << 5 | c1];
    if (length == 2 && c0 == N && c1 == VietnameseLetters.G && n > 2 && at(codes, 2) == H) {
      return 3; // ngh
    }
    return length;
  }

  /** Onset length by its first two letter codes: one lookup instead of a chain of tests. */
  private static final byte[] ONSET_LENGTH = onsetLengths();

  private static byte[] onsetLengths() {
    byte[] table = new byte[32 * 32];
    int[] single = {B, C, D, DD, VietnameseLetters.G, H, K, L, M, N, P, R, S, T, V, X};
    for (int c0 : single) {
      for (int c1 = 0; c1 < 32; c1++) {
        table[c0 << 5 | c1] = 1;
      }
    }
    int[][] pairs = {
      {C, H}, {K, H}, {P, H}, {T, H}, {T, R}, {VietnameseLetters.G, H},
      {VietnameseLetters.G, VietnameseLetters.I}, {N, VietnameseLetters.G}, {N, H},
      {VietnameseLetters.Q, VietnameseLetters.U}
    };
    for (int[] pair : pairs) {
      table[pair[0] << 5 | pair[1]] = 2;
    }
    return table;
  }


  private static boolean spellingAgrees(long codes, int onsetLength, int firstRhymeLetter) {
    if (onsetLength == 0) {
      return true;
    }
    boolean front = firstRhymeLetter == VietnameseLetters.E
        || firstRhymeLetter == VietnameseLetters.E_CIRC
        || firstRhymeLetter == VietnameseLetters.I
        || firstRhymeLetter == VietnameseLetters.Y;
    int c0 = at(codes, 0);
    if (onsetLength == 1) {
      if (c0 == K) {
        return front;
      }
      if (c0 == C || c0 == VietnameseLetters.G) {
        return !front;
      }
      return true;
    }
    int c1 = at(codes, 1);
    if (c0 == VietnameseLetters.G && c1 == H) {
      return front;
    }
    if (onsetLength == 3) { // ngh
      return front;
    }
    if (c0 == N && c1 == VietnameseLetters.G) {
      return !front;
    }
    return true;
  }

  private static boolean isRhyme(long codes, int from, int to, int prefix) {
    int length = to - from + (prefix != 0 ? 1 : 0);
    if (length > 5) {
      return false;
    }
    // Same packing as the table: first letter in the lowest five bits.
    int key = (int) (codes >>> (5 * from)) & ((1 << (5 * (to - from))) - 1);
    if (prefix != 0) {
      key = key << 5 | prefix;
    }
    return containsRhyme(key);
  }


  /**
   * The canonical ("new style") place of the tone: on the last vowel with a quality mark (ươ: ơ,
   * iê: ê, uô: ô); else on the last vowel when a final consonant follows (hoàn, toán); else on the
   * middle of three vowels (khoái), the second of "oa", "oe", "uy" (hoà, khoẻ, thuỷ), or the first
   * of any other pair (mái, mùa, múi).
   */
  private static int canonicalPosition(long codes, int rhymeStart, int n) {
    int vowelEnd = rhymeStart;
    int lastMarked = -1;
    while (vowelEnd < n && VietnameseLetters.isVowel(at(codes, vowelEnd))) {
      if (VietnameseLetters.isMarkedVowel(at(codes, vowelEnd))) {
        lastMarked = vowelEnd;
      }
      vowelEnd++;
    }
    if (lastMarked >= 0) {
      return lastMarked;
    }
    int vowels = vowelEnd - rhymeStart;
    if (vowelEnd < n || vowels == 1) {
      return vowelEnd - 1;
    }
    if (vowels >= 3) {
      return rhymeStart + 1;
    }
    int v1 = at(codes, rhymeStart);
    int v2 = at(codes, rhymeStart + 1);
    boolean secondCarries = (v1 == VietnameseLetters.O && (v2 == VietnameseLetters.A || v2 == VietnameseLetters.E))
        || (v1 == VietnameseLetters.U && v2 == VietnameseLetters.Y);
    return secondCarries ? rhymeStart + 1 : rhymeStart;
  }
}
