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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  /** One scorer, no label offsets. */
  private static final int FORMAT_VERSION = 1;
  /** Several scorers with their weights, and label offsets. */
  private static final int FORMAT_VERSION_MEMBERS = 2;
  private static final String END = "end";
  /** Tokenizes raw input to locate the words of the evidence (same options as the features). */
  private static final SyllableTokenizer TOKENIZER = new SyllableTokenizer();
  private static final int MAX_EVIDENCE = 5;
  /** Whether an item has Vietnamese is judged on its title and this many chars of its body. */
  private static final int VIETNAMESE_CHECK_CHARS = 3000;

  private final List<String> labels;
  private final String fallbackLabel;
  /**
   * The scorers whose scaled scores add up, each times its weight (a product of experts). The
   * first one gives the evidence.
   */
  private final List<LinearModel> members;
  private final double[] memberWeights;
  /**
   * Per member, the body length (chars of the body as the model reads it) at or under which the
   * member sits out; 0 for a member that always counts. The first member always counts.
   */
  private final int[] memberMinBodyChars;
  /** Added to the combined log-scores of each label (tuned decision thresholds); may be zeros. */
  private final double[] labelOffsets;

  GenreClassifier(FeatureSet featureSet, String description, List<String> labels,
      String fallbackLabel, String[] featureNames, float[] weights, float[] idf, double[] bias,
      double scale) {
    this(labels, fallbackLabel, List.of(new LinearModel(featureSet, description, featureNames,
        labels.size(), weights, idf, bias, scale)), new double[] {1.0}, new int[1],
        new double[labels.size()]);
  }

  private GenreClassifier(List<String> labels, String fallbackLabel, List<LinearModel> members,
      double[] memberWeights, int[] memberMinBodyChars, double[] labelOffsets) {
    this.labels = List.copyOf(labels);
    this.fallbackLabel = fallbackLabel;
    this.members = List.copyOf(members);
    this.memberWeights = memberWeights.clone();
    this.memberMinBodyChars = memberMinBodyChars.clone();
    this.labelOffsets = labelOffsets.clone();
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
      if (version == FORMAT_VERSION) {
        return readSingle(in, name);
      }
      if (version != FORMAT_VERSION_MEMBERS) {
        throw new IOException("unsupported genre model format " + version + " in " + name);
      }
      String fallback = in.readUTF();
      int numLabels = readLabelCount(in, name);
      List<String> labels = new ArrayList<>();
      double[] offsets = new double[numLabels];
      for (int c = 0; c < numLabels; c++) {
        labels.add(in.readUTF());
        offsets[c] = in.readDouble();
        if (!Double.isFinite(offsets[c])) {
          throw new IOException("corrupt genre model " + name + ": label offset " + offsets[c]);
        }
      }
      int numMembers = in.readInt();
      if (numMembers < 1 || numMembers > 16) {
        throw new IOException("corrupt genre model " + name + ": " + numMembers + " members");
      }
      List<LinearModel> members = new ArrayList<>();
      double[] memberWeights = new double[numMembers];
      int[] minBodyChars = new int[numMembers];
      for (int m = 0; m < numMembers; m++) {
        memberWeights[m] = in.readDouble();
        minBodyChars[m] = in.readInt();
        if (!(memberWeights[m] > 0) || Double.isInfinite(memberWeights[m])
            || minBodyChars[m] < 0 || (m == 0 && minBodyChars[m] != 0)) {
          throw new IOException("corrupt genre model " + name + ": member " + m + " weight "
              + memberWeights[m] + ", minimum body " + minBodyChars[m]);
        }
        members.add(LinearModel.read(in, numLabels, name));
      }
      if (!END.equals(in.readUTF()) || !labels.contains(fallback)) {
        throw new IOException("corrupt genre model " + name);
      }
      return new GenreClassifier(labels, fallback, members, memberWeights, minBodyChars, offsets);
    } catch (ZipException e) {
      throw new IOException("not a vietcat genre model (not gzip data): " + name, e);
    } catch (EOFException e) {
      throw new IOException("truncated genre model: " + name, e);
    } catch (IllegalArgumentException e) {
      throw new IOException("corrupt genre model " + name + ": " + e.getMessage(), e);
    }
  }

  /** Reads the rest of a format-1 model: one scorer, no label offsets. */
  private static GenreClassifier readSingle(DataInputStream in, String name) throws IOException {
    FeatureSet featureSet = FeatureSet.parse(in.readUTF());
    String description = in.readUTF();
    double scale = LinearModel.readScale(in, name);
    String fallback = in.readUTF();
    int numLabels = readLabelCount(in, name);
    List<String> labels = new ArrayList<>();
    double[] bias = new double[numLabels];
    for (int c = 0; c < numLabels; c++) {
      labels.add(in.readUTF());
      bias[c] = in.readDouble();
    }
    LinearModel model = LinearModel.readFeatures(in, featureSet, description, scale, bias, name);
    if (!END.equals(in.readUTF()) || !labels.contains(fallback)) {
      throw new IOException("corrupt genre model " + name);
    }
    return new GenreClassifier(labels, fallback, List.of(model), new double[] {1.0}, new int[1],
        new double[numLabels]);
  }

  private static int readLabelCount(DataInputStream in, String name) throws IOException {
    int numLabels = in.readInt();
    if (numLabels < 2 || numLabels > 10_000) {
      throw new IOException("corrupt genre model " + name + ": " + numLabels + " labels");
    }
    return numLabels;
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
    if (isSingle()) {
      // One scorer without offsets: the format-1 layout, so such models keep their bytes.
      LinearModel model = members.get(0);
      out.writeInt(FORMAT_VERSION);
      out.writeUTF(model.featureSet().toSpec());
      out.writeUTF(model.description());
      out.writeDouble(model.scale());
      out.writeUTF(fallbackLabel);
      out.writeInt(labels.size());
      for (int c = 0; c < labels.size(); c++) {
        out.writeUTF(labels.get(c));
        out.writeDouble(model.bias(c));
      }
      model.writeFeatures(out);
    } else {
      out.writeInt(FORMAT_VERSION_MEMBERS);
      out.writeUTF(fallbackLabel);
      out.writeInt(labels.size());
      for (int c = 0; c < labels.size(); c++) {
        out.writeUTF(labels.get(c));
        out.writeDouble(labelOffsets[c]);
      }
      out.writeInt(members.size());
      for (int m = 0; m < members.size(); m++) {
        out.writeDouble(memberWeights[m]);
        out.writeInt(memberMinBodyChars[m]);
        members.get(m).write(out);
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

  /** Returns the features of the model's first scorer (the one that gives the evidence). */
  public FeatureSet featureSet() {
    return members.get(0).featureSet();
  }

  /** Returns a one-line description of how the model was trained (its scorers joined by "+"). */
  public String description() {
    if (members.size() == 1) {
      return members.get(0).description();
    }
    StringBuilder out = new StringBuilder();
    for (int m = 0; m < members.size(); m++) {
      out.append(m == 0 ? "" : " + ").append(String.format(Locale.ROOT, "%.2f × [%s]%s",
          memberWeights[m], members.get(m).description(), memberMinBodyChars[m] == 0 ? ""
              : " (bodies over " + memberMinBodyChars[m] + " chars)"));
    }
    return out.toString();
  }

  /** Returns how many features the model weighs, over all its scorers. */
  public int featureCount() {
    return members.stream().mapToInt(LinearModel::featureCount).sum();
  }

  /**
   * Returns the offsets added to the model's log-scores per label before the softmax, in label
   * order: tuned decision thresholds, all zero for a model as trained.
   *
   * @return the offset of each label (a copy)
   */
  public Map<String, Double> labelOffsets() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int c = 0; c < labels.size(); c++) {
      out.put(labels.get(c), labelOffsets[c]);
    }
    return out;
  }

  /**
   * Returns a copy of this model whose log-score of each label is raised by the given offset
   * before the softmax: the labels' decision thresholds move, the features and their weights stay.
   * Offsets replace those the model had.
   *
   * @param offsets the offset per label; labels not named get 0
   * @return the new model
   * @throws IllegalArgumentException if a label is unknown or an offset not finite
   */
  public GenreClassifier withLabelOffsets(Map<String, Double> offsets) {
    Objects.requireNonNull(offsets, "offsets");
    double[] values = new double[labels.size()];
    for (Map.Entry<String, Double> e : offsets.entrySet()) {
      int c = labels.indexOf(e.getKey());
      if (c < 0 || e.getValue() == null || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException("bad label offset " + e);
      }
      values[c] = e.getValue();
    }
    return new GenreClassifier(labels, fallbackLabel, members, memberWeights, memberMinBodyChars,
        values);
  }

  /**
   * Combines models trained on the same labels into one whose log-scores are the weighted sum of
   * theirs (a product of experts): models that read an item differently (cue expressions of the
   * opening, n-grams of the whole body) err on different items. The first model gives the
   * evidence and the fallback label; label offsets of the parts are dropped.
   *
   * @param models the models, each with one scorer, all with the same labels in the same order
   * @param weights the weight of each model, positive
   * @return the combined model
   * @throws IllegalArgumentException if the models' labels differ, a model is itself combined, or
   *     a weight is not positive
   */
  public static GenreClassifier combine(List<GenreClassifier> models, List<Double> weights) {
    Objects.requireNonNull(models, "models");
    return combine(models, weights, java.util.Collections.nCopies(models.size(), 0));
  }

  /**
   * Combines models as {@link #combine(List, List)} does, each model but the first counting only
   * for items whose body (as the model reads it) is longer than its minimum: a model of the whole
   * body can help on articles and hurt on short excerpts. Where a model sits out, the weights of
   * the others are scaled up to the same total.
   *
   * @param models the models, each with one scorer, all with the same labels in the same order
   * @param weights the weight of each model, positive
   * @param minBodyChars per model, the body length in chars at or under which it sits out (0: it
   *     always counts; the first model always counts)
   * @return the combined model
   * @throws IllegalArgumentException if the models' labels differ, a model is itself combined, a
   *     weight is not positive, or a minimum is negative or set for the first model
   */
  public static GenreClassifier combine(List<GenreClassifier> models, List<Double> weights,
      List<Integer> minBodyChars) {
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(minBodyChars, "minBodyChars");
    if (models.isEmpty() || models.size() != weights.size()
        || models.size() != minBodyChars.size() || models.size() > 16) {
      throw new IllegalArgumentException(
          "need 1 to 16 models and one weight and one minimum for each");
    }
    List<LinearModel> members = new ArrayList<>();
    double[] memberWeights = new double[models.size()];
    int[] minimums = new int[models.size()];
    for (int m = 0; m < models.size(); m++) {
      GenreClassifier model = models.get(m);
      if (!model.labels.equals(models.get(0).labels) || model.members.size() != 1) {
        throw new IllegalArgumentException("models must have one scorer and the same labels");
      }
      Double w = weights.get(m);
      if (w == null || !(w > 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be positive: " + weights);
      }
      Integer min = minBodyChars.get(m);
      if (min == null || min < 0 || (m == 0 && min != 0)) {
        throw new IllegalArgumentException("minimums must be >= 0, and 0 for the first model: "
            + minBodyChars);
      }
      members.add(model.members.get(0));
      memberWeights[m] = w;
      minimums[m] = min;
    }
    GenreClassifier first = models.get(0);
    return new GenreClassifier(first.labels, first.fallbackLabel, members, memberWeights,
        minimums, new double[first.labels.size()]);
  }

  private boolean isSingle() {
    if (members.size() != 1 || memberWeights[0] != 1.0) {
      return false;
    }
    for (double offset : labelOffsets) {
      if (offset != 0) {
        return false;
      }
    }
    return true;
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
    LinearModel.Vector primary = members.get(0).vectorize(title, body);
    double[] factors = memberFactors(body.length());
    double[] probabilities = softmax(logScores(primary, factors, title, body));
    int numLabels = labels.size();
    int best = 0;
    for (int c = 1; c < numLabels; c++) {
      if (probabilities[c] > probabilities[best]) {
        best = c;
      }
    }
    return new GenreResult(labels.get(best), probabilities[best], ranked(probabilities),
        locate(evidence(primary, factors[0], best), item, rawTitle, rawBody), false);
  }

  /**
   * The factor of each member's scores for an item with a body of this length: its weight times
   * its scale, the weights of the members that count scaled up to the total of all weights; 0 for
   * a member that sits out.
   */
  private double[] memberFactors(int bodyChars) {
    double total = 0;
    double active = 0;
    for (int m = 0; m < members.size(); m++) {
      total += memberWeights[m];
      active += counts(m, bodyChars) ? memberWeights[m] : 0;
    }
    double[] factors = new double[members.size()];
    for (int m = 0; m < members.size(); m++) {
      factors[m] = counts(m, bodyChars)
          ? memberWeights[m] * total / active * members.get(m).scale() : 0;
    }
    return factors;
  }

  private boolean counts(int member, int bodyChars) {
    return member == 0 || bodyChars > memberMinBodyChars[member];
  }

  /** The weighted sum of the members' scaled scores plus the label offsets. */
  private double[] logScores(LinearModel.Vector primary, double[] factors, String title,
      String body) {
    double[] out = labelOffsets.clone();
    for (int m = 0; m < members.size(); m++) {
      if (factors[m] == 0) {
        continue;
      }
      LinearModel member = members.get(m);
      double[] scores = member.scores(m == 0 ? primary : member.vectorize(title, body));
      for (int c = 0; c < out.length; c++) {
        out[c] += factors[m] * scores[c];
      }
    }
    return out;
  }

  /** The linear scores of an item before scaling, in label order (for calibration). */
  double[] rawScores(String title, String body) {
    requireSingle();
    ItemText item = ItemText.of(title, body);
    LinearModel model = members.get(0);
    return model.scores(model.vectorize(item.title(), item.body()));
  }

  /** Returns a copy of this classifier whose scores are multiplied by {@code newScale}. */
  GenreClassifier withScale(double newScale) {
    requireSingle();
    return new GenreClassifier(labels, fallbackLabel, List.of(members.get(0).withScale(newScale)),
        memberWeights, memberMinBodyChars, labelOffsets);
  }

  private void requireSingle() {
    if (members.size() != 1) {
      throw new IllegalStateException("a combined model has no single score scale");
    }
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

  private List<Evidence> evidence(LinearModel.Vector vector, double scale, int chosen) {
    LinearModel model = members.get(0);
    int[] index = vector.index();
    float[] value = vector.value();
    int numLabels = labels.size();
    // Keep only the strongest few while scanning; describe them at the end.
    double[] topMargin = new double[MAX_EVIDENCE];
    int[] topFeature = new int[MAX_EVIDENCE];
    int size = 0;
    for (int i = 0; i < index.length; i++) {
      double others = 0;
      for (int c = 0; c < numLabels; c++) {
        if (c != chosen) {
          others += model.weight(index[i], c);
        }
      }
      double margin = scale * value[i] * (model.weight(index[i], chosen) - others / (numLabels - 1));
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
      String name = model.featureName(topFeature[j]);
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
    FeatureSet featureSet = members.get(0).featureSet();
    int read = featureSet.maxBodyChars() == 0 ? Evidence.SEARCHED_CHARS
        : Math.min(Evidence.SEARCHED_CHARS, featureSet.maxBodyChars() + featureSet.maxBodyChars() / 4);
    int bodyTo = Math.min(body.length(), item.bodyFrom() + read);
    List<Token> bodyTokens = from(TOKENIZER.tokenize(body.substring(0, bodyTo)), item.bodyFrom());
    Evidence.Part titlePart = page ? Evidence.Part.BODY : Evidence.Part.TITLE;
    List<String> titleFeatures = new ArrayList<>();
    List<String> bodyFeatures = new ArrayList<>();
    for (Evidence e : evidence) {
      if (!e.feature().startsWith("L:")) {
        titleFeatures.add(e.feature());
      }
      if (!e.feature().startsWith("T:")) {
        bodyFeatures.add(e.feature());
      }
    }
    // Each part's units and cue expressions are computed once for all the evidence.
    List<List<int[]>> inTitle = GenreFeatureExtractor.locateAll(titleFeatures, titleTokens);
    List<List<int[]>> inBody = GenreFeatureExtractor.locateAll(bodyFeatures, bodyTokens);
    List<Evidence> out = new ArrayList<>(evidence.size());
    int t = 0;
    int b = 0;
    for (Evidence e : evidence) {
      List<Evidence.Match> matches = new ArrayList<>();
      if (!e.feature().startsWith("L:")) {
        addMatches(inTitle.get(t++), titleSource, titleTokens, titlePart, matches);
      }
      if (!e.feature().startsWith("T:")) {
        addMatches(inBody.get(b++), body, bodyTokens, Evidence.Part.BODY, matches);
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

  private static void addMatches(List<int[]> ranges, String source, List<Token> tokens,
      Evidence.Part part, List<Evidence.Match> matches) {
    for (int[] range : ranges) {
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
    LinearModel model = members.get(0);
    return model.featureName(feature).compareTo(model.featureName(otherFeature)) < 0;
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
}
