package io.github.vietcat.facts;

import java.util.Objects;

/**
 * A stretch of the original input.
 *
 * @param text the text exactly as it stands in the input, {@code input.substring(start, end)}
 * @param start offset of the first char (inclusive)
 * @param end offset after the last char (exclusive)
 */
public record Span(String text, int start, int end) {

  /**
   * Validates the components.
   *
   * @param text the text exactly as it stands in the input
   * @param start offset of the first char (inclusive)
   * @param end offset after the last char (exclusive)
   */
  public Span {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text.length()
          + " chars");
    }
  }

  /**
   * The span of {@code input} from {@code start} to {@code end}.
   *
   * @param input the original input
   * @param start offset of the first char (inclusive)
   * @param end offset after the last char (exclusive)
   * @return the span
   */
  public static Span of(String input, int start, int end) {
    return new Span(input.substring(start, end), start, end);
  }
}
