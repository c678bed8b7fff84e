package io.github.vietcat.models.genre;

import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Per-label offsets added to the log-probabilities of a model's answers, chosen to maximize
 * macro-F1 on held-out answers. A linear model trained for accuracy (even class-balanced) puts its
 * decision boundaries where errors are fewest, not where the mean of the per-label F1 is highest:
 * a small label gains F1 from a boundary moved its way. An offset on the log-probability of label
 * {@code c} is the same as an offset on the model's bias for {@code c}, so the tuned model has the
 * same form and the same speed.
 */
final class LabelOffsets {

  /** The offsets tried per label, in log-probability units. */
  static final double STEP = 0.05;
  static final double LIMIT = 1.5;

  private LabelOffsets() {}

  /**
   * Chooses offsets by coordinate ascent (three rounds over the labels, each label's offset the
   * best on a grid, the first label fixed at 0 since only differences matter), maximizing the mean
   * macro-F1 over the given sets of answers.
   *
   * @param labels the model's labels
   * @param sets held-out answers with their gold labels, one pair of lists per set (for example
   *     per view)
   * @return the offset per label
   */
  static Map<String, Double> tune(List<String> labels, List<List<String>> golds,
      List<List<GenreResult>> sets) {
    double[] offsets = new double[labels.size()];
    double best = objective(labels, golds, sets, offsets);
    for (int round = 0; round < 3; round++) {
      for (int c = 1; c < labels.size(); c++) {
        double keep = offsets[c];
        double bestValue = keep;
        for (double v = -LIMIT; v <= LIMIT + 1e-9; v += STEP) {
          offsets[c] = v;
          double score = objective(labels, golds, sets, offsets);
          // Prefer the smaller move on ties, so the offsets stay near 0 without evidence.
          if (score > best + 1e-12 || (Math.abs(score - best) <= 1e-12
              && Math.abs(v) < Math.abs(bestValue))) {
            best = score;
            bestValue = v;
          }
        }
        offsets[c] = bestValue;
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int c = 0; c < labels.size(); c++) {
      out.put(labels.get(c), Math.round(offsets[c] / STEP) * STEP);
    }
    return out;
  }

  private static double objective(List<String> labels, List<List<String>> golds,
      List<List<GenreResult>> sets, double[] offsets) {
    double sum = 0;
    for (int s = 0; s < sets.size(); s++) {
      List<String> predicted = new ArrayList<>();
      for (GenreResult r : sets.get(s)) {
        predicted.add(argMax(labels, r, offsets));
      }
      sum += GenreEvaluator.evaluate(labels, golds.get(s), predicted).macroF1();
    }
    return sum / sets.size();
  }

  private static String argMax(List<String> labels, GenreResult r, double[] offsets) {
    String best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < labels.size(); c++) {
      double p = r.probabilities().getOrDefault(labels.get(c), 0.0);
      double score = Math.log(Math.max(p, 1e-300)) + offsets[c];
      if (score > bestScore) {
        bestScore = score;
        best = labels.get(c);
      }
    }
    return best;
  }

  /**
   * The answers with the offsets applied: probabilities times {@code exp(offset)}, renormalized.
   *
   * @param results the answers
   * @param offsets the offset per label
   * @return the new answers (evidence dropped)
   */
  static List<GenreResult> apply(List<GenreResult> results, Map<String, Double> offsets) {
    List<GenreResult> out = new ArrayList<>(results.size());
    for (GenreResult r : results) {
      Map<String, Double> p = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : r.probabilities().entrySet()) {
        p.put(e.getKey(), e.getValue() * Math.exp(offsets.getOrDefault(e.getKey(), 0.0)));
      }
      out.add(normalized(p, r.fallback()));
    }
    return out;
  }

  /**
   * An answer from unnormalized label weights: divided by their sum, the largest chosen.
   *
   * @param weights the weight of each label (changed in place)
   * @param fallback the answer's fallback flag
   * @return the answer, without evidence
   */
  static GenreResult normalized(Map<String, Double> weights, boolean fallback) {
    double z = 0;
    for (double v : weights.values()) {
      z += v;
    }
    String best = null;
    double bestP = -1;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      e.setValue(e.getValue() / z);
      if (e.getValue() > bestP) {
        bestP = e.getValue();
        best = e.getKey();
      }
    }
    return new GenreResult(best, bestP, weights, List.of(), fallback);
  }

  /** The labels of a list of gold labels, sorted. */
  static List<String> labelsOf(List<String> gold) {
    return new ArrayList<>(new TreeSet<>(gold));
  }
}
