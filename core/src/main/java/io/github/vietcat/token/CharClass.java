package io.github.vietcat.token;

/**
 * A precomputed table of the Unicode properties the tokenizer asks about every char, so that the
 * hot loop does one array lookup instead of several {@link Character} property lookups.
 */
final class CharClass {

  static final int LOWER = 1;
  static final int UPPER = 2;
  static final int OTHER_LETTER = 4;
  static final int DIGIT = 8;
  static final int MARK = 16;
  static final int SPACE = 32;

  static final int LETTER = LOWER | UPPER | OTHER_LETTER;
  static final int WORD = LETTER | DIGIT | MARK;

  private static final byte[] TABLE = new byte[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      int bits = 0;
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      if (Character.isLetter(c)) {
        bits |= Character.isLowerCase(c) ? LOWER
            : Character.isUpperCase(c) || Character.isTitleCase(c) ? UPPER : OTHER_LETTER;
      } else if (Character.isDigit(c)) {
        bits |= DIGIT;
      } else {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
          bits |= MARK;
        } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c < 0x20
            || (c >= 0x7F && c < 0xA0)) {
          bits |= SPACE; // controls left in by the caller's normalization count as space
        }
      }
      TABLE[c] = (byte) bits;
    }
  }

  private CharClass() {}

  /** The property bits of a BMP char (0 for surrogates: ask about the code point instead). */
  static int of(char c) {
    return TABLE[c];
  }

  /** The property bits of a code point. */
  static int ofCodePoint(int cp) {
    if (cp < 65536) {
      return TABLE[cp];
    }
    if (Character.isLetter(cp)) {
      return Character.isLowerCase(cp) ? LOWER : Character.isUpperCase(cp) ? UPPER : OTHER_LETTER;
    }
    return Character.isDigit(cp) ? DIGIT : 0;
  }
}
