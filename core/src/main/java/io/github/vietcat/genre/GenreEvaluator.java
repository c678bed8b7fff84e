package io.github.vietcat.genre;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores genre classifiers: per-label precision, recall and F1, macro-F1, accuracy, confusion
 * matrix, and stratified k-fold cross-validation.
 */
public final class GenreEvaluator {

  private GenreEvaluator() {}

  /**
   * The scores of one label.
   *
   * @param label the label
   * @param precision correct predictions of the label / all predictions of it (0 if none)
   * @param recall correct predictions of the label / items that have it (0 if none)
   * @param f1 the harmonic mean of precision and recall (0 if both are 0)
   * @param support how many evaluated items have the label
   */
  public record LabelScore(String label, double precision, double recall, double f1, int support) {}

  /**
   * The scores of a classifier on a set of items.
   *
   * @param labels the labels, in the order of the confusion matrix
   * @param scores per label, in the same order
   * @param macroF1 the unweighted mean of the labels' F1
   * @param accuracy the share of items labelled correctly
   * @param confusion {@code confusion[gold][predicted]} item counts, indexed like {@code labels}
   */
  public record Evaluation(
      List<String> labels, List<LabelScore> scores, double macroF1, double accuracy,
      int[][] confusion) {

    /** Makes defensive copies. */
    public Evaluation {
      labels = List.copyOf(labels);
      scores = List.copyOf(scores);
      confusion = copy(confusion);
    }

    /** Returns a copy of the confusion matrix, {@code [gold][predicted]}. */
    @Override
    public int[][] confusion() {
      return copy(confusion);
    }

    /**
     * Returns the score of one label.
     *
     * @param label the label
     * @return its scores
     * @throws IllegalArgumentException if the label was not evaluated
     */
    public LabelScore score(String label) {
      for (LabelScore s : scores) {
        if (s.label().equals(label)) {
          return s;
        }
      }
      throw new IllegalArgumentException("no such label: " + label);
    }

    /**
     * Formats the scores and the confusion matrix as a plain-text table.
     *
     * @return the table
     */
    public String format() {
      return formatScores()
          + String.format(Locale.ROOT, "macro-F1 %.3f   accuracy %.3f%n", macroF1, accuracy)
          + formatConfusion();
    }

    /**
     * Formats the per-label precision, recall, F1 and support as a plain-text table, a line per
     * label under a header line.
     *
     * @return the table
     */
    public String formatScores() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "%-16s %9s %9s %9s %8s%n",
          "label", "precision", "recall", "F1", "support"));
      for (LabelScore s : scores) {
        out.append(String.format(Locale.ROOT, "%-16s %9.3f %9.3f %9.3f %8d%n",
            s.label(), s.precision(), s.recall(), s.f1(), s.support()));
      }
      return out.toString();
    }

    /**
     * Formats the confusion matrix (rows gold, columns predicted) as plain text, with a title line.
     *
     * @return the matrix
     */
    public String formatConfusion() {
      StringBuilder out = new StringBuilder();
      out.append("confusion (rows gold, columns predicted):\n");
      out.append(String.format(Locale.ROOT, "%-16s", ""));
      for (String label : labels) {
        out.append(String.format(Locale.ROOT, " %8.8s", label));
      }
      out.append('\n');
      for (int g = 0; g < labels.size(); g++) {
        out.append(String.format(Locale.ROOT, "%-16s", labels.get(g)));
        for (int p = 0; p < labels.size(); p++) {
          out.append(String.format(Locale.ROOT, " %8d", confusion[g][p]));
        }
        out.append('\n');
      }
      return out.toString();
    }

    private static int[][] copy(int[][] m) {
      int[][] out = new int[m.length][];
      for (int i = 0; i < m.length; i++) {
        out[i] = m[i].clone();
      }
      return out;
    }
  }

  /**
   * The result of a k-fold cross-validation.
   *
   * @param folds the evaluation of each fold
   * @param pooled the evaluation of all held-out predictions together
   * @param meanMacroF1 the mean of the folds' macro-F1
   * @param stdMacroF1 the standard deviation of the folds' macro-F1
   */
  public record CrossValidation(
      List<Evaluation> folds, Evaluation pooled, double meanMacroF1, double stdMacroF1) {
    /** Makes a defensive copy. */
    public CrossValidation {
      folds = List.copyOf(folds);
    }
  }

  /**
   * Classifies the samples and scores the answers.
   *
   * @param classifier the classifier
   * @param samples the labelled items
   * @return the scores, over the classifier's labels and any other gold label
   */
  public static Evaluation evaluate(GenreClassifier classifier, List<GenreSample> samples) {
    Objects.requireNonNull(classifier, "classifier");
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (GenreSample s : samples) {
      gold.add(s.label());
      predicted.add(classifier.classify(s.title(), s.body()).label());
    }
    TreeSet<String> labels = new TreeSet<>(classifier.labels());
    labels.addAll(gold);
    return evaluate(new ArrayList<>(labels), gold, predicted);
  }

  /**
   * Scores predictions against gold labels.
   *
   * @param labels the labels to score, in the order wanted (every gold and predicted label must be
   *     among them)
   * @param gold the gold labels
   * @param predicted the predicted labels, in the same order
   * @return the scores
   */
  public static Evaluation evaluate(List<String> labels, List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException("gold and predicted differ in size");
    }
    int k = labels.size();
    int[][] confusion = new int[k][k];
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      int g = labels.indexOf(gold.get(i));
      int p = labels.indexOf(predicted.get(i));
      if (g < 0 || p < 0) {
        throw new IllegalArgumentException("label outside " + labels + ": " + gold.get(i) + " / "
            + predicted.get(i));
      }
      confusion[g][p]++;
      if (g == p) {
        correct++;
      }
    }
    List<LabelScore> scores = new ArrayList<>();
    double sumF1 = 0;
    for (int c = 0; c < k; c++) {
      int tp = confusion[c][c];
      int goldCount = 0;
      int predictedCount = 0;
      for (int j = 0; j < k; j++) {
        goldCount += confusion[c][j];
        predictedCount += confusion[j][c];
      }
      double precision = predictedCount == 0 ? 0 : (double) tp / predictedCount;
      double recall = goldCount == 0 ? 0 : (double) tp / goldCount;
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      scores.add(new LabelScore(labels.get(c), precision, recall, f1, goldCount));
      sumF1 += f1;
    }
    double accuracy = gold.isEmpty() ? 0 : (double) correct / gold.size();
    return new Evaluation(labels, scores, k == 0 ? 0 : sumF1 / k, accuracy, confusion);
  }

  /**
   * Stratified k-fold cross-validation: the samples are shuffled (with the seed) within each label
   * and dealt to the folds in turn; each fold is scored by a model trained on the others.
   *
   * @param samples the labelled items to split into folds
   * @param parameters the training parameters
   * @param folds the number of folds (at least 2)
   * @param seed the seed of the shuffle
   * @return the folds' and the pooled scores
   */
  public static CrossValidation crossValidate(
      List<GenreSample> samples, GenreTrainer.Parameters parameters, int folds, long seed) {
    return crossValidate(samples, List.of(), parameters, folds, seed);
  }

  /**
   * Stratified k-fold cross-validation with extra training material: the extra samples (for
   * example synthetic items) join the training part of every fold and are never scored.
   *
   * @param samples the labelled items to split into folds
   * @param extraTraining items added to every fold's training part
   * @param parameters the training parameters
   * @param folds the number of folds (at least 2)
   * @param seed the seed of the shuffle
   * @return the folds' and the pooled scores
   */
  public static CrossValidation crossValidate(List<GenreSample> samples,
      List<GenreSample> extraTraining, GenreTrainer.Parameters parameters, int folds, long seed) {
    if (folds < 2 || folds > samples.size()) {
      throw new IllegalArgumentException("folds must be between 2 and the number of samples");
    }
    int[] foldOf = stratifiedFolds(samples.stream().map(GenreSample::label).toList(), folds, seed);
    TreeSet<String> allLabels = new TreeSet<>(samples.stream().map(GenreSample::label).toList());
    extraTraining.forEach(s -> allLabels.add(s.label()));
    List<String> labels = new ArrayList<>(allLabels);
    List<Evaluation> evaluations = new ArrayList<>();
    List<String> pooledGold = new ArrayList<>();
    List<String> pooledPredicted = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<GenreSample> train = new ArrayList<>();
      List<GenreSample> test = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        (foldOf[i] == fold ? test : train).add(samples.get(i));
      }
      train.addAll(extraTraining);
      GenreClassifier classifier = GenreTrainer.train(train, parameters);
      List<String> gold = new ArrayList<>();
      List<String> predicted = new ArrayList<>();
      for (GenreSample s : test) {
        gold.add(s.label());
        predicted.add(classifier.classify(s.title(), s.body()).label());
      }
      evaluations.add(evaluate(labels, gold, predicted));
      pooledGold.addAll(gold);
      pooledPredicted.addAll(predicted);
    }
    double mean = evaluations.stream().mapToDouble(Evaluation::macroF1).average().orElse(0);
    double variance = evaluations.stream()
        .mapToDouble(e -> (e.macroF1() - mean) * (e.macroF1() - mean)).sum() / folds;
    return new CrossValidation(evaluations, evaluate(labels, pooledGold, pooledPredicted), mean,
        Math.sqrt(variance));
  }

  /**
   * Assigns items to stratified folds: within each label (in sorted order) the items are shuffled
   * with the seed and dealt out to the folds in turn, so every fold gets its share of each label.
   *
   * @param labels the label of each item
   * @param folds the number of folds
   * @param seed the seed of the shuffle
   * @return the fold of each item, 0 to {@code folds - 1}
   */
  public static int[] stratifiedFolds(List<String> labels, int folds, long seed) {
    Map<String, List<Integer>> byLabel = new TreeMap<>();
    for (int i = 0; i < labels.size(); i++) {
      byLabel.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(i);
    }
    int[] foldOf = new int[labels.size()];
    Random random = new Random(seed);
    int next = 0;
    for (List<Integer> members : byLabel.values()) {
      Collections.shuffle(members, random);
      for (int i : members) {
        foldOf[i] = next++ % folds;
      }
    }
    return foldOf;
  }
}
