package io.github.vietcat.genre;

import io.github.vietcat.genre.features.FeatureSet;
import io.github.vietcat.genre.features.GenreFeatureExtractor;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * One linear scorer of a {@link GenreClassifier}: a feature set, the weight of each feature for
 * each label, a bias per label and the factor (inverse temperature) that turns its scores into
 * calibrated log-probabilities. Immutable; the arrays are never exposed.
 */
final class LinearModel {

  private final FeatureSet featureSet;
  private final GenreFeatureExtractor extractor;
  private final String description;
  private final String[] featureNames;
  private final FeatureIndex featureIndex;
  private final int numLabels;
  private final float[] weights;
  private final float[] idf;
  private final double[] bias;
  private final byte[] blockOf;
  /** Per feature, the factor of its value (cue features); null when all are 1. */
  private final float[] featureScale;
  /** Scores are multiplied by this before the softmax (a calibrated inverse temperature). */
  private final double scale;

  LinearModel(FeatureSet featureSet, String description, String[] featureNames, int numLabels,
      float[] weights, float[] idf, double[] bias, double scale) {
    this.featureSet = featureSet;
    this.extractor = new GenreFeatureExtractor(featureSet);
    this.description = description;
    this.featureNames = featureNames;
    this.numLabels = numLabels;
    this.weights = weights;
    this.idf = idf;
    this.bias = bias;
    this.scale = scale;
    this.blockOf = blocks(featureSet, featureNames);
    this.featureScale = featureScales(featureSet, featureNames);
    this.featureIndex = new FeatureIndex(featureNames);
  }

  /** A weighted sparse feature vector. */
  record Vector(int[] index, float[] value) {}

  FeatureSet featureSet() {
    return featureSet;
  }

  String description() {
    return description;
  }

  int featureCount() {
    return featureNames.length;
  }

  String featureName(int feature) {
    return featureNames[feature];
  }

  double scale() {
    return scale;
  }

  /** The weight of a feature for a label. */
  float weight(int feature, int label) {
    return weights[feature * numLabels + label];
  }

  LinearModel withScale(double newScale) {
    return new LinearModel(featureSet, description, featureNames, numLabels, weights, idf, bias,
        newScale);
  }

