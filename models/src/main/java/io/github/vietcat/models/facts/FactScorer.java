package io.github.vietcat.models.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores predicted facts against gold facts, field by field.
 *
 * <p>A field holds zero or more {@link Element elements}: a scalar field one (or none for {@code
 * null}), a list field several. Elements of a field are matched one to one (greedily, best pairs
 * first); each matched pair is a true positive, each unmatched predicted element a false positive,
 * each unmatched gold element a false negative. So a wrong scalar costs one false positive and one
 * false negative, and a field both sides leave {@code null} counts nothing.
 *
 * <p>Two elements match when their exact parts are equal and their texts match: strictly, the same
 * text after folding case, spaces and edge punctuation; relaxed, a word-level F1 of at least
 * {@link #RELAXED_THRESHOLD}.
 */
public final class FactScorer {

  /** Word-level F1 two texts need for a relaxed match. */
  public static final double RELAXED_THRESHOLD = 0.5;

  /**
   * One value of a field.
   *
   * @param text the span's text, compared strictly or relaxed; {@code null} when the value is
   *     exact only (a date, a kind)
   * @param exact a part compared exactly (a date, a figure's value, a deadline's date), or {@code
   *     null}
   */
  public record Element(String text, String exact) {

    /** A text value. */
    public static Element text(String text) {
      return new Element(Objects.requireNonNull(text, "text"), null);
    }

    /** An exact value (a date, a kind). */
    public static Element exact(String value) {
      return new Element(null, Objects.requireNonNull(value, "value"));
    }
  }

  /**
   * Counts of one field.
   *
   * @param tp matched pairs
   * @param fp unmatched predictions
   * @param fn unmatched gold values
   */
  public record Counts(int tp, int fp, int fn) {

    /** The sum of two counts. */
    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Precision, 0 when nothing was predicted. */
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** Recall, 0 when there is no gold value. */
    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** F1, 0 when precision and recall are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Strict and relaxed counts per field, summed over items. */
  public static final class Tally {
    private final Map<String, Counts> strict = new LinkedHashMap<>();
    private final Map<String, Counts> relaxed = new LinkedHashMap<>();

    /**
     * Adds one item's field.
     *
     * @param field the field's name
     * @param gold the gold elements
     * @param predicted the predicted elements
     */
    public void add(String field, List<Element> gold, List<Element> predicted) {
      strict.merge(field, match(gold, predicted, false), Counts::plus);
      relaxed.merge(field, match(gold, predicted, true), Counts::plus);
    }

    /** Returns the fields in the order first added. */
    public List<String> fields() {
      return List.copyOf(strict.keySet());
    }

    /** Returns the counts of a field (zeros if absent). */
    public Counts counts(String field, boolean relaxedMatch) {
      return (relaxedMatch ? relaxed : strict).getOrDefault(field, new Counts(0, 0, 0));
    }

    /** Returns the counts summed over the fields whose name satisfies the filter. */
    public Counts sum(java.util.function.Predicate<String> filter, boolean relaxedMatch) {
      Counts total = new Counts(0, 0, 0);
      for (Map.Entry<String, Counts> e : (relaxedMatch ? relaxed : strict).entrySet()) {
        if (filter.test(e.getKey())) {
          total = total.plus(e.getValue());
        }
      }
      return total;
    }
  }

  private FactScorer() {}

  /**
   * Matches two lists one to one.
   *
   * @param gold the gold elements
   * @param predicted the predicted elements
   * @param relaxed whether texts match relaxed (word F1) or strictly
   * @return the counts
   */
  public static Counts match(List<Element> gold, List<Element> predicted, boolean relaxed) {
    List<double[]> pairs = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        double score = similarity(gold.get(g), predicted.get(p), relaxed);
        if (score > 0) {
          pairs.add(new double[] {score, g, p});
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] predUsed = new boolean[predicted.size()];
    int tp = 0;
    for (double[] pair : pairs) {
      int g = (int) pair[1];
      int p = (int) pair[2];
      if (!goldUsed[g] && !predUsed[p]) {
        goldUsed[g] = true;
        predUsed[p] = true;
        tp++;
      }
    }
    return new Counts(tp, predicted.size() - tp, gold.size() - tp);
  }

  /** How well two elements match: 0 for no match, else in (0, 1]. */
  static double similarity(Element gold, Element predicted, boolean relaxed) {
    if (!Objects.equals(fold(gold.exact()), fold(predicted.exact()))) {
      return 0;
    }
    if (gold.text() == null || predicted.text() == null) {
      return gold.text() == null && predicted.text() == null ? 1 : 0;
    }
    if (!relaxed) {
      return fold(gold.text()).equals(fold(predicted.text())) ? 1 : 0;
    }
    double f1 = wordF1(gold.text(), predicted.text());
    return f1 >= RELAXED_THRESHOLD ? f1 : 0;
  }

  /** Folds case, runs of spaces and edge punctuation; NFC. */
  static String fold(String s) {
    if (s == null) {
      return null;
    }
    String t = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ").strip();
    int from = 0;
    int to = t.length();
    while (from < to && !Character.isLetterOrDigit(t.charAt(from))) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(t.charAt(to - 1))) {
      to--;
    }
    return t.substring(from, to);
  }

  /** The words of a text: runs of letters and digits, case folded. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
        .split("[^\\p{L}\\p{M}\\p{Nd}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Word-level F1 of two texts (multiset overlap of their words). */
  public static double wordF1(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.isEmpty() && y.isEmpty() ? 1 : 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String w : x) {
      counts.merge(w, 1, Integer::sum);
    }
    int common = 0;
    for (String w : y) {
      Integer c = counts.get(w);
      if (c != null && c > 0) {
        common++;
        counts.put(w, c - 1);
      }
    }
    if (common == 0) {
      return 0;
    }
    double p = common / (double) y.size();
    double r = common / (double) x.size();
    return 2 * p * r / (p + r);
  }
}
