package io.github.vietcat.models.genre;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.genre.GenreTrainer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds the shipped genre model from {@code ../shared/corpus/train.jsonl} ({@link #train}; with
 * {@code --combined}, the combined model of {@link #trainCombined} instead), writes it and its
 * metadata (data, parameters, dev scores, date, SHA-256, rebuild command). Training is
 * deterministic: a rebuild gives the same bytes.
 *
 * <pre>
 * ./mvnw -B -q -o install -DskipTests
 * ./mvnw -B -q -pl models exec:java -Dexec.mainClass=io.github.vietcat.models.genre.BuildGenreModel
 * </pre>
 *
 * Optional arguments: {@code --combined}, then the output folder (default {@code
 * models/src/main/resources/io/github/vietcat/models}; required with {@code --combined}).
 */
public final class BuildGenreModel {

  static final String REBUILD_COMMAND =
      "./mvnw -B -q -o install -DskipTests && ./mvnw -B -q -pl models exec:java"
          + " -Dexec.mainClass=io.github.vietcat.models.genre.BuildGenreModel";
  static final String MODEL_FILE = "genre-classifier.bin";
  static final String METADATA_FILE = "genre-classifier.metadata.json";

  private BuildGenreModel() {}

  /**
   * Builds the model.
   *
   * @param args optional {@code --combined} (build {@link #trainCombined} instead of the shipped
   *     model), then an optional output folder
   * @throws Exception if the data cannot be read or the model not written
   */
  public static void main(String[] args) throws Exception {
    boolean combined = args.length > 0 && args[0].equals("--combined");
    if (combined) {
      args = java.util.Arrays.copyOfRange(args, 1, args.length);
      if (args.length == 0) {
        throw new IllegalArgumentException("--combined needs an output folder (it is not the"
            + " shipped model)");
      }
    }
    Path out = Paths.get(args.length > 0 ? args[0]
        : "models/src/main/resources/io/github/vietcat/models");
    Path shared = GenreCorpus.sharedFolder();
    Path trainFile = shared.resolve("corpus/train.jsonl");
    Path devFile = shared.resolve("corpus/dev.jsonl");
    List<GenreCorpus.Item> train = GenreCorpus.read(trainFile);
    List<GenreSample> dev = GenreCorpus.samples(GenreCorpus.read(devFile));
    long t0 = System.nanoTime();
    GenreClassifier classifier = combined ? trainCombined(train) : train(train);
    double trainSeconds = (System.nanoTime() - t0) / 1e9;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    classifier.save(bytes);
    Files.createDirectories(out);
    Files.write(out.resolve(MODEL_FILE), bytes.toByteArray());
    // Score what was written, as it will be loaded.
    GenreClassifier reloaded = GenreClassifier.load(out.resolve(MODEL_FILE));
    GenreEvaluator.Evaluation evaluation = GenreEvaluator.evaluate(reloaded, dev);

    JsonObject meta = new JsonObject();
    meta.addProperty("model", MODEL_FILE);
    meta.addProperty("sha256", sha256(bytes.toByteArray()));
    meta.addProperty("bytes", bytes.size());
    meta.addProperty("features", reloaded.featureCount());
    meta.addProperty("labels", String.join(" ", reloaded.labels()));
    meta.addProperty("parameters", classifier.description());
    if (combined) {
      meta.addProperty("members", "cue model (weight " + (1 - NGRAM_MEMBER_WEIGHT)
          + ", GenreTrainer.Parameters.defaults(), training views) and whole-body n-gram model"
          + " (weight " + NGRAM_MEMBER_WEIGHT + ", GenreTrainer.Parameters.baseline(), training"
          + " views, only for bodies over " + NGRAM_MEMBER_MIN_BODY + " chars), log-scores added"
          + " (GenreClassifier.combine)");
    }
    meta.addProperty("built", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    meta.addProperty("rebuild", REBUILD_COMMAND);
    meta.addProperty("evaluate", EvaluateGenreModel.COMMAND);
    JsonObject data = new JsonObject();
    data.addProperty("train", "../shared/corpus/train.jsonl");
    data.addProperty("trainSha256", sha256(Files.readAllBytes(trainFile)));
    data.addProperty("trainItems", train.size());
    data.addProperty("trainingViews", "page, excerpt and teaser of each titled item, weight "
        + ItemViews.TRAINING_VIEW_WEIGHT + ", salt " + ItemViews.TRAINING_SALT + " (ItemViews)");
    data.addProperty("trainSyntheticItems", train.stream().filter(GenreCorpus.Item::synthetic).count());
    data.addProperty("dev", "../shared/corpus/dev.jsonl");
    data.addProperty("devSha256", sha256(Files.readAllBytes(devFile)));
    data.addProperty("devItems", dev.size());
    data.addProperty("licence", "trained on news texts of their publishers (see ../shared/corpus/README.md);"
        + " the model holds feature weights, no text");
    meta.add("data", data);
    JsonObject scores = new JsonObject();
    scores.addProperty("split", "dev.jsonl (real items only)");
    scores.addProperty("macroF1", round(evaluation.macroF1()));
    scores.addProperty("accuracy", round(evaluation.accuracy()));
    JsonArray perLabel = new JsonArray();
    for (GenreEvaluator.LabelScore s : evaluation.scores()) {
      JsonObject o = new JsonObject();
      o.addProperty("label", s.label());
      o.addProperty("precision", round(s.precision()));
      o.addProperty("recall", round(s.recall()));
      o.addProperty("f1", round(s.f1()));
      o.addProperty("support", s.support());
      perLabel.add(o);
    }
    scores.add("perLabel", perLabel);
    meta.add("devScores", scores);
    Files.writeString(out.resolve(METADATA_FILE),
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(meta) + "\n",
        StandardCharsets.UTF_8);

    System.out.printf("trained in %.1f s on %d items; wrote %s (%d bytes, sha256 %s)%n",
        trainSeconds, train.size(), out.resolve(MODEL_FILE), bytes.size(),
        sha256(bytes.toByteArray()));
    System.out.print(evaluation.format());
  }

  /**
   * The weight of the whole-body n-gram model in {@link #trainCombined}; the cue model weighs
   * {@code 1 -} this. Chosen on dev views and 5-fold CV together (README, "Genre classifier"): 0.3
   * had the best mean over the eight scores, 0.15 and 0.5 lower.
   */
  static final double NGRAM_MEMBER_WEIGHT = 0.3;

  /**
   * The n-gram model of {@link #trainCombined} counts only for bodies longer than this (chars):
   * on shorter ones (excerpts, teasers, leads) it cost 0.03 on dev excerpts; gated at 1,000 or
   * 1,500 chars the combination kept its gains on articles and pages (README, "Genre
   * classifier").
   */
  static final int NGRAM_MEMBER_MIN_BODY = 1500;

  /**
   * Trains the shipped model: the cue model ({@link GenreTrainer.Parameters#defaults()}) on
   * {@link #trainingData}.
   *
   * @param train the items of train.jsonl
   * @return the model
   */
  public static GenreClassifier train(List<GenreCorpus.Item> train) {
    return GenreTrainer.train(trainingData(train), GenreTrainer.Parameters.defaults());
  }

  /**
   * Trains the combined model, more accurate on dev and in cross-validation but half as fast and
   * wrong on seed 004 (README, "Genre classifier"), so not shipped: the shipped cue model ({@link
   * #train}) and an n-gram model ({@link GenreTrainer.Parameters#baseline()}'s features, reading
   * the whole body, trained on the items and their training views), combined by {@link
   * GenreClassifier#combine}. The two read an item differently and err on different items.
   *
   * @param train the items of train.jsonl
   * @return the model
   */
  public static GenreClassifier trainCombined(List<GenreCorpus.Item> train) {
    GenreClassifier ngrams = GenreTrainer.train(ItemViews.withTrainingViews(train,
        GenreCorpus.samples(train), ItemViews.TRAINING_VIEW_WEIGHT),
        GenreTrainer.Parameters.baseline());
    return GenreClassifier.combine(List.of(train(train), ngrams),
        List.of(1 - NGRAM_MEMBER_WEIGHT, NGRAM_MEMBER_WEIGHT), List.of(0, NGRAM_MEMBER_MIN_BODY));
  }

  /**
   * The training data of the shipped model's cue model: every train item (unsure and disputed real items
   * weigh {@link GenreCorpus#UNSURE_WEIGHT}), then a page, an excerpt and a teaser of each titled
   * item ({@link ItemViews#withTrainingViews}, weight {@link ItemViews#TRAINING_VIEW_WEIGHT}).
   *
   * @param train the items of train.jsonl
   * @return the samples, in a fixed order
   */
  public static List<GenreSample> trainingData(List<GenreCorpus.Item> train) {
    return ItemViews.withTrainingViews(train, GenreCorpus.trainingSamples(train),
        ItemViews.TRAINING_VIEW_WEIGHT);
  }

  static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
