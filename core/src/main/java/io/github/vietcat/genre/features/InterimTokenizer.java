package io.github.vietcat.genre.features;

import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small regular-expression tokenizer used until the project's syllable tokenizer is merged. */
final class InterimTokenizer {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<code>\\d+(?:/\\d{2,4})?[-/][\\p{Lu}Đ]{1,6}(?:[-/][\\p{Lu}Đ]{1,8})*)"
              + "|(?<pct>\\d+(?:[.,]\\d+)*\\s?%)"
              + "|(?<date>\\d{1,2}[/-]\\d{1,2}(?:[/-]\\d{2,4})?)"
              + "|(?<num>\\d+(?:[.,]\\d+)*)"
              + "|(?<word>[\\p{L}\\p{M}]+)"
              + "|(?<punct>[^\\s\\p{L}\\p{M}\\d])");

  private InterimTokenizer() {}

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      TokenType type;
      if (m.group("code") != null) {
        type = TokenType.DOCUMENT_CODE;
      } else if (m.group("pct") != null) {
        type = TokenType.PERCENT;
      } else if (m.group("date") != null) {
        type = TokenType.DATE;
      } else if (m.group("num") != null) {
        type = TokenType.NUMBER;
      } else if (m.group("word") != null) {
        String w = m.group();
        type =
            w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT))
                ? TokenType.ABBREVIATION
                : TokenType.SYLLABLE;
      } else {
        type = TokenType.PUNCTUATION;
      }
      String normalized = Normalizer.normalize(m.group(), Normalizer.Form.NFC);
      tokens.add(new Token(m.group(), normalized, type, m.start(), m.end()));
    }
    return tokens;
  }
}
