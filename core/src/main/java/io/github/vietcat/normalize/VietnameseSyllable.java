package io.github.vietcat.normalize;

import java.util.Arrays;
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
 * {@code soóc}) are accepted; words such as "Facebook", "online", "covid" or "top" are not. This is
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
          + "ư ưa ưc ưi ưm ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu";

  private static final int[] RHYME_KEYS;

  static {
    String[] rhymes = RHYMES.split(" ");
    RHYME_KEYS = new int[rhymes.length];
    for (int i = 0; i < rhymes.length; i++) {
      int key = 0;
      for (int k = 0; k < rhymes[i].length(); k++) {
        key = key << 5 | VietnameseLetters.code(rhymes[i].charAt(k));
      }
      RHYME_KEYS[i] = key;
    }
    Arrays.sort(RHYME_KEYS);
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
    int tone = 0;
    int tonePos = 0;
    long codes = 0;
    for (int k = 0; k < n; k++) {
      char c = text.charAt(start + k);
      int code = VietnameseLetters.code(c);
      if (code == 0) {
        return -1;
      }
      int t = VietnameseLetters.tone(c);
      if (t != 0) {
        if (tone != 0) {
          return -1; // two tone marks
        }
        tone = t;
        tonePos = k;
      }
      codes |= (long) code << (5 * k);
    }
    int onsetLength = onsetLength(codes, n);
    int rhymeStart = onsetLength;
    boolean prefixI = false; // "gi" followed by a consonant or ê: the i belongs to the rhyme
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
    boolean stopFinal = last == code('c') || last == code('p') || last == code('t')
        || (last == code('h') && n >= 2 && at(codes, n - 2) == code('c'));
    if (stopFinal && tone != VietnameseLetters.SAC && tone != VietnameseLetters.NANG) {
      return -1;
    }
    int target = canonicalPosition(codes, rhymeStart, n);
    return 0x10000 | tone << 4 | tonePos << 8 | target << 12;
  }

  private static int code(char c) {
    return VietnameseLetters.code(c);
  }

  private static int at(long codes, int k) {
    return (int) (codes >>> (5 * k) & 0x1F);
  }

  private static final int[][] ONSETS = onsets();

  private static int[][] onsets() {
    String[] list = {
      "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
      "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"
    };
    int[][] out = new int[list.length][];
    for (int i = 0; i < list.length; i++) {
      out[i] = list[i].chars().map(VietnameseLetters::code).toArray();
    }
    return out;
  }

  /** Length of the longest onset at the start; 0 when the syllable starts with a vowel. */
  private static int onsetLength(long codes, int n) {
    for (int[] onset : ONSETS) {
      if (onset.length > n) {
        continue;
      }
      boolean match = true;
      for (int k = 0; k < onset.length && match; k++) {
        match = at(codes, k) == onset[k];
      }
      if (match) {
        // "gi" and "qu" need something after them to be an onset rather than a whole syllable.
        if (onset.length == 2 && n == 2 && onset[0] == VietnameseLetters.Q) {
          return 2; // "qu" alone: rejected later, no rhyme
        }
        return onset.length;
      }
    }
    return 0;
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
      if (c0 == code('k')) {
        return front;
      }
      if (c0 == code('c') || c0 == VietnameseLetters.G) {
        return !front;
      }
      return true;
    }
    int c1 = at(codes, 1);
    if (c0 == VietnameseLetters.G && c1 == code('h')) {
      return front;
    }
    if (onsetLength == 3) { // ngh
      return front;
    }
    if (c0 == code('n') && c1 == VietnameseLetters.G) {
      return !front;
    }
    return true;
  }

  private static boolean isRhyme(long codes, int from, int to, int prefix) {
    int length = to - from + (prefix != 0 ? 1 : 0);
    if (length > 5) {
      return false;
    }
    int key = prefix;
    for (int k = from; k < to; k++) {
      key = key << 5 | at(codes, k);
    }
    return Arrays.binarySearch(RHYME_KEYS, key) >= 0;
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
