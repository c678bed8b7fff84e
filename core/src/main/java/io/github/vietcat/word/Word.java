package io.github.vietcat.word;

import io.github.vietcat.token.Token;
import io.github.vietcat.token.TokenType;
import java.util.List;
import java.util.Objects;

/**
 * One word: one or more syllable tokens the segmenter grouped together ("cán bộ"), or a single
 * token that passes through unchanged (a number, a document code, a URL, punctuation, an
 * abbreviation).
 *
 * @param text the surface text exactly as it stands in the original input, from the first
 *     token's start to the last token's end (so it keeps the original spaces between syllables)
 * @param normalized the tokens' normalized forms joined by single spaces (NFC, canonical tone
 *     marks; case kept), for matching and indexing
 * @param type for a single-token word, that token's type; for a word of several tokens, {@link
 *     TokenType#SYLLABLE} when all of them are syllables, else {@link TokenType#FOREIGN_WORD} (a
 *     name mixing syllables and foreign words, or a user dictionary entry holding other tokens)
 * @param start offset of the first char in the original input (inclusive)
 * @param end offset after the last char in the original input (exclusive)
 * @param tokens the tokens of the word, in order (at least one)
 */
public record Word(
    String text, String normalized, TokenType type, int start, int end, List<Token> tokens) {

  /** Validates the components and copies the token list. */
  public Word {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(type, "type");
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a word has at least one token");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
  }

  /** The number of syllables (tokens) in the word. */
  public int size() {
    return tokens.size();
  }
}
