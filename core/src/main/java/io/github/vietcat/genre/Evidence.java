package io.github.vietcat.genre;

import java.util.Objects;

/**
 * One feature that weighed on a decision.
 *
 * @param feature the feature as the model knows it, such as {@code "T:chỉ thị"}
 * @param description the feature in words, such as {@code "title has \"chỉ thị\""}
 * @param weight how much the feature moved the score of the chosen label against the average of
 *     the other labels (positive: for the chosen label)
 */
public record Evidence(String feature, String description, double weight) {

  /** Validates the components. */
  public Evidence {
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(description, "description");
  }
}
