package io.github.vietcat.genre;

import io.github.vietcat.genre.features.FeatureSet;
import io.github.vietcat.genre.features.GenreFeatureExtractor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Trains a {@link GenreClassifier} on labelled items, for any label set. Training is
 * deterministic: the same samples in the same order with the same parameters give the same model.
 *
 * <pre>{@code
 * GenreClassifier classifier = GenreTrainer.train(samples, GenreTrainer.Parameters.defaults());
 * }</pre>
 */
public final class GenreTrainer {

  static final String BIAS = "\u0000bias";

  /** The learning algorithm. All of them give a linear model over the features. */
  public enum Learner {
    /** Maximum entropy (multinomial logistic regression) by OpenNLP's L-BFGS trainer, L2 cost. */
    MAXENT,
    /** OpenNLP's averaged perceptron. */
    PERCEPTRON,
    /**
     * One-vs-rest linear SVM (squared hinge loss, dual coordinate descent); probabilities are a
     * softmax of the margins times a factor fitted on held-out margins (3-fold split of the
     * training items).
     */
    LINEAR_SVM
  }

  /** How the trainer handles labels of very different frequencies. */
  public enum ClassBalance {
    /** Every item counts once. */
    NONE,
    /**
     * Every label weighs as much as the others in total: SVM costs scaled by {@code n / (labels *
     * n_label)}; for maxent and perceptron, the items of a label repeated {@code round(n_largest /
     * n_label)} times.
     */
    BALANCED
  }

  /**
   * Training parameters.
   *
   * @param features the features to use
   * @param learner the learning algorithm
   * @param cost the SVM cost C, or the maxent L2 cost (ignored by the perceptron)
   * @param iterations the maximum number of iterations (maxent, perceptron)
   * @param minDocumentFrequency a feature is kept only if at least this many items have it
   * @param balance how to handle label imbalance
   */
  public record Parameters(
      FeatureSet features,
      Learner learner,
      double cost,
      int iterations,
      int minDocumentFrequency,
      ClassBalance balance) {

    /** Validates the components. */
    public Parameters {
      Objects.requireNonNull(features, "features");
      Objects.requireNonNull(learner, "learner");
      Objects.requireNonNull(balance, "balance");
      if (!(cost > 0) || iterations < 1 || minDocumentFrequency < 1) {
        throw new IllegalArgumentException(
            "need cost > 0, iterations >= 1, minDocumentFrequency >= 1");
      }
    }

    /**
     * The parameters of the shipped model.
     *
     * @return the default parameters
     */
    public static Parameters defaults() {
      return new Parameters(
          new FeatureSet(
              FeatureSet.Units.SYLLABLES, 2, true, 2, true, false, 800,
              FeatureSet.Weighting.BINARY, 2),
          Learner.LINEAR_SVM, 0.01, 100, 2, ClassBalance.BALANCED);
    }

    /**
     * The in-project baseline: TF-IDF over lower-cased 1-2-grams (min_df 2, sublinear tf) with a
     * class-balanced linear SVM, C 0.5.
     *
     * @return the baseline parameters
     */
    public static Parameters baseline() {
      return new Parameters(
          FeatureSet.BASELINE, Learner.LINEAR_SVM, 0.5, 100, 2, ClassBalance.BALANCED);
    }

    /**
     * Returns a copy with other features.
     *
     * @param newFeatures the features
     * @return the new parameters
     */
    public Parameters withFeatures(FeatureSet newFeatures) {
      return new Parameters(newFeatures, learner, cost, iterations, minDocumentFrequency, balance);
    }

    /**
     * Returns a copy with another learner and cost.
     *
     * @param newLearner the learner
     * @param newCost the cost
     * @return the new parameters
     */
    public Parameters withLearner(Learner newLearner, double newCost) {
      return new Parameters(features, newLearner, newCost, iterations, minDocumentFrequency, balance);
    }

    /**
     * Returns a copy with another balance.
     *
     * @param newBalance the balance
     * @return the new parameters
     */
    public Parameters withBalance(ClassBalance newBalance) {
      return new Parameters(features, learner, cost, iterations, minDocumentFrequency, newBalance);
    }

    /** A one-line description of the parameters. */
    @Override
    public String toString() {
      return learner + " cost=" + cost + " iterations=" + iterations + " minDf="
          + minDocumentFrequency + " balance=" + balance + " features=[" + features.toSpec() + "]";
    }
  }

