package io.github.vietcat.genre;

import java.util.Objects;

/**
 * One labelled news item for training or evaluation.
 *
 * @param label the item's label, such as {@code "DIRECTIVE"} (any non-blank string)
 * @param title the headline; may be empty
 * @param body the lead and body, paragraphs separated by line breaks; may be empty
 */
public record GenreSample(String label, String title, String body) {

  /** Validates the components. */
  public GenreSample {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    if (label.isBlank()) {
      throw new IllegalArgumentException("blank label");
    }
  }
}
