package io.github.vietcat.genre;

import io.github.vietcat.genre.features.FeatureSet;
import io.github.vietcat.genre.features.GenreFeatureExtractor;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Classifies Vietnamese news items by genre with a trained linear model. The shipped model ({@link
 * #loadDefault()}) knows the four {@link Genre}s; models trained with {@link GenreTrainer} may use
 * any labels.
 *
 * <p>Instances are immutable and thread-safe: load a model once and share it.
 *
 * <pre>{@code
 * GenreClassifier classifier = GenreClassifier.loadDefault();
 * GenreResult result = classifier.classify(title, body);
 * result.genre();          // Optional[DIRECTIVE]
 * result.probability();    // 0.93
 * result.evidence();       // [title has "chỉ thị", ...]
 * }</pre>
 *
 * <p>Input without usable Vietnamese text (empty, whitespace only, another language) gets the
 * model's fallback label ({@code OTHER} for the shipped model) with a uniform distribution and
 * {@link GenreResult#fallback()} set: a low-confidence answer, never an exception.
 */
public final class GenreClassifier {

  /** The classpath resource of the shipped model, in the vietcat-models artifact. */
  public static final String DEFAULT_MODEL_RESOURCE = "io/github/vietcat/models/genre-classifier.bin";

  private static final String MAGIC = "vietcat-genre-model";
  private static final int FORMAT_VERSION = 1;
  private static final String END = "end";
  /** Tokenizes raw input to locate the words of the evidence (same options as the features). */
  private static final SyllableTokenizer TOKENIZER = new SyllableTokenizer();
  private static final int MAX_EVIDENCE = 5;
  /** Whether an item has Vietnamese is judged on its title and this many chars of its body. */
  private static final int VIETNAMESE_CHECK_CHARS = 3000;

  private final FeatureSet featureSet;
  private final GenreFeatureExtractor extractor;
  private final String description;
  private final List<String> labels;
  private final String fallbackLabel;
  private final String[] featureNames;
  private final Map<String, Integer> featureIndex;
  private final float[] weights;
  private final float[] idf;
  private final double[] bias;
  private final byte[] blockOf;
  /** Per feature, the factor of its value (cue features); null when all are 1. */
  private final float[] featureScale;
  /** Scores are multiplied by this before the softmax (a calibrated inverse temperature). */
  private final double scale;

  GenreClassifier(FeatureSet featureSet, String description, List<String> labels,
      String fallbackLabel, String[] featureNames, float[] weights, float[] idf, double[] bias,
      double scale) {
    this.scale = scale;
    this.featureSet = featureSet;
    this.extractor = new GenreFeatureExtractor(featureSet);
    this.description = description;
    this.labels = List.copyOf(labels);
    this.fallbackLabel = fallbackLabel;
    this.featureNames = featureNames;
    this.weights = weights;
    this.idf = idf;
    this.bias = bias;
    this.blockOf = blocks(featureSet, featureNames);
    this.featureScale = featureScales(featureSet, featureNames);
    this.featureIndex = new HashMap<>(featureNames.length * 2);
    for (int i = 0; i < featureNames.length; i++) {
      featureIndex.put(featureNames[i], i);
    }
  }

  private static final class DefaultModel {
    static final GenreClassifier INSTANCE;
    static final String FAILURE;

    static {
      GenreClassifier loaded = null;
      String failure = null;
      ClassLoader loader = GenreClassifier.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
        if (in == null) {
          failure = "the genre model resource " + DEFAULT_MODEL_RESOURCE
              + " is not on the classpath: add the io.github.vietcat:vietcat-models artifact";
        } else {
          loaded = read(in, "classpath:" + DEFAULT_MODEL_RESOURCE);
        }
      } catch (IOException e) {
        failure = e.getMessage();
      }
      INSTANCE = loaded;
      FAILURE = failure;
    }
  }

  /**
   * Returns the shipped model, loaded once from the classpath resource {@value
   * #DEFAULT_MODEL_RESOURCE} of the vietcat-models artifact.
   *
   * @return the shared classifier
   * @throws IllegalStateException if the resource is absent or unreadable (the message names it)
   */
  public static GenreClassifier loadDefault() {
    if (DefaultModel.INSTANCE == null) {
      throw new IllegalStateException(DefaultModel.FAILURE);
    }
    return DefaultModel.INSTANCE;
  }

  /**
   * Loads a model file.
   *
   * @param path the model file, as written by {@link #save(Path)}
   * @return the classifier
   * @throws IOException if the file cannot be read or is not a valid genre model (the message
   *     names the file)
   */
  public static GenreClassifier load(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    }
  }

  /**
   * Loads a model from a stream, which is read to the model's end but not closed.
   *
   * @param in the stream, as written by {@link #save(OutputStream)}
   * @return the classifier
   * @throws IOException if the stream cannot be read or is not a valid genre model
   */
  public static GenreClassifier load(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return read(in, "stream");
  }

  private static GenreClassifier read(InputStream raw, String name) throws IOException {
    try {
      DataInputStream in = new DataInputStream(
          new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
      if (!MAGIC.equals(in.readUTF())) {
        throw new IOException("not a vietcat genre model: " + name);
      }
      int version = in.readInt();
      if (version != FORMAT_VERSION) {
        throw new IOException("unsupported genre model format " + version + " in " + name);
      }
      FeatureSet featureSet = FeatureSet.parse(in.readUTF());
      String description = in.readUTF();
      double scale = in.readDouble();
      if (!(scale > 0) || Double.isInfinite(scale)) {
        throw new IOException("corrupt genre model " + name + ": scale " + scale);
      }
      String fallback = in.readUTF();
      int numLabels = in.readInt();
      if (numLabels < 2 || numLabels > 10_000) {
        throw new IOException("corrupt genre model " + name + ": " + numLabels + " labels");
      }
      List<String> labels = new ArrayList<>();
      double[] bias = new double[numLabels];
      for (int c = 0; c < numLabels; c++) {
        labels.add(in.readUTF());
        bias[c] = in.readDouble();
      }
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
      if (!END.equals(in.readUTF()) || !labels.contains(fallback)) {
        throw new IOException("corrupt genre model " + name);
      }
      return new GenreClassifier(featureSet, description, labels, fallback, featureNames, weights,
          idf, bias, scale);
    } catch (ZipException e) {
      throw new IOException("not a vietcat genre model (not gzip data): " + name, e);
    } catch (EOFException e) {
      throw new IOException("truncated genre model: " + name, e);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt genre model " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the model to a file.
   *
   * @param path the file to write
   * @throws IOException if writing fails
   */
  public void save(Path path) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      save(out);
    }
  }

  /**
   * Writes the model to a stream (gzip-compressed binary), which is flushed but not closed. The
   * bytes depend only on the model, so a deterministic training gives an identical file.
   *
   * @param raw the stream
   * @throws IOException if writing fails
   */
  public void save(OutputStream raw) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
    out.writeUTF(MAGIC);
    out.writeInt(FORMAT_VERSION);
    out.writeUTF(featureSet.toSpec());
    out.writeUTF(description);
    out.writeDouble(scale);
    out.writeUTF(fallbackLabel);
    out.writeInt(labels.size());
    for (int c = 0; c < labels.size(); c++) {
      out.writeUTF(labels.get(c));
      out.writeDouble(bias[c]);
    }
    out.writeBoolean(idf != null);
    int numLabels = labels.size();
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
    out.writeUTF(END);
    out.flush();
    gzip.finish();
    raw.flush();
  }

  /** Returns the labels this model knows, in its internal (sorted) order. */
  public List<String> labels() {
    return labels;
  }

  /** Returns the label given to input without usable Vietnamese text. */
  public String fallbackLabel() {
    return fallbackLabel;
  }

  /** Returns the features this model uses. */
  public FeatureSet featureSet() {
    return featureSet;
  }

  /** Returns a one-line description of how the model was trained. */
  public String description() {
    return description;
  }

  /** Returns how many features the model weighs. */
  public int featureCount() {
    return featureNames.length;
  }

  /**
   * Classifies a whole item given as one text: a scraped page with its debris, an article, or a
   * title and lead. {@link io.github.vietcat.clean.NewsPageCleaner} finds the title, lead and body and drops the page
   * furniture (menus, counters, related links, captions, byline) before classification.
   *
   * @param text the item, plain text or HTML
   * @return the answer; a fallback answer for text without usable Vietnamese
   * @throws NullPointerException if {@code text} is null
   */
  public GenreResult classify(String text) {
    Objects.requireNonNull(text, "text");
    return classifyPrepared(ItemText.fromPage(text), "", text);
  }

  /**
   * Classifies an item given as title and body. With a blank title the body is read as a page
   * ({@link #classify(String)}): its headline, if a line looks like one, and its article text.
   *
   * @param title the headline (may be empty)
   * @param body the lead and body (may be empty)
   * @return the answer; a fallback answer for text without usable Vietnamese
   * @throws NullPointerException if {@code title} or {@code body} is null
   */
  public GenreResult classify(String title, String body) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    return classifyPrepared(ItemText.of(title, body), title, body);
  }

  /** Classifies an item as the model reads it; the raw title and body are for the evidence. */
  private GenreResult classifyPrepared(ItemText item, String rawTitle, String rawBody) {
    String title = item.title();
    String body = item.body();
    if (!VietnameseText.looksVietnamese(title, body.length() <= VIETNAMESE_CHECK_CHARS
        ? body : body.substring(0, VIETNAMESE_CHECK_CHARS))) {
      return fallback();
    }
    Vector vector = vectorize(title, body);
    double[] scores = scores(vector);
    for (int c = 0; c < scores.length; c++) {
      scores[c] *= scale;
    }
    double[] probabilities = softmax(scores);
    int numLabels = labels.size();
    int best = 0;
    for (int c = 1; c < numLabels; c++) {
      if (probabilities[c] > probabilities[best]) {
        best = c;
      }
    }
    return new GenreResult(labels.get(best), probabilities[best], ranked(probabilities),
        locate(evidence(vector.index, vector.value, best), item, rawTitle, rawBody), false);
  }

  /** A weighted sparse feature vector. */
  private record Vector(int[] index, float[] value) {}

  private Vector vectorize(String title, String body) {
    Map<Integer, Integer> counts = new HashMap<>();
    extractor.extract(title, body, f -> {
      Integer id = featureIndex.get(f);
      if (id != null) {
        counts.merge(id, 1, Integer::sum);
      }
    });
    int[] index = new int[counts.size()];
    float[] value = new float[counts.size()];
    int k = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      index[k] = e.getKey();
      value[k] = e.getValue();
      k++;
    }
    weigh(index, value, idf, blockOf, featureScale);
    return new Vector(index, value);
  }

  private double[] scores(Vector vector) {
    int numLabels = labels.size();
    double[] scores = bias.clone();
    for (int i = 0; i < vector.index.length; i++) {
      int base = vector.index[i] * numLabels;
      for (int c = 0; c < numLabels; c++) {
        scores[c] += vector.value[i] * weights[base + c];
      }
    }
    return scores;
  }

  /** The linear scores of an item before scaling, in label order (for calibration). */
  double[] rawScores(String title, String body) {
    ItemText item = ItemText.of(title, body);
    return scores(vectorize(item.title(), item.body()));
  }

  /** Returns a copy of this classifier whose scores are multiplied by {@code newScale}. */
  GenreClassifier withScale(double newScale) {
    return new GenreClassifier(featureSet, description, labels, fallbackLabel, featureNames,
        weights, idf, bias, newScale);
  }

  private GenreResult fallback() {
    double[] uniform = new double[labels.size()];
    Arrays.fill(uniform, 1.0 / labels.size());
    Map<String, Double> probabilities = new LinkedHashMap<>();
    probabilities.put(fallbackLabel, uniform[0]);
    for (String label : labels) {
      probabilities.putIfAbsent(label, uniform[0]);
    }
    return new GenreResult(fallbackLabel, uniform[0], probabilities, List.of(), true);
  }

  private Map<String, Double> ranked(double[] probabilities) {
    Integer[] order = new Integer[probabilities.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(probabilities[b], probabilities[a]));
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i : order) {
      out.put(labels.get(i), probabilities[i]);
    }
    return out;
  }

  private List<Evidence> evidence(int[] index, float[] value, int chosen) {
    int numLabels = labels.size();
    // Keep only the strongest few while scanning; describe them at the end.
    double[] topMargin = new double[MAX_EVIDENCE];
    int[] topFeature = new int[MAX_EVIDENCE];
    int size = 0;
    for (int i = 0; i < index.length; i++) {
      int base = index[i] * numLabels;
      double others = 0;
      for (int c = 0; c < numLabels; c++) {
        if (c != chosen) {
          others += weights[base + c];
        }
      }
      double margin = scale * value[i] * (weights[base + chosen] - others / (numLabels - 1));
      if (margin <= 0) {
        continue;
      }
      int at = size;
      while (at > 0 && stronger(margin, index[i], topMargin[at - 1], topFeature[at - 1])) {
        at--;
      }
      if (at >= MAX_EVIDENCE) {
        continue;
      }
      int last = Math.min(size, MAX_EVIDENCE - 1);
      for (int j = last; j > at; j--) {
        topMargin[j] = topMargin[j - 1];
        topFeature[j] = topFeature[j - 1];
      }
      topMargin[at] = margin;
      topFeature[at] = index[i];
      size = Math.min(size + 1, MAX_EVIDENCE);
    }
    List<Evidence> out = new ArrayList<>(size);
    for (int j = 0; j < size; j++) {
      String name = featureNames[topFeature[j]];
      out.add(new Evidence(name, GenreFeatureExtractor.describe(name), topMargin[j]));
    }
    return out;
  }

  /**
   * Adds to each evidence entry where its words stand in the raw title and body, looking only
   * where the model read: the title, and the body from its start for as many chars as the model
   * reads (plus a margin for what normalization removed), at most {@link Evidence#SEARCHED_CHARS}.
   */
  private List<Evidence> locate(List<Evidence> evidence, ItemText item, String title,
      String body) {
    if (evidence.isEmpty()) {
      return evidence;
    }
    boolean page = title.isBlank();
    String titleSource = page ? body : title;
    List<Token> titleTokens = item.titleTo() <= item.titleFrom() ? List.of()
        : TOKENIZER.tokenize(titleSource.substring(0, item.titleTo()));
    titleTokens = from(titleTokens, item.titleFrom());
    int read = featureSet.maxBodyChars() == 0 ? Evidence.SEARCHED_CHARS
        : Math.min(Evidence.SEARCHED_CHARS, featureSet.maxBodyChars() + featureSet.maxBodyChars() / 4);
    int bodyTo = Math.min(body.length(), item.bodyFrom() + read);
    List<Token> bodyTokens = from(TOKENIZER.tokenize(body.substring(0, bodyTo)), item.bodyFrom());
    Evidence.Part titlePart = page ? Evidence.Part.BODY : Evidence.Part.TITLE;
    List<Evidence> out = new ArrayList<>(evidence.size());
    for (Evidence e : evidence) {
      List<Evidence.Match> matches = new ArrayList<>();
      boolean inTitle = e.feature().startsWith("T:");
      boolean inLead = e.feature().startsWith("L:");
      if (!inLead) {
        addMatches(e.feature(), titleSource, titleTokens, titlePart, matches);
      }
      if (!inTitle) {
        addMatches(e.feature(), body, bodyTokens, Evidence.Part.BODY, matches);
      }
      out.add(new Evidence(e.feature(), e.description(), e.weight(), matches));
    }
    return out;
  }

  /** The tokens that start at or after an offset. */
  private static List<Token> from(List<Token> tokens, int offset) {
    int k = 0;
    while (k < tokens.size() && tokens.get(k).start() < offset) {
      k++;
    }
    return k == 0 ? tokens : tokens.subList(k, tokens.size());
  }

  private static void addMatches(String feature, String source, List<Token> tokens,
      Evidence.Part part, List<Evidence.Match> matches) {
    for (int[] range : GenreFeatureExtractor.locate(feature, tokens)) {
      if (matches.size() == Evidence.MAX_MATCHES) {
        return;
      }
      int start = tokens.get(range[0]).start();
      int end = tokens.get(range[1] - 1).end();
      matches.add(new Evidence.Match(part, source.substring(start, end), start, end));
    }
  }

  /** Orders evidence by margin, then by feature name so ties are deterministic. */
  private boolean stronger(double margin, int feature, double otherMargin, int otherFeature) {
    if (margin != otherMargin) {
      return margin > otherMargin;
    }
    return featureNames[feature].compareTo(featureNames[otherFeature]) < 0;
  }

  private static double[] softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double sum = 0;
    double[] out = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = Math.exp(scores[i] - max);
      sum += out[i];
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
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

  private static void weigh(int[] index, float[] value, float[] idf, byte[] blockOf) {
    if (idf == null) {
      Arrays.fill(value, 1f);
      return;
    }
    double[] norm = new double[GenreFeatureExtractor.BLOCKS];
    for (int i = 0; i < index.length; i++) {
      value[i] = (float) ((1 + Math.log(value[i])) * idf[index[i]]);
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