  private GenreTrainer() {}

  /**
   * Trains a classifier.
   *
   * @param samples the labelled items, at least two distinct labels
   * @param parameters the training parameters
   * @return the trained classifier
   * @throws IllegalArgumentException if the samples have fewer than two labels or no feature is
   *     frequent enough
   */
  public static GenreClassifier train(List<GenreSample> samples, Parameters parameters) {
    return train(samples, parameters, true);
  }

  /**
   * Trains a classifier, optionally without fitting the probability scale of an SVM (three extra
   * trainings). Without it the labels chosen are the same, only the probabilities are a plain
   * softmax of the margins: useful for fast model-selection runs.
   *
   * @param samples the labelled items, at least two distinct labels
   * @param parameters the training parameters
   * @param calibrate whether to fit the probability scale of an SVM on held-out margins
   * @return the trained classifier
   * @throws IllegalArgumentException if the samples have fewer than two labels or no feature is
   *     frequent enough
   */
  public static GenreClassifier train(
      List<GenreSample> samples, Parameters parameters, boolean calibrate) {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(parameters, "parameters");
    List<String> labels = new ArrayList<>(new TreeSet<>(samples.stream().map(GenreSample::label).toList()));
    if (labels.size() < 2) {
      throw new IllegalArgumentException("need at least two labels, got " + labels);
    }
    int numLabels = labels.size();
    GenreFeatureExtractor extractor = new GenreFeatureExtractor(parameters.features());

    // Count features per item and document frequencies.
    List<Map<String, Integer>> counts = new ArrayList<>(samples.size());
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (GenreSample sample : samples) {
      Map<String, Integer> tf = new HashMap<>();
      ItemText item = ItemText.of(sample.title(), sample.body());
      extractor.extract(item.title(), item.body(), f -> tf.merge(f, 1, Integer::sum));
      counts.add(tf);
      for (String f : tf.keySet()) {
        documentFrequency.merge(f, 1, Integer::sum);
      }
    }
    TreeMap<String, Integer> vocabulary = new TreeMap<>();
    documentFrequency.forEach(
        (f, df) -> {
          if (df >= parameters.minDocumentFrequency()) {
            vocabulary.put(f, df);
          }
        });
    if (vocabulary.isEmpty()) {
      throw new IllegalArgumentException("no feature occurs in " + parameters.minDocumentFrequency()
          + " items or more");
    }
    String[] featureNames = vocabulary.keySet().toArray(new String[0]);
    Map<String, Integer> featureIndex = new HashMap<>();
    for (int i = 0; i < featureNames.length; i++) {
      featureIndex.put(featureNames[i], i);
    }
    float[] idf = null;
    if (parameters.features().weighting() != FeatureSet.Weighting.BINARY) {
      idf = new float[featureNames.length];
      for (int i = 0; i < featureNames.length; i++) {
        idf[i] = (float) (Math.log((1.0 + samples.size()) / (1.0 + vocabulary.get(featureNames[i]))) + 1);
      }
    }

    // Sparse vectors.
    byte[] blockOf = LinearModel.blocks(parameters.features(), featureNames);
    float[] featureScale = LinearModel.featureScales(parameters.features(), featureNames);
    int n = samples.size();
    int[][] index = new int[n][];
    float[][] value = new float[n][];
    int[] classOf = new int[n];
    int[] labelCount = new int[numLabels];
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> tf = new TreeMap<>();
      counts.get(i).forEach((f, c) -> {
        Integer id = featureIndex.get(f);
        if (id != null) {
          tf.put(id, c);
        }
      });
      index[i] = tf.keySet().stream().mapToInt(Integer::intValue).toArray();
      value[i] = new float[index[i].length];
      int k = 0;
      for (int c : tf.values()) {
        value[i][k++] = c;
      }
      LinearModel.weigh(index[i], value[i], idf, blockOf, featureScale);
      classOf[i] = labels.indexOf(samples.get(i).label());
      labelCount[classOf[i]]++;
    }

