package io.github.vietcat.word;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Groups of features the segmenter's model can use to decide whether a word boundary falls
 * between two syllables. A model records the groups it was trained with.
 */
public enum FeatureGroup {
  /** Each of the two syllables before and the two after the gap. */
  SYLLABLE_UNIGRAMS,
  /** Syllable pairs: across the gap, and the pairs just before and after it. */
  SYLLABLE_BIGRAMS,
  /** Syllable triples that span the gap. */
  SYLLABLE_TRIGRAMS,
  /** Letter case and character classes of the syllables around the gap. */
  SHAPES,
  /** Lexicon words that span the gap: length, position of the gap, log-count bucket. */
  LEXICON_SPANS,
  /** The longest lexicon words that end just before and start just after the gap. */
  LEXICON_EDGES,
  /** Whether greedy longest matching over the lexicon (left to right, right to left) cuts here. */
  MAXIMAL_MATCHING,
  /** Syllable pairs and triples conjoined with case, for names. */
  SHAPED_SYLLABLES,
  /**
   * Lexicon statistics of the syllables around the gap: how often each starts, ends or is a
   * word, and how often the pair stands together inside a word.
   */
  LEXICON_STATISTICS,
  /**
   * The word being built, decided left to right: its length so far, and whether it is a lexicon
   * word now and would be one with the next syllable.
   */
  CURRENT_WORD,
  /**
   * Each syllable beside the gap conjoined with whether the pair across the gap is a lexicon
   * word, so that the model learns where the lexicon's conventions and the training data's
   * differ (a classifier noun before a lexicon word, for instance).
   */
  SYLLABLE_LEXICON,
  /**
   * The word being built conjoined with the syllables: its first syllable and its length so far,
   * and the pair across the gap with that length, so that a decision sees the ones before it.
   */
  WORD_CONTEXT;

  /** An unmodifiable copy that iterates in declaration order. */
  static Set<FeatureGroup> sortedCopy(Set<FeatureGroup> groups) {
    EnumSet<FeatureGroup> copy = EnumSet.noneOf(FeatureGroup.class);
    copy.addAll(groups);
    return Collections.unmodifiableSet(copy);
  }
}
