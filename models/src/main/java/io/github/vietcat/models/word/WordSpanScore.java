package io.github.vietcat.models.word;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word precision, recall and F1 by character spans: a predicted word counts as correct when a
 * gold word covers exactly the same characters of the sentence. Accumulates over sentences.
 */
public final class WordSpanScore {

  private long correct;
  private long predicted;
  private long gold;

  /**
   * Adds one sentence. Both word lists must spell the same syllables; each word's syllables are
   * separated by single spaces and the sentence is those words joined by single spaces.
   *
   * @param goldWords the gold words
   * @param predictedWords the predicted words
   * @throws IllegalArgumentException if the two do not spell the same text
   */
  public void add(List<String> goldWords, List<String> predictedWords) {
    if (!String.join(" ", goldWords).equals(String.join(" ", predictedWords))) {
      throw new IllegalArgumentException("gold and predicted words spell different texts");
    }
    Set<Long> goldSpans = spans(goldWords);
    Set<Long> predictedSpans = spans(predictedWords);
    gold += goldSpans.size();
    predicted += predictedSpans.size();
    for (Long span : predictedSpans) {
      if (goldSpans.contains(span)) {
        correct++;
      }
    }
  }

  private static Set<Long> spans(List<String> words) {
    Set<Long> spans = new HashSet<>();
    int start = 0;
    for (String w : words) {
      int end = start + w.length();
      spans.add(((long) start << 32) | end);
      start = end + 1;
    }
    return spans;
  }

  /** Adds raw counts (for scorers that align spans themselves). */
  public void addCounts(long correctWords, long predictedWords, long goldWords) {
    correct += correctWords;
    predicted += predictedWords;
    gold += goldWords;
  }

  /** Correct words over predicted words (0 when nothing was predicted). */
  public double precision() {
    return predicted == 0 ? 0 : (double) correct / predicted;
  }

  /** Correct words over gold words (0 when there are none). */
  public double recall() {
    return gold == 0 ? 0 : (double) correct / gold;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The number of correctly predicted words. */
  public long correct() {
    return correct;
  }

  /** F1, precision and recall in percent, with the counts. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "F1 %.2f (P %.2f, R %.2f; %d correct of %d predicted, %d gold)",
        100 * f1(), 100 * precision(), 100 * recall(), correct, predicted, gold);
  }
}
