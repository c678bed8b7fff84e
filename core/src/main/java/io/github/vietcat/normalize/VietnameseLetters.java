package io.github.vietcat.normalize;

import java.text.Normalizer;

/**
 * Lookup tables for the letters of the Vietnamese alphabet: for every precomposed char, its base
 * letter (a, ă, â, b, ... y, without tone), its tone and its case; and the reverse, composing a
 * base letter with a tone. Built once from the JDK's Unicode decompositions, so no table of
 * accented letters is typed by hand.
 */
final class VietnameseLetters {

  /** The 29 base letters of the alphabet, in order; a letter's code is its index + 1. */
  static final String BASE_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

  /** Tone numbers. */
  static final int NO_TONE = 0;

  static final int HUYEN = 1; // grave
  static final int SAC = 2; // acute
  static final int HOI = 3; // hook above
  static final int NGA = 4; // tilde
  static final int NANG = 5; // dot below

  private static final char[] TONE_MARKS = {0, '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'};

  /** Chars beyond this are never Vietnamese letters. */
  private static final int LIMIT = 0x1F00;

  /** Letter code (1..29) of each char below LIMIT, 0 when it is not a Vietnamese letter. */
  private static final byte[] CODE = new byte[LIMIT];

  /** Tone of each char below LIMIT. */
  private static final byte[] TONE = new byte[LIMIT];

  /** Whether each char below LIMIT is an upper-case Vietnamese letter. */
  private static final boolean[] UPPER = new boolean[LIMIT];

  /** Code | tone << 5 of each char below LIMIT: one lookup per char in hot loops. */
  private static final short[] INFO = new short[LIMIT];

  /** COMPOSE[upper][code][tone]: the precomposed char, or 0. */
  private static final char[][][] COMPOSE = new char[2][BASE_LETTERS.length() + 1][6];

  // Letter codes: the index in BASE_LETTERS + 1, as compile-time constants.
  static final int A = 1;
  static final int A_BREVE = 2;
  static final int A_CIRC = 3;
  static final int E = 8;
  static final int E_CIRC = 9;
  static final int G = 10;
  static final int H = 11;
  static final int I = 12;
  static final int O = 17;
  static final int O_CIRC = 18;
  static final int O_HORN = 19;
  static final int Q = 21;
  static final int U = 25;
  static final int U_HORN = 26;
  static final int Y = 29;

  private static final int VOWELS = 1 << A | 1 << A_BREVE | 1 << A_CIRC | 1 << E | 1 << E_CIRC
      | 1 << I | 1 << O | 1 << O_CIRC | 1 << O_HORN | 1 << U | 1 << U_HORN | 1 << Y;
  private static final int MARKED_VOWELS =
      1 << A_BREVE | 1 << A_CIRC | 1 << E_CIRC | 1 << O_CIRC | 1 << O_HORN | 1 << U_HORN;

  static {
    for (int c = 0; c < LIMIT; c++) {
      classify((char) c);
    }
    // Look-alikes: the Icelandic eth is often typed for the Vietnamese đ.
    CODE['\u00D0'] = baseCode('đ');
    UPPER['\u00D0'] = true;
    CODE['\u00F0'] = baseCode('đ');
    CODE['\u0110'] = baseCode('đ');
    UPPER['\u0110'] = true;
    CODE['\u0111'] = baseCode('đ');
    for (int c = 0; c < LIMIT; c++) {
      INFO[c] = (short) (CODE[c] | TONE[c] << 5);
    }
    for (int code = 1; code <= BASE_LETTERS.length(); code++) {
      char lower = BASE_LETTERS.charAt(code - 1);
      for (int upper = 0; upper < 2; upper++) {
        char base = upper == 1 ? Character.toUpperCase(lower) : lower;
        COMPOSE[upper][code][0] = base;
        for (int tone = 1; tone <= 5; tone++) {
          String composed =
              Normalizer.normalize(String.valueOf(base) + TONE_MARKS[tone], Normalizer.Form.NFC);
          if (composed.length() == 1) {
            COMPOSE[upper][code][tone] = composed.charAt(0);
          }
        }
      }
    }
  }

  static {
    if (baseCode('a') != A || baseCode('ê') != E_CIRC || baseCode('g') != G || baseCode('q') != Q
        || baseCode('y') != Y || baseCode('ư') != U_HORN || baseCode('ơ') != O_HORN) {
      throw new AssertionError("letter codes out of step with BASE_LETTERS");
    }
  }

  private VietnameseLetters() {}

  private static byte baseCode(char lowerBase) {
    return (byte) (BASE_LETTERS.indexOf(lowerBase) + 1);
  }

  private static void classify(char c) {
    if (!Character.isLetter(c)) {
      return;
    }
    String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    char base = nfd.charAt(0);
    boolean upper = Character.isUpperCase(base);
    char lower = Character.toLowerCase(base);
    if (lower == '\u0111') {
      lower = 'đ';
    } else if (lower < 'a' || lower > 'z') {
      return;
    }
    int tone = NO_TONE;
    for (int k = 1; k < nfd.length(); k++) {
      char mark = nfd.charAt(k);
      int t = toneOfMark(mark);
      if (t != NO_TONE && tone == NO_TONE) {
        tone = t;
      } else if (mark == '\u0306' && lower == 'a') {
        lower = 'ă';
      } else if (mark == '\u0302' && (lower == 'a' || lower == 'e' || lower == 'o')) {
        lower = lower == 'a' ? 'â' : lower == 'e' ? 'ê' : 'ô';
      } else if (mark == '\u031B' && (lower == 'o' || lower == 'u')) {
        lower = lower == 'o' ? 'ơ' : 'ư';
      } else {
        return; // a mark Vietnamese does not use (umlaut, cedilla...)
      }
    }
    int code = BASE_LETTERS.indexOf(lower) + 1;
    if (code == 0) {
      return; // f, j, w, z
    }
    CODE[c] = (byte) code;
    TONE[c] = (byte) tone;
    UPPER[c] = upper;
  }

  private static int toneOfMark(char mark) {
    for (int t = 1; t < TONE_MARKS.length; t++) {
      if (TONE_MARKS[t] == mark) {
        return t;
      }
    }
    return NO_TONE;
  }

  /** The letter code of c (1..29), or 0 when c is not a letter of the Vietnamese alphabet. */
  static int code(int c) {
    return c >= 0 && c < LIMIT ? CODE[c] : 0;
  }

  /** The letter code in bits 0-4 and the tone in bits 5-7; 0 for a char that is no letter. */
  static int info(int c) {
    return c >= 0 && c < LIMIT ? INFO[c] : 0;
  }

  /** The tone carried by c, {@link #NO_TONE} for none. */
  static int tone(int c) {
    return c >= 0 && c < LIMIT ? TONE[c] : 0;
  }

  static boolean isUpper(int c) {
    return c >= 0 && c < LIMIT && UPPER[c];
  }

  /** The precomposed char for a letter code, tone and case, or 0 if Unicode has none. */
  static char compose(int code, int tone, boolean upper) {
    return COMPOSE[upper ? 1 : 0][code][tone];
  }

  static boolean isVowel(int code) {
    return (VOWELS >>> code & 1) != 0;
  }

  /** Vowels with a quality mark (breve, circumflex, horn) that attract the tone mark. */
  static boolean isMarkedVowel(int code) {
    return (MARKED_VOWELS >>> code & 1) != 0;
  }

  static char baseChar(int code) {
    return BASE_LETTERS.charAt(code - 1);
  }
}
