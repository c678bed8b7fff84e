package io.github.vietcat.genre;

import java.util.Random;

/**
 * One-vs-rest L2-regularized linear support vector machine with the squared hinge loss, solved by
 * dual coordinate descent (Hsieh et al., ICML 2008, as in LIBLINEAR). The bias is an extra feature of
 * value 1 that is regularized like the others. Deterministic for a given seed.
 */
final class LinearSvm {

  private static final int MAX_ITERATIONS = 1000;
  private static final double EPSILON = 0.1;

  private LinearSvm() {}

  /**
   * Trains one binary machine per class.
   *
   * @param index per document, the sorted feature indexes
   * @param value per document, the feature values
   * @param classOf per document, its class (0 to numClasses - 1)
   * @param numClasses how many classes
   * @param numFeatures how many features
   * @param cost the cost C
   * @param sampleCost per document, the factor of C for that document
   * @param seed the seed of the coordinate order
   * @param weights receives the weights, {@code weights[feature * numClasses + class]}
   * @param bias receives the bias of each class
   */
  static void train(
      int[][] index,
      float[][] value,
      int[] classOf,
      int numClasses,
      int numFeatures,
      double cost,
      double[] sampleCost,
      long seed,
      float[] weights,
      double[] bias) {
    int n = index.length;
    double[] squaredNorm = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 1.0; // the bias feature
      for (float v : value[i]) {
        s += (double) v * v;
      }
      squaredNorm[i] = s;
    }
    for (int c = 0; c < numClasses; c++) {
      double[] w = new double[numFeatures];
      double b = 0;
      double[] alpha = new double[n];
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      Random random = new Random(seed + c);
      double[] diag = new double[n];
      for (int i = 0; i < n; i++) {
        diag[i] = 0.5 / (cost * sampleCost[i]);
      }
      for (int iter = 0; iter < MAX_ITERATIONS; iter++) {
        for (int i = n - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
        double maxPg = Double.NEGATIVE_INFINITY;
        double minPg = Double.POSITIVE_INFINITY;
        for (int i : order) {
          int y = classOf[i] == c ? 1 : -1;
          double dot = b;
          int[] idx = index[i];
          float[] val = value[i];
          for (int k = 0; k < idx.length; k++) {
            dot += w[idx[k]] * val[k];
          }
          double g = y * dot - 1 + diag[i] * alpha[i];
          double pg = alpha[i] == 0 ? Math.min(g, 0) : g;
          maxPg = Math.max(maxPg, pg);
          minPg = Math.min(minPg, pg);
          if (Math.abs(pg) > 1e-12) {
            double old = alpha[i];
            alpha[i] = Math.max(old - g / (squaredNorm[i] + diag[i]), 0);
            double step = (alpha[i] - old) * y;
            for (int k = 0; k < idx.length; k++) {
              w[idx[k]] += step * val[k];
            }
            b += step;
          }
        }
        if (maxPg - minPg < EPSILON) {
          break;
        }
      }
      for (int f = 0; f < numFeatures; f++) {
        weights[f * numClasses + c] = (float) w[f];
      }
      bias[c] = b;
    }
  }
}
