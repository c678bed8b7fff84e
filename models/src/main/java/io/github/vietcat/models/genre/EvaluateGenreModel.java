package io.github.vietcat.models.genre;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreEvaluator.CrossValidation;
import io.github.vietcat.genre.GenreEvaluator.Evaluation;
import io.github.vietcat.genre.GenreResult;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.genre.GenreTrainer;
import io.github.vietcat.genre.GenreTrainer.Parameters;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores, in one run, the shipped genre model and the in-project baseline (TF-IDF over
 * syllable 1-2-grams, class-balanced linear SVM) on the real items of {@code dev.jsonl}: per-label
 * precision, recall and F1, macro-F1, confusion matrices and the gain; then what the synthetic
 * train items add (both configurations retrained on the real train items only); then the five
 * seed pages. With {@code --cv}, also 5-fold cross-validation on the real train items, under
 * every view ({@link GenreViewExperiments}).
 *
 * <pre>
 * ./mvnw -B -q -o install -DskipTests
 * ./mvnw -B -q -pl models exec:java -Dexec.mainClass=io.github.vietcat.models.genre.EvaluateGenreModel \
 *     [-Dexec.args=--cv]
 * </pre>
 */
public final class EvaluateGenreModel {

  static final String COMMAND = "./mvnw -B -q -pl models exec:java"
      + " -Dexec.mainClass=io.github.vietcat.models.genre.EvaluateGenreModel [-Dexec.args=--cv]";

  private EvaluateGenreModel() {}

  /**
   * Runs the evaluation.
   *
   * @param args {@code --cv} to add cross-validation
   * @throws Exception if the data cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path shared = GenreCorpus.sharedFolder();
    List<GenreCorpus.Item> trainItems = GenreCorpus.read(shared.resolve("corpus/train.jsonl"));
    // The baseline counts every item once, like the corpus reference; the shipped configuration
    // weighs unsure train items (GenreCorpus.trainingSamples).
    List<GenreSample> plain = GenreCorpus.samples(trainItems);
    List<GenreSample> plainReal =
        GenreCorpus.samples(trainItems.stream().filter(i -> !i.synthetic()).toList());
    List<GenreSample> train = GenreCorpus.trainingSamples(trainItems);
    List<GenreSample> trainSynthetic =
        GenreCorpus.samples(trainItems.stream().filter(GenreCorpus.Item::synthetic).toList());
    List<GenreCorpus.Item> devItems = GenreCorpus.read(shared.resolve("corpus/dev.jsonl"));
    List<GenreSample> dev = GenreCorpus.samples(devItems);
    List<GenreSample> devClear = GenreCorpus.samples(
        devItems.stream().filter(i -> i.confidence().equals("clear")).toList());
    Parameters baselineParameters = GenreTrainer.Parameters.baseline();

    GenreClassifier model = GenreClassifier.loadDefault();
    GenreClassifier baseline = GenreTrainer.train(plain, baselineParameters);
    Evaluation modelScores = GenreEvaluator.evaluate(model, dev);
    Evaluation baselineScores = GenreEvaluator.evaluate(baseline, dev);
    System.out.printf("dev.jsonl: %d real items; train.jsonl: %d items (%d synthetic)%n%n",
        dev.size(), train.size(), trainSynthetic.size());
    System.out.println("== Baseline: " + baselineParameters);
    System.out.println(baselineScores.format());
    System.out.println("== Shipped model: " + model.description());
    System.out.println(modelScores.format());
    System.out.println("== Gain of the shipped model over the baseline (F1)");
    for (String label : modelScores.labels()) {
      System.out.printf(Locale.ROOT, "%-16s %+.3f%n", label,
          modelScores.score(label).f1() - baselineScores.score(label).f1());
    }
    System.out.printf(Locale.ROOT, "%-16s %+.3f%n%n", "macro-F1",
        modelScores.macroF1() - baselineScores.macroF1());

    System.out.println("== What the synthetic train items add (scores on real dev items)");
    System.out.printf(Locale.ROOT, "%-10s %-22s %8s %8s %8s %8s %8s%n", "model", "train",
        "macroF1", "DIR", "TRAIN", "MEET", "OTHER");
    row("baseline", "real + synthetic", baselineScores);
    row("baseline", "real only", GenreEvaluator.evaluate(
        GenreTrainer.train(plainReal, baselineParameters), dev));
    row("shipped", "real + synthetic", GenreEvaluator.evaluate(
        BuildGenreModel.train(trainItems), dev));
    row("shipped", "real only", GenreEvaluator.evaluate(BuildGenreModel.train(
        trainItems.stream().filter(i -> !i.synthetic()).toList()), dev));
    System.out.println();

    System.out.printf("== Dev items marked clear (%d)%n", devClear.size());
    row("baseline", "real + synthetic", GenreEvaluator.evaluate(baseline, devClear));
    row("shipped", "real + synthetic", GenreEvaluator.evaluate(model, devClear));
    System.out.println();

    System.out.println("== Seed pages (raw, with debris)");
    for (Map.Entry<String, String> seed : Seeds.read(shared).entrySet()) {
      GenreResult r = model.classify(seed.getValue());
      GenreResult b = baseline.classify(seed.getValue());
      System.out.printf(Locale.ROOT, "%s gold %-15s shipped %-15s %.2f %s | baseline %-15s %s%n",
          seed.getKey().substring(0, 3), Seeds.LABELS.get(seed.getKey()), r.label(),
          r.probability(), r.label().equals(Seeds.LABELS.get(seed.getKey())) ? "ok" : "WRONG",
          b.label(), b.label().equals(Seeds.LABELS.get(seed.getKey())) ? "ok" : "WRONG");
    }

    if (List.of(args).contains("--cv")) {
      // Cross-validation of the shipped configuration (with its training views) and of the
      // baseline, each fold scored under every view: GenreViewExperiments does it.
      System.out.println();
      GenreViewExperiments.main(new String[] {"--cv", "baseline", "cues+views", "baseline+views",
          "cues+views*baseline+views:" + (1 - BuildGenreModel.NGRAM_MEMBER_WEIGHT)});
    }
  }

  private static void row(String model, String train, Evaluation e) {
    System.out.printf(Locale.ROOT, "%-10s %-22s %8.3f %8.3f %8.3f %8.3f %8.3f%n", model, train,
        e.macroF1(), e.score("DIRECTIVE").f1(), e.score("TRAINING_REPORT").f1(),
        e.score("MEETING_SUMMARY").f1(), e.score("OTHER").f1());
  }
}
