package io.github.vietcat.opennlp;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.doccat.DocumentCategorizer;
import opennlp.tools.doccat.DocumentSample;

/**
 * An OpenNLP {@link DocumentCategorizer} backed by a vietcat {@link GenreClassifier}, so that
 * OpenNLP pipelines and OpenNLP's {@code DocumentCategorizerEvaluator} run on the genre model.
 *
 * <p>The document's strings (OpenNLP's tokens: words, sentences or the whole text as one string)
 * are joined with single spaces. The title, which the genre model weighs apart, comes either in
 * the extra information under {@value #TITLE} (a {@code String}), or, for a categorizer made with
 * {@code titleFirst}, as the first string (OpenNLP's {@code DocumentCategorizerEvaluator} passes
 * no extra information, so its samples carry the title that way: {@link #sample(String, String,
 * String)}). With a title, the item is classified as title and body ({@link
 * GenreClassifier#classify(String, String)}); without one, as a whole item ({@link
 * GenreClassifier#classify(String)}, which finds a title line itself). Categories are the
 * model's labels in its order; the scores are its probabilities. For text without usable
 * Vietnamese the model answers its fallback label with equal probabilities: {@link
 * #getBestCategory(double[])} returns the fallback label on such a tie, as vietcat does.
 *
 * <p>Immutable and thread-safe (the classifier is).
 */
public final class VietnameseDocumentCategorizer implements DocumentCategorizer {

  /** The extra-information key of the document's title (a {@code String}). */
  public static final String TITLE = "title";

  private final GenreClassifier classifier;
  private final List<String> labels;
  private final boolean titleFirst;

  /**
   * A categorizer over a classifier; the title, if any, comes in the extra information.
   *
   * @param classifier the genre classifier, such as {@link GenreClassifier#loadDefault()}
   */
  public VietnameseDocumentCategorizer(GenreClassifier classifier) {
    this(classifier, false);
  }

  /**
   * A categorizer over a classifier.
   *
   * @param classifier the genre classifier, such as {@link GenreClassifier#loadDefault()}
   * @param titleFirst whether the first string of a document is its title (when the extra
   *     information has none)
   */
  public VietnameseDocumentCategorizer(GenreClassifier classifier, boolean titleFirst) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.labels = List.copyOf(classifier.labels());
    this.titleFirst = titleFirst;
  }

  /**
   * A labelled item as an OpenNLP sample for a {@code titleFirst} categorizer: the strings are the
   * title and the body.
   *
   * @param label the gold label
   * @param title the title (may be empty)
   * @param body the body
   * @return the sample
   */
  public static DocumentSample sample(String label, String title, String body) {
    return new DocumentSample(label, new String[] {title, body});
  }

  /**
   * Classifies a document with its title and returns vietcat's full answer (label, probabilities,
   * evidence).
   *
   * @param text the document's strings, joined with spaces into the body
   * @param extraInformation may hold the title under {@value #TITLE}; may be null
   * @return the answer
   * @throws IllegalArgumentException if the title is not a String
   */
  public GenreResult classify(String[] text, Map<String, Object> extraInformation) {
    Objects.requireNonNull(text, "text");
    Object title = extraInformation == null ? null : extraInformation.get(TITLE);
    if (title == null && titleFirst && text.length > 0) {
      String body = String.join(" ", java.util.Arrays.asList(text).subList(1, text.length));
      return classifier.classify(Objects.requireNonNull(text[0], "title"), body);
    }
    String body = String.join(" ", text);
    if (title == null) {
      return classifier.classify(body);
    }
    if (!(title instanceof String)) {
      throw new IllegalArgumentException(
          "extra information '" + TITLE + "' must be a String, not " + title.getClass().getName());
    }
    return classifier.classify((String) title, body);
  }

  @Override
  public double[] categorize(String[] text, Map<String, Object> extraInformation) {
    GenreResult result = classify(text, extraInformation);
    double[] scores = new double[labels.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = result.probabilities().getOrDefault(labels.get(i), 0.0);
    }
    return scores;
  }

  @Override
  public double[] categorize(String[] text) {
    return categorize(text, Collections.emptyMap());
  }

  @Override
  public String getBestCategory(double[] outcome) {
    checkLength(outcome);
    int best = 0;
    for (int i = 1; i < outcome.length; i++) {
      if (outcome[i] > outcome[best]) {
        best = i;
      }
    }
    int fallback = labels.indexOf(classifier.fallbackLabel());
    if (fallback >= 0 && fallback != best && outcome[fallback] == outcome[best]) {
      return labels.get(fallback);
    }
    return labels.get(best);
  }

  @Override
  public int getIndex(String category) {
    return labels.indexOf(category);
  }

  @Override
  public String getCategory(int index) {
    return labels.get(index);
  }

  @Override
  public int getNumberOfCategories() {
    return labels.size();
  }

  @Override
  public String getAllResults(double[] results) {
    checkLength(results);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < results.length; i++) {
      if (i > 0) {
        out.append("  ");
      }
      out.append(String.format(Locale.ROOT, "%s[%.4f]", labels.get(i), results[i]));
    }
    return out.toString();
  }

  @Override
  public Map<String, Double> scoreMap(String[] text) {
    double[] scores = categorize(text);
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < scores.length; i++) {
      map.put(labels.get(i), scores[i]);
    }
    return map;
  }

  @Override
  public SortedMap<Double, Set<String>> sortedScoreMap(String[] text) {
    double[] scores = categorize(text);
    SortedMap<Double, Set<String>> map = new TreeMap<>();
    for (int i = 0; i < scores.length; i++) {
      map.computeIfAbsent(scores[i], k -> new TreeSet<>()).add(labels.get(i));
    }
    return map;
  }

  private void checkLength(double[] outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome.length != labels.size()) {
      throw new IllegalArgumentException("expected " + labels.size() + " scores (one per category),"
          + " got " + outcome.length);
    }
  }
}
