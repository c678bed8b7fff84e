package io.github.vietcat.encoding;

import java.text.Normalizer;

/** The VIQR mnemonics of RFC 1456 (see {@link VietnameseEncoding#VIQR}). */
final class Viqr {

  private Viqr() {}

  private static final String TONE_KEYS = "'`?~.";
  private static final String TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323";

  static String decode(String in) {
    StringBuilder out = new StringBuilder(in.length());
    int n = in.length();
    for (int i = 0; i < n; i++) {
      char c = in.charAt(i);
      if (c == '\\' && i + 1 < n && "'`?~.(^+\\d".indexOf(in.charAt(i + 1)) >= 0) {
        out.append(in.charAt(++i)); // escaped: the mark stays literal
        continue;
      }
      if ((c == 'd' || c == 'D') && i + 1 < n && (in.charAt(i + 1) == 'd'
          || in.charAt(i + 1) == 'D') && (i == 0 || !Character.isLetter(in.charAt(i - 1)))) {
        out.append(c == 'D' ? 'Đ' : 'đ');
        i++;
        continue;
      }
      out.append(c);
      if (!isVowel(c)) {
        continue;
      }
      char lower = Character.toLowerCase(c);
      // a shape mark, then a tone mark
      if (i + 1 < n) {
        char m = in.charAt(i + 1);
        if (m == '(' && lower == 'a' || m == '^' && "aeo".indexOf(lower) >= 0
            || m == '+' && (lower == 'o' || lower == 'u')) {
          out.append(m == '(' ? '\u0306' : m == '^' ? '\u0302' : '\u031B');
          i++;
        }
      }
      if (i + 1 < n) {
        char m = in.charAt(i + 1);
        int tone = TONE_KEYS.indexOf(m);
        if (tone >= 0 && (m != '.' && m != '?' || toneFollows(in, i + 2))) {
          out.append(TONE_MARKS.charAt(tone));
          i++;
        }
      }
    }
    return out.toString();
  }

  /**
   * Whether a "." or "?" before {@code at} is a tone: when a letter follows, or punctuation (the
   * tone of "sự," and of "sự." written "su+.,", "su+.."), or a space and a small letter; not at
   * the end of the text or of a line, nor before a space and anything but a small letter or a
   * digit (a new sentence).
   */
  private static boolean toneFollows(String in, int at) {
    if (at >= in.length()) {
      return false;
    }
    char next = in.charAt(at);
    if (Character.isLetter(next)) {
      return true;
    }
    if (next == ' ') {
      return at + 1 < in.length() && (Character.isLowerCase(in.charAt(at + 1))
          || Character.isDigit(in.charAt(at + 1)));
    }
    return !Character.isWhitespace(next);
  }

  private static boolean isVowel(char c) {
    return "aeiouyAEIOUY".indexOf(c) >= 0;
  }

  static String encode(String nfc) {
    StringBuilder out = new StringBuilder(nfc.length() + 16);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == 'đ') {
        out.append("dd");
        continue;
      }
      if (c == 'Đ') {
        out.append("DD");
        continue;
      }
      if (c < 0x80) {
        out.append(c);
        continue;
      }
      String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = nfd.charAt(0);
      if (base >= 0x80) {
        out.append('?');
        continue;
      }
      out.append(base);
      String shape = "";
      String tone = "";
      for (int k = 1; k < nfd.length(); k++) {
        char m = nfd.charAt(k);
        switch (m) {
          case '\u0306' -> shape = "(";
          case '\u0302' -> shape = "^";
          case '\u031B' -> shape = "+";
          default -> {
            int t = TONE_MARKS.indexOf(m);
            if (t >= 0) {
              tone = String.valueOf(TONE_KEYS.charAt(t));
            }
          }
        }
      }
      out.append(shape).append(tone);
    }
    return out.toString();
  }
}
