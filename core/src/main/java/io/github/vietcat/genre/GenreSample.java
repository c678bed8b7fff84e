package io.github.vietcat.genre;

import java.util.Objects;

/**
 * One labelled news item for training or evaluation.
 *
 * @param label the item's label, such as {@code "DIRECTIVE"} (any non-blank string)
 * @param title the headline; may be empty
 * @param body the lead and body, paragraphs separated by line breaks; may be empty
 * @param weight how much the item counts in training (1 for an ordinary item; for example less for
 *     synthetic items); positive. Used by the SVM learner; the OpenNLP learners count every item
 *     once
 * @param group the item this sample was made from, or null: samples of one group (an item and
 *     its page, excerpt and teaser views) are kept together when training holds items out to fit
 *     the probability scale, so that no view of a held-out item is trained on
 */
public record GenreSample(String label, String title, String body, double weight, String group) {

  /** Validates the components. */
  public GenreSample {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    if (label.isBlank()) {
      throw new IllegalArgumentException("blank label");
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
  }

  /**
   * An item of weight 1.
   *
   * @param label the item's label
   * @param title the headline
   * @param body the lead and body
   */
  public GenreSample(String label, String title, String body) {
    this(label, title, body, 1.0, null);
  }

  /**
   * An item of its own group.
   *
   * @param label the item's label
   * @param title the headline
   * @param body the lead and body
   * @param weight how much the item counts in training
   */
  public GenreSample(String label, String title, String body, double weight) {
    this(label, title, body, weight, null);
  }
}
