package io.github.vietcat.sentence;

import io.github.vietcat.token.Token;
import java.util.List;
import java.util.Objects;

/**
 * One sentence: its exact place in the original input and its tokens.
 *
 * @param text the sentence as it stands in the original input, {@code input.substring(start, end)}
 *     (from its first token's start to its last token's end)
 * @param start offset of the first char in the original input (inclusive)
 * @param end offset after the last char in the original input (exclusive)
 * @param tokens the sentence's tokens, in order, never empty
 */
public record Sentence(String text, int start, int end, List<Token> tokens) {

  /**
   * Validates the components and copies the token list.
   *
   * @param text the sentence as it stands in the original input, {@code input.substring(start, end)}
   *     (from its first token's start to its last token's end)
   * @param start offset of the first char in the original input (inclusive)
   * @param end offset after the last char in the original input (exclusive)
   * @param tokens the sentence's tokens, in order, never empty
   */
  public Sentence {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a sentence has at least one token");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
  }
}
