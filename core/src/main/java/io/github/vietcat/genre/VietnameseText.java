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

  private VietnameseText() {}

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
        char ch = i < text.length() ? Character.toLowerCase(text.charAt(i)) : ' ';
        if (Character.isLetter(ch)) {
          inWord = true;
          if (VIETNAMESE_MARKED.indexOf(ch) >= 0) {
            wordMarked = true;
          }
          if (VIETNAMESE_ONLY.indexOf(ch) >= 0) {
            wordOnly = true;
          }
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
