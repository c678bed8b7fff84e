package io.github.vietcat.genre;

import java.text.Normalizer;

/** Decides whether an input has enough Vietnamese in it to be classified. */
final class VietnameseText {

  /** Letters with a diacritic that Vietnamese writing uses. */
  private static final String VIETNAMESE_MARKED =
      "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
  /** Of those, the ones other Latin-script languages rarely use. */
  private static final String VIETNAMESE_ONLY =
      "ảạăằắẳẵặầấẩẫậẻẽẹềếểễệỉĩịỏọồốổỗộơờớởỡợủũụưừứửữựỳỷỹỵđ";

  /** At least this many words must carry a Vietnamese-only letter. */
  static final int MIN_VIETNAMESE_WORDS = 2;
  /** At least this share of the words must carry a Vietnamese diacritic. */
  static final double MIN_MARKED_SHARE = 0.2;

  private static final int TABLE_FROM = 0x00C0;
  private static final int TABLE_TO = 0x1EFF;
  private static final byte MARKED = 1;
  private static final byte ONLY = 2;
  /**
   * Per char from U+00C0 to U+1EFF, bit {@link #MARKED} and bit {@link #ONLY}: one array read per
   * letter instead of two searches of the strings above (this check reads up to 3,000 chars of
   * every item and was a third of the classifier's time).
   */
  private static final byte[] FLAGS = flags();

  private VietnameseText() {}

  private static byte[] flags() {
    byte[] flags = new byte[TABLE_TO - TABLE_FROM + 1];
    for (char ch : VIETNAMESE_MARKED.toCharArray()) {
      flags[ch - TABLE_FROM] |= MARKED;
    }
    for (char ch : VIETNAMESE_ONLY.toCharArray()) {
      flags[ch - TABLE_FROM] |= ONLY;
    }
    return flags;
  }

  static boolean looksVietnamese(String title, String body) {
    int words = 0;
    int marked = 0;
    int vietnameseOnly = 0;
    for (String part : new String[] {title, body}) {
      String text = Normalizer.isNormalized(part, Normalizer.Form.NFC)
          ? part : Normalizer.normalize(part, Normalizer.Form.NFC);
      boolean inWord = false;
      boolean wordMarked = false;
      boolean wordOnly = false;
      for (int i = 0; i <= text.length(); i++) {
        char ch = i < text.length() ? text.charAt(i) : ' ';
        boolean letter;
        if (ch < 0x80) {
          letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        } else {
          // Lower-casing keeps a letter a letter; only the table's range needs the lower case
          // (the upper-case Vietnamese letters and their lower-case forms all lie in it).
          letter = Character.isLetter(ch);
          if (letter && ch >= TABLE_FROM && ch <= TABLE_TO) {
            ch = Character.toLowerCase(ch);
          }
          if (letter && ch >= TABLE_FROM && ch <= TABLE_TO) {
            byte f = FLAGS[ch - TABLE_FROM];
            wordMarked |= (f & MARKED) != 0;
            wordOnly |= (f & ONLY) != 0;
          }
        }
        if (letter) {
          inWord = true;
        } else if (inWord) {
          words++;
          marked += wordMarked ? 1 : 0;
          vietnameseOnly += wordOnly ? 1 : 0;
          inWord = false;
          wordMarked = false;
          wordOnly = false;
        }
      }
    }
    return vietnameseOnly >= MIN_VIETNAMESE_WORDS && marked >= MIN_MARKED_SHARE * words;
  }
}
