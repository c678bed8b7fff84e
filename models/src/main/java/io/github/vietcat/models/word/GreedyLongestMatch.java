package io.github.vietcat.models.word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline segmenter: left to right, take the longest run of syllables (up to a maximum) that
 * is a word of the lexicon, exactly as spelled; otherwise one syllable.
 */
public final class GreedyLongestMatch {

  private final Set<String> words;
  private final int maxLength;

  /**
   * Creates the baseline.
   *
   * @param lexicon word counts
   * @param minCount words counted fewer times are ignored
   * @param maxLength the longest word tried, in syllables
   */
  public GreedyLongestMatch(Map<String, Long> lexicon, long minCount, int maxLength) {
    this.words = new HashSet<>();
    for (Map.Entry<String, Long> e : lexicon.entrySet()) {
      if (e.getValue() >= minCount) {
        words.add(e.getKey());
      }
    }
    this.maxLength = maxLength;
  }

  /** Segments one sentence's syllables; each word's syllables joined by single spaces. */
  public List<String> segment(List<String> syllables) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < syllables.size()) {
      int take = 1;
      for (int n = Math.min(maxLength, syllables.size() - i); n >= 2; n--) {
        if (words.contains(String.join(" ", syllables.subList(i, i + n)))) {
          take = n;
          break;
        }
      }
      out.add(String.join(" ", syllables.subList(i, i + take)));
      i += take;
    }
    return out;
  }
}
