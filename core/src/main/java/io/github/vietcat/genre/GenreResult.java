package io.github.vietcat.genre;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a {@link GenreClassifier} for one item.
 *
 * @param label the chosen label (the most probable one)
 * @param probability the probability of the chosen label
 * @param probabilities the probability of every label of the model, most probable first
 *     (unmodifiable)
 * @param evidence the features that weighed most for the chosen label, strongest first
 *     (unmodifiable; empty for a fallback answer)
 * @param fallback true when the input had no usable Vietnamese text (empty, whitespace, another
 *     language) and the label is the model's fallback label with a uniform distribution
 */
public record GenreResult(
    String label,
    double probability,
    Map<String, Double> probabilities,
    List<Evidence> evidence,
    boolean fallback) {

  /**
   * Below this probability an answer is flagged uncertain. Chosen on the shipped model's
   * reliability tables (README, "Calibration"): on the dev items under the four views, answers
   * below 0.6 were right 56% of the time (122 of 219), answers at 0.6 or more 85% (1,293 of
   * 1,517).
   */
  public static final double LOW_CONFIDENCE_THRESHOLD = 0.6;

  /** Validates the components and makes defensive, unmodifiable copies. */
  public GenreResult {
    Objects.requireNonNull(label, "label");
    probabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    evidence = List.copyOf(evidence);
  }

  /**
   * Returns the shipped {@link Genre} of the label, if the label is one of the four.
   *
   * @return the genre, or empty for a model trained on another label set
   */
  public Optional<Genre> genre() {
    return Genre.fromLabel(label);
  }

  /**
   * Tells whether the answer is of low confidence: a fallback answer, or a chosen label with a
   * probability below {@link #LOW_CONFIDENCE_THRESHOLD}.
   *
   * @return true for a low-confidence answer
   */
  public boolean lowConfidence() {
    return fallback || probability < LOW_CONFIDENCE_THRESHOLD;
  }
}
