package io.github.vietcat.genre;

import java.util.List;
import java.util.Objects;

/**
 * One feature that weighed on a decision, with the words in the input that make it.
 *
 * @param feature the feature as the model knows it, such as {@code "T:chỉ thị"}
 * @param description the feature in words, such as {@code "title has \"chỉ thị\""}
 * @param weight how much the feature moved the score of the chosen label against the average of
 *     the other labels (positive: for the chosen label)
 * @param matches where the feature's words occur in the input, in the parts the model read: the
 *     title, and the body from its start (after any page furniture) for the model's body length
 *     plus a quarter, at most {@value #SEARCHED_CHARS} chars; at most {@value #MAX_MATCHES}; empty
 *     for a feature that names no words
 */
public record Evidence(String feature, String description, double weight, List<Match> matches) {

  /** At most this many matches are given per feature. */
  public static final int MAX_MATCHES = 3;
  /** Matches are looked for in at most this many chars of the body. */
  public static final int SEARCHED_CHARS = 3000;

  /** Which argument of the classify call a match's offsets refer to. */
  public enum Part {
    /** The title argument of {@code classify(title, body)}. */
    TITLE,
    /**
     * The body argument of {@code classify(title, body)}, or the text of {@code classify(text)}.
     */
    BODY
  }

  /**
   * Words of the input that make a feature.
   *
   * @param part which argument the offsets refer to
   * @param text the words exactly as they stand in the input
   * @param start offset of the first char in that argument (inclusive)
   * @param end offset after the last char (exclusive)
   */
  public record Match(Part part, String text, int start, int end) {

    /** Validates the components. */
    public Match {
      Objects.requireNonNull(part, "part");
      Objects.requireNonNull(text, "text");
      if (start < 0 || end < start || end - start != text.length()) {
        throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
      }
    }
  }

  /** Validates the components and copies the matches. */
  public Evidence {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(description, "description");
    matches = List.copyOf(matches);
  }

  /**
   * Evidence without located words.
   *
   * @param feature the feature
   * @param description the feature in words
   * @param weight its weight for the chosen label
   */
  public Evidence(String feature, String description, double weight) {
    this(feature, description, weight, List.of());
  }
}
