package io.github.vietcat.clean;

import java.util.Objects;

/**
 * One line of a cleaned page.
 *
 * @param index the line's index among the lines of the normalized page, from 0 (HTML block tags
 *     count as line breaks)
 * @param start offset of the line's first non-space char in the original page
 * @param end offset after the line's last non-space char in the original page
 * @param text the normalized line, trimmed, inner runs of spaces collapsed to one
 * @param role what the line is
 */
public record PageLine(int index, int start, int end, String text, LineRole role) {
  /**
   * Validates the components.
   *
   * @param index the line's index among the lines of the normalized page, from 0 (HTML block tags
   *     count as line breaks)
   * @param start offset of the line's first non-space char in the original page
   * @param end offset after the line's last non-space char in the original page
   * @param text the normalized line, trimmed, inner runs of spaces collapsed to one
   * @param role what the line is
   */
  public PageLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(role, "role");
    if (index < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad index or offsets");
    }
  }
}
