package io.github.vietcat.lucene;

import io.github.vietcat.word.WordSegmenter;

/**
 * The shipped word segmenter with compound splitting on ({@link
 * WordSegmenter#withCompoundSplitting(boolean)}: an index wants "Tỉnh ủy ban hành" as "tỉnh ủy"
 * and "ban hành"), loaded once per class loader on first use ({@link WordSegmenter#loadDefault()})
 * and shared by every tokenizer, analyzer and factory in word or mixed mode that is not given a
 * segmenter. If loading fails, every use fails with the same clear message.
 */
final class DefaultWordSegmenter {

  private DefaultWordSegmenter() {}

  /** Initialized on first access; holds the segmenter or the failure. */
  private static final class Holder {
    static final Object RESULT = load();

    private static Object load() {
      try {
        return WordSegmenter.loadDefault().withCompoundSplitting(true);
      } catch (IllegalStateException e) {
        return e;
      }
    }
  }

  /**
   * The shared default segmenter.
   *
   * @return the segmenter
   * @throws IllegalStateException if the model cannot be loaded (vietcat-models missing or
   *     damaged), with the resource's name and the fix
   */
  static WordSegmenter get() {
    Object result = Holder.RESULT;
    if (result instanceof WordSegmenter segmenter) {
      return segmenter;
    }
    IllegalStateException failure = (IllegalStateException) result;
    throw new IllegalStateException(
        "Word mode needs the word segmenter model. " + failure.getMessage()
            + " Or use mode=syllable.", failure);
  }
}