    float[] weights = new float[featureNames.length * numLabels];
    double[] bias = new double[numLabels];
    if (parameters.learner() == Learner.LINEAR_SVM) {
      double[] classCost = new double[numLabels];
      for (int c = 0; c < numLabels; c++) {
        classCost[c] = parameters.balance() == ClassBalance.BALANCED
            ? (double) n / (numLabels * labelCount[c]) : 1.0;
      }
      double[] sampleCost = new double[n];
      for (int i = 0; i < n; i++) {
        sampleCost[i] = classCost[classOf[i]] * samples.get(i).weight();
      }
      LinearSvm.train(index, value, classOf, numLabels, featureNames.length, parameters.cost(),
          sampleCost, 17L, weights, bias);
    } else {
      OpenNlpLearner.requireOnClasspath(parameters.learner());
      OpenNlpLearner.train(parameters, labels, featureNames, index, value, classOf, labelCount,
          weights, bias);
    }
    String fallback = labels.contains(Genre.OTHER.name()) ? Genre.OTHER.name()
        : labels.get(argMax(labelCount));
    GenreClassifier classifier = new GenreClassifier(parameters.features(), parameters.toString(),
        labels, fallback, featureNames, weights, idf, bias, 1.0);
    if (parameters.learner() == Learner.LINEAR_SVM && calibrate) {
      classifier = classifier.withScale(calibratedScale(samples, parameters, labels));
    }
    return classifier;
  }

  /**
   * Finds the factor of the SVM margins that makes their softmax the best probability estimate:
   * the maximum-likelihood factor on held-out margins of a deterministic 3-fold split (samples of
   * one {@link GenreSample#group()} in the same fold).
   */
  private static double calibratedScale(
      List<GenreSample> samples, Parameters parameters, List<String> labels) {
    int folds = 3;
    if (samples.size() < 10 * folds) {
      return 1.0;
    }
    List<double[]> heldOutScores = new ArrayList<>();
    List<Integer> heldOutGold = new ArrayList<>();
    for (int fold = 0; fold < folds; fold++) {
      List<GenreSample> train = new ArrayList<>();
      List<GenreSample> test = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        (calibrationFold(samples.get(i), i, folds) == fold ? test : train).add(samples.get(i));
      }
      if (train.stream().map(GenreSample::label).distinct().count() != labels.size()) {
        return 1.0;
      }
      GenreClassifier model = train(train, parameters, false);
      for (GenreSample s : test) {
        heldOutScores.add(model.rawScores(s.title(), s.body()));
        heldOutGold.add(labels.indexOf(s.label()));
      }
    }
    // The log-likelihood is concave in the factor: golden-section search on a log scale.
    double lo = Math.log(0.1);
    double hi = Math.log(100);
    double phi = (Math.sqrt(5) - 1) / 2;
    for (int iter = 0; iter < 60; iter++) {
      double a = hi - phi * (hi - lo);
      double b = lo + phi * (hi - lo);
      if (logLikelihood(heldOutScores, heldOutGold, Math.exp(a))
          > logLikelihood(heldOutScores, heldOutGold, Math.exp(b))) {
        hi = b;
      } else {
        lo = a;
      }
    }
    return Math.exp((lo + hi) / 2);
  }

  /** The fold of a sample: by its group where it has one, so that a group is held out whole. */
  private static int calibrationFold(GenreSample sample, int index, int folds) {
    return sample.group() == null ? index % folds
        : Math.floorMod(sample.group().hashCode(), folds);
  }

  private static double logLikelihood(List<double[]> scores, List<Integer> gold, double scale) {
    double sum = 0;
    for (int i = 0; i < scores.size(); i++) {
      double[] s = scores.get(i);
      double max = Double.NEGATIVE_INFINITY;
      for (double v : s) {
        max = Math.max(max, v * scale);
      }
      double z = 0;
      for (double v : s) {
        z += Math.exp(v * scale - max);
      }
      sum += s[gold.get(i)] * scale - max - Math.log(z);
    }
    return sum;
  }

  private static int argMax(int[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
