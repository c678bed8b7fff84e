package io.github.vietcat.normalize;

import java.util.Objects;

/**
 * The result of {@link TextNormalizer#normalize(String)}: the normalized text and an offset map back
 * to the original. Each normalized char comes from a span of the original: one char for a copied or
 * replaced char, several for an HTML entity, a tag that became a separator, or a decomposed letter
 * that was composed. Removed chars (zero-width, markup) own no normalized char.
 *
 * <p>Immutable and thread-safe. When normalization changed nothing, {@link #text()} is the original
 * instance and the map is the identity, at no memory cost.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  /** Original start of each normalized char; null for the identity. */
  private final int[] starts;
  /** Original end of each normalized char; null when every span is one char long. */
  private final int[] ends;

  NormalizedText(String original, String text, int[] starts, int[] ends) {
    this.original = original;
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * A normalized text that is the original itself.
   *
   * @param original the text
   * @return the identity mapping
   */
  public static NormalizedText identity(String original) {
    Objects.requireNonNull(original, "original");
    return new NormalizedText(original, original, null, null);
  }

  /** The same map over a text of the same length (tone marks moved in place). */
  NormalizedText withText(String sameLengthText) {
    return new NormalizedText(original, sameLengthText, starts, ends);
  }

  /**
   * The original input.
   *
   * @return the input exactly as given
   */
  public String original() {
    return original;
  }

  /**
   * The normalized text.
   *
   * @return the normalized text
   */
  public String text() {
    return text;
  }

  /**
   * Whether normalization left the text unchanged (identity offset map).
   *
   * @return true when the normalized text equals the original
   */
  public boolean isIdentity() {
    return starts == null;
  }

  /**
   * The original offset where the normalized char at {@code index} starts; for {@code index ==
   * text().length()}, the original's length.
   *
   * @param index a normalized offset in {@code [0, text().length()]}
   * @return the original offset
   */
  public int originalStart(int index) {
    Objects.checkIndex(index, text.length() + 1);
    if (starts == null) {
      return index;
    }
    return index == text.length() ? original.length() : starts[index];
  }

  /**
   * The original offset where the normalized span ending at {@code end} (exclusive) ends: the end
   * of the span of char {@code end - 1}. For {@code end == 0}, the original start of char 0.
   *
   * @param end a normalized offset in {@code [0, text().length()]}
   * @return the original offset (exclusive end)
   */
  public int originalEnd(int end) {
    Objects.checkIndex(end, text.length() + 1);
    if (starts == null) {
      return end;
    }
    if (end == 0) {
      return text.isEmpty() ? original.length() : starts[0];
    }
    return ends == null ? starts[end - 1] + 1 : ends[end - 1];
  }

  /**
   * The normalized offset of the first normalized char whose original span starts at or after
   * {@code originalOffset} (binary search; the map is monotonic).
   *
   * @param originalOffset an offset into the original, in {@code [0, original().length()]}
   * @return a normalized offset in {@code [0, text().length()]}
   */
  public int normalizedIndex(int originalOffset) {
    Objects.checkIndex(originalOffset, original.length() + 1);
    if (starts == null) {
      return originalOffset;
    }
    int lo = 0;
    int hi = text.length();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < originalOffset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public String toString() {
    return "NormalizedText[" + text + "]";
  }
}
