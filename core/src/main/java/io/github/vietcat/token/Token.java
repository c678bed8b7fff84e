package io.github.vietcat.token;

import java.util.Objects;

/**
 * One typed token with its exact place in the original input.
 *
 * @param text the surface text exactly as it stands in the original input, {@code
 *     input.substring(start, end)}
 * @param normalized the matching form: NFC, look-alike letters mapped (Ð to Đ), tone marks in their
 *     canonical place; case is kept
 * @param type what kind of token this is
 * @param start offset of the first char in the original input (inclusive)
 * @param end offset after the last char in the original input (exclusive)
 */
public record Token(String text, String normalized, TokenType type, int start, int end) {

  /**
   * Validates the components.
   *
   * @param text the surface text exactly as it stands in the original input, {@code
   *     input.substring(start, end)}
   * @param normalized the matching form: NFC, look-alike letters mapped (Ð to Đ), tone marks in their
   *     canonical place; case is kept
   * @param type what kind of token this is
   * @param start offset of the first char in the original input (inclusive)
   * @param end offset after the last char in the original input (exclusive)
   */
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalized, "normalized");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
  }
}