  /** The model's features of an item (title and body as {@link ItemText} gives them), weighted. */
  Vector vectorize(String title, String body) {
    // Feature ids as they come, then sorted and counted: no boxing, and the features end up in
    // id order, the order the trainer uses.
    int[][] ids = {new int[256]};
    int[] size = {0};
    extractor.extractSequences(title, body, f -> {
      int id = featureIndex.idOf(f);
      if (id >= 0) {
        if (size[0] == ids[0].length) {
          ids[0] = Arrays.copyOf(ids[0], size[0] * 2);
        }
        ids[0][size[0]++] = id;
      }
    });
    int[] all = ids[0];
    int n = size[0];
    Arrays.sort(all, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        distinct++;
      }
    }
    int[] index = new int[distinct];
    float[] value = new float[distinct];
    int k = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        index[++k] = all[i];
      }
      value[k]++;
    }
    weigh(index, value, idf, blockOf, featureScale);
    return new Vector(index, value);
  }

  /** The linear scores of a vector before scaling, in label order. */
  double[] scores(Vector vector) {
    double[] scores = bias.clone();
    for (int i = 0; i < vector.index.length; i++) {
      int base = vector.index[i] * numLabels;
      for (int c = 0; c < numLabels; c++) {
        scores[c] += vector.value[i] * weights[base + c];
      }
    }
    return scores;
  }

  void write(DataOutputStream out) throws IOException {
    out.writeUTF(featureSet.toSpec());
    out.writeUTF(description);
    out.writeDouble(scale);
    for (int c = 0; c < numLabels; c++) {
      out.writeDouble(bias[c]);
    }
    writeFeatures(out);
  }

  /** The feature table: whether idf values follow, the count, then name, idf and weights. */
  void writeFeatures(DataOutputStream out) throws IOException {
    out.writeBoolean(idf != null);
    out.writeInt(featureNames.length);
    for (int f = 0; f < featureNames.length; f++) {
      out.writeUTF(featureNames[f]);
      if (idf != null) {
        out.writeFloat(idf[f]);
      }
      for (int c = 0; c < numLabels; c++) {
        out.writeFloat(weights[f * numLabels + c]);
      }
    }
  }

  /** The bias of each label (the format-1 header keeps them beside the label names). */
  double bias(int label) {
    return bias[label];
  }

  static LinearModel read(DataInputStream in, int numLabels, String name) throws IOException {
    FeatureSet featureSet = FeatureSet.parse(in.readUTF());
    String description = in.readUTF();
    double scale = readScale(in, name);
    double[] bias = new double[numLabels];
    for (int c = 0; c < numLabels; c++) {
      bias[c] = in.readDouble();
    }
    return readFeatures(in, featureSet, description, scale, bias, name);
  }

  static double readScale(DataInputStream in, String name) throws IOException {
    double scale = in.readDouble();
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IOException("corrupt genre model " + name + ": scale " + scale);
    }
    return scale;
  }

  static LinearModel readFeatures(DataInputStream in, FeatureSet featureSet, String description,
      double scale, double[] bias, String name) throws IOException {
    int numLabels = bias.length;
    boolean hasIdf = in.readBoolean();
    int numFeatures = in.readInt();
    if (numFeatures < 0 || numFeatures > 50_000_000) {
      throw new IOException("corrupt genre model " + name + ": " + numFeatures + " features");
    }
    String[] featureNames = new String[numFeatures];
    float[] idf = hasIdf ? new float[numFeatures] : null;
    float[] weights = new float[numFeatures * numLabels];
    for (int f = 0; f < numFeatures; f++) {
      featureNames[f] = in.readUTF();
      if (hasIdf) {
        idf[f] = in.readFloat();
      }
      for (int c = 0; c < numLabels; c++) {
        weights[f * numLabels + c] = in.readFloat();
      }
    }
    return new LinearModel(featureSet, description, featureNames, numLabels, weights, idf, bias,
        scale);
  }

  /**
   * Turns counts into feature values in place: binary; log-tf times idf, normalized; or the same
   * normalized block by block when {@code blockOf} is given; then multiplied by the feature's
   * factor when {@code featureScale} is given.
   */
  static void weigh(int[] index, float[] value, float[] idf, byte[] blockOf, float[] featureScale) {
    weigh(index, value, idf, blockOf);
    if (featureScale != null) {
      for (int i = 0; i < index.length; i++) {
        value[i] *= featureScale[index[i]];
      }
    }
  }

  /** {@code 1 + ln(count)} for small counts, the sublinear term frequency without a logarithm. */
  private static final double[] LOG_TF = logTf(64);

  private static double[] logTf(int size) {
    double[] table = new double[size];
    for (int c = 1; c < size; c++) {
      table[c] = 1 + Math.log(c);
    }
    return table;
  }

  private static void weigh(int[] index, float[] value, float[] idf, byte[] blockOf) {
    if (idf == null) {
      Arrays.fill(value, 1f);
      return;
    }
    double[] norm = new double[GenreFeatureExtractor.BLOCKS];
    for (int i = 0; i < index.length; i++) {
      int count = (int) value[i];
      double tf = count < LOG_TF.length ? LOG_TF[count] : 1 + Math.log(value[i]);
      value[i] = (float) (tf * idf[index[i]]);
      norm[blockOf == null ? 0 : blockOf[index[i]]] += (double) value[i] * value[i];
    }
    for (int i = 0; i < value.length; i++) {
      double n = norm[blockOf == null ? 0 : blockOf[index[i]]];
      if (n > 0) {
        value[i] = (float) (value[i] / Math.sqrt(n));
      }
    }
  }

  static float[] featureScales(FeatureSet featureSet, String[] featureNames) {
    if (!featureSet.cues() || featureSet.cueWeight() == 1) {
      return null;
    }
    float[] scale = new float[featureNames.length];
    for (int i = 0; i < featureNames.length; i++) {
      scale[i] = GenreFeatureExtractor.isCue(featureNames[i]) ? (float) featureSet.cueWeight() : 1f;
    }
    return scale;
  }

  static byte[] blocks(FeatureSet featureSet, String[] featureNames) {
    if (featureSet.weighting() != FeatureSet.Weighting.BLOCK_TF_IDF) {
      return null;
    }
    byte[] blockOf = new byte[featureNames.length];
    for (int i = 0; i < featureNames.length; i++) {
      blockOf[i] = (byte) GenreFeatureExtractor.block(featureNames[i]);
    }
    return blockOf;
  }
}
