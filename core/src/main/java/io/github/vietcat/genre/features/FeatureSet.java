package io.github.vietcat.genre.features;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which features a genre model uses and how they are weighted. A model stores its feature set, so
 * the classifier extracts exactly the features it was trained on.
 *
 * @param units how the text is cut into units for the n-grams
 * @param ngrams the longest n-gram of units (1 to 3)
 * @param titleMarked whether the title's n-grams are emitted a second time with the prefix {@code
 *     T:}, so the model can weigh the title apart from the body
 * @param leadSentences how many opening sentences of the body are emitted a second time with the
 *     prefix {@code L:} (0 for none)
 * @param tokenTypes whether typed tokens (document codes and their kind, dates, numbers,
 *     percentages) give features of their own ({@code TYPE:}, {@code CODE:})
 * @param words whether multi-syllable words from the word segmenter give features ({@code W:})
 * @param maxBodyChars features are taken from at most this many chars of the body (0: all of it)
 * @param weighting how feature counts become feature values
 * @param cueWeight 0 for none; otherwise groups of the guideline's cue expressions in the title,
 *     the opening sentences and the body give features of their own ({@code CUE:}, see {@code
 *     genre-cues.txt}), whose values are multiplied by this weight, so that under a strong
 *     regularization these few features can weigh against thousands of n-grams; needs {@link
 *     Units#SYLLABLES}
 */
public record FeatureSet(
    Units units,
    int ngrams,
    boolean titleMarked,
    int leadSentences,
    boolean tokenTypes,
    boolean words,
    int maxBodyChars,
    Weighting weighting,
    double cueWeight) {

  /** How the text is cut into units for n-grams. */
  public enum Units {
    /**
     * Runs of two or more letters or digits, lower-cased; punctuation does not break n-grams. This
     * mirrors the reference TF-IDF baseline of the corpus.
     */
    PLAIN,
    /**
     * Syllables from the tokenizer, lower-cased with canonical tone marks; numbers, dates, codes
     * and other typed tokens stand as their type, and punctuation breaks n-grams.
     */
    SYLLABLES
  }

  /** How feature counts become feature values. */
  public enum Weighting {
    /** 1 for a feature present in the item, whatever its count. */
    BINARY,
    /**
     * Sublinear term frequency times smoothed inverse document frequency ({@code (1 + ln tf) *
     * idf}), the item's vector normalized to unit length.
     */
    LOG_TF_IDF,
    /**
     * Like {@link #LOG_TF_IDF}, but the title ({@code T:}), lead ({@code L:}), token-type and other
     * features are four blocks, each normalized to unit length on its own, so a long body does not
     * drown the title and the lead.
     */
    BLOCK_TF_IDF
  }

  /** The in-project baseline: TF-IDF over lower-cased plain 1-2-grams, nothing else. */
  public static final FeatureSet BASELINE =
      new FeatureSet(Units.PLAIN, 2, false, 0, false, false, 0, Weighting.LOG_TF_IDF);

  /**
   * A feature set without cue features (the form of format-1 models).
   *
   * @param units how the text is cut into units
   * @param ngrams the longest n-gram
   * @param titleMarked whether title n-grams are marked
   * @param leadSentences how many opening sentences are marked
   * @param tokenTypes whether token types give features
   * @param words whether words give features
   * @param maxBodyChars how much of the body is read (0: all)
   * @param weighting how counts become values
   */
  public FeatureSet(Units units, int ngrams, boolean titleMarked, int leadSentences,
      boolean tokenTypes, boolean words, int maxBodyChars, Weighting weighting) {
    this(units, ngrams, titleMarked, leadSentences, tokenTypes, words, maxBodyChars, weighting, 0);
  }

  /**
   * Returns a copy with another cue weight.
   *
   * @param newCueWeight 0 for no cue features, else the factor of their values
   * @return the new feature set
   */
  public FeatureSet withCueWeight(double newCueWeight) {
    return new FeatureSet(units, ngrams, titleMarked, leadSentences, tokenTypes, words,
        maxBodyChars, weighting, newCueWeight);
  }

  /** Whether cue features are produced ({@code cueWeight > 0}). */
  public boolean cues() {
    return cueWeight > 0;
  }

  /** Validates the components. */
  public FeatureSet {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(weighting, "weighting");
    if (ngrams < 1 || ngrams > 3) {
      throw new IllegalArgumentException("ngrams must be 1 to 3: " + ngrams);
    }
    if (leadSentences < 0 || maxBodyChars < 0) {
      throw new IllegalArgumentException("leadSentences and maxBodyChars must be >= 0");
    }
    if (!(cueWeight >= 0) || Double.isInfinite(cueWeight)) {
      throw new IllegalArgumentException("cueWeight must be finite and >= 0: " + cueWeight);
    }
    if (cueWeight > 0 && units != Units.SYLLABLES) {
      throw new IllegalArgumentException("cue features need units=SYLLABLES");
    }
  }

  /**
   * Writes the feature set as a one-line specification, the form stored in model files, such as
   * {@code units=SYLLABLES ngrams=2 title=true lead=2 types=true words=false maxBody=0
   * weighting=BINARY}, followed by {@code cueWeight=2.0} when cue features are on (a specification
   * without it, as in older models, means no cue features).
   *
   * @return the specification
   */
  public String toSpec() {
    return cueWeight > 0 ? baseSpec() + " cueWeight=" + cueWeight : baseSpec();
  }

  private String baseSpec() {
    return String.format(
        Locale.ROOT,
        "units=%s ngrams=%d title=%b lead=%d types=%b words=%b maxBody=%d weighting=%s",
        units, ngrams, titleMarked, leadSentences, tokenTypes, words, maxBodyChars, weighting);
  }

  /**
   * Reads a specification written by {@link #toSpec()}.
   *
   * @param spec the specification
   * @return the feature set
   * @throws IllegalArgumentException if the specification is malformed or incomplete
   */
  public static FeatureSet parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    Map<String, String> values = new LinkedHashMap<>();
    for (String part : spec.trim().split("\\s+")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed feature set: " + spec);
      }
      values.put(part.substring(0, eq), part.substring(eq + 1));
    }
    try {
      return new FeatureSet(
          Units.valueOf(required(values, "units", spec)),
          Integer.parseInt(required(values, "ngrams", spec)),
          Boolean.parseBoolean(required(values, "title", spec)),
          Integer.parseInt(required(values, "lead", spec)),
          Boolean.parseBoolean(required(values, "types", spec)),
          Boolean.parseBoolean(required(values, "words", spec)),
          Integer.parseInt(required(values, "maxBody", spec)),
          Weighting.valueOf(required(values, "weighting", spec)),
          Double.parseDouble(values.getOrDefault("cueWeight", "0")));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("malformed feature set: " + spec, e);
    }
  }

  private static String required(Map<String, String> values, String key, String spec) {
    String value = values.get(key);
    if (value == null) {
      throw new IllegalArgumentException("feature set lacks " + key + ": " + spec);
    }
    return value;
  }
}
