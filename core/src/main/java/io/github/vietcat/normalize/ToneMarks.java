package io.github.vietcat.normalize;

import java.util.Objects;

/**
 * Moves tone marks to one canonical place, so that the two spellings in use ("hòa"/"hoà",
 * "thủy"/"thuỷ", "ủy"/"uỷ", "khỏe"/"khoẻ") match.
 *
 * <p><b>The canonical placement</b> is the "new style" one, which puts the mark on the main vowel:
 *
 * <ol>
 *   <li>on the vowel with a quality mark, the last one if there are two: {@code ươ → ơ} (người),
 *       {@code iê/yê → ê} (tiếng, yếu), {@code uô → ô} (muốn), {@code ưa → ư} (mưa);
 *   <li>otherwise, when the rhyme ends in a consonant, on the last vowel: hoàn, toán, quỳnh;
 *   <li>otherwise on the middle one of three vowels (khoái, ngoáy) and on the second of {@code oa,
 *       oe, uy}: <b>hoà, khoẻ, thuỷ, uỷ</b>; on the first of every other pair: mái, mùa, múi, mía.
 * </ol>
 *
 * The {@code u} of {@code qu} and the {@code i} of {@code gi} belong to the onset: quý, già.
 *
 * <p>Why this form: it is the one news text uses. In the shared news lexicon (syllable counts over
 * 150,704 articles) "hoà" outnumbers "hòa" 58,058 to 2,334, "thuỷ" "thủy" 32,412 to 781, "uỷ" "ủy"
 * 49,801 to 457, "hoá" "hóa" 83,344 to 995.
 *
 * <p>Only words that parse as a Vietnamese syllable ({@link VietnameseSyllable}) are changed; other
 * words ("café") and everything else in the text are left as they are. Case is kept. The input
 * should be in NFC (see {@link TextNormalizer}); decomposed marks are not moved. Thread-safe.
 */
public final class ToneMarks {

  private ToneMarks() {}

  /**
   * Returns the text with the tone mark of every Vietnamese syllable in its canonical place.
   *
   * @param text NFC text
   * @return the canonical text; the same instance when nothing had to move
   * @throws NullPointerException if text is null
   */
  public static String canonical(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    char[] out = null;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (VietnameseLetters.code(c) == 0) {
        i++;
        continue;
      }
      int wordStart = i;
      boolean toned = false;
      while (i < n && VietnameseLetters.code(text.charAt(i)) != 0) {
        toned |= VietnameseLetters.tone(text.charAt(i)) != 0;
        i++;
      }
      if (!toned || i - wordStart < 2 || (i < n && isWordPart(text.charAt(i)))
          || (wordStart > 0 && isWordPart(text.charAt(wordStart - 1)))) {
        continue; // nothing to move, or part of a longer non-Vietnamese word
      }
      int parsed = VietnameseSyllable.parse(text, wordStart, i);
      if (parsed < 0) {
        continue;
      }
      int from = VietnameseSyllable.tonePosition(parsed);
      int to = VietnameseSyllable.canonicalTonePosition(parsed);
      if (from == to) {
        continue;
      }
      if (out == null) {
        out = text.toCharArray();
      }
      moveTone(out, wordStart + from, wordStart + to, VietnameseSyllable.tone(parsed));
    }
    return out == null ? text : new String(out);
  }

  /**
   * Whether the text is already in canonical form.
   *
   * @param text NFC text
   * @return true if {@link #canonical(String)} would return it unchanged
   */
  public static boolean isCanonical(String text) {
    return canonical(text) == text;
  }

  /** Letters and combining marks: a syllable next to one is part of a longer word. */
  private static boolean isWordPart(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static void moveTone(char[] chars, int from, int to, int tone) {
    char source = chars[from];
    char target = chars[to];
    char newTarget = VietnameseLetters.compose(
        VietnameseLetters.code(target), tone, VietnameseLetters.isUpper(target));
    char newSource = VietnameseLetters.compose(
        VietnameseLetters.code(source), VietnameseLetters.NO_TONE, VietnameseLetters.isUpper(source));
    if (newTarget == 0 || newSource == 0) {
      return; // Unicode lacks the precomposed letter; leave the word alone
    }
    chars[from] = newSource;
    chars[to] = newTarget;
  }
}
