package io.github.vietcat.models.genre;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.genre.GenreTrainer;
import io.github.vietcat.genre.GenreTrainer.ClassBalance;
import io.github.vietcat.genre.GenreTrainer.Learner;
import io.github.vietcat.genre.GenreTrainer.Parameters;
import io.github.vietcat.genre.features.FeatureSet;
import io.github.vietcat.genre.features.FeatureSet.Units;
import io.github.vietcat.genre.features.FeatureSet.Weighting;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model-selection runs behind the comparison table of models/README.md: every learner and
 * feature set it names is trained on {@code train.jsonl} and scored on the real items of {@code
 * dev.jsonl}, one line each. Every train item counts once here; the shipped model also weighs
 * {@code unsure} train items 0.5 ({@link GenreCorpus#trainingSamples}), see {@link GenreTuning}.
 *
 * <pre>
 * ./mvnw -B -q -pl models exec:java -Dexec.mainClass=io.github.vietcat.models.genre.GenreExperiments \
 *     -Dexec.args="all"
 * </pre>
 *
 * Arguments: names of configurations (see {@link #configurations()}), or {@code all}.
 */
public final class GenreExperiments {

  private GenreExperiments() {}

  /** The configurations compared, by name. */
  static Map<String, Parameters> configurations() {
    Map<String, Parameters> c = new LinkedHashMap<>();
    Parameters svm = Parameters.baseline();
    c.put("baseline", svm);
    c.put("svm-syl-tfidf", svm.withFeatures(set(false, 0, false, 0, Weighting.LOG_TF_IDF)));
    c.put("svm-syl-title-lead-tfidf", svm.withFeatures(set(true, 2, false, 0, Weighting.LOG_TF_IDF)));
    c.put("svm-syl-title-lead-types-tfidf",
        svm.withFeatures(set(true, 2, true, 0, Weighting.LOG_TF_IDF)));
    c.put("svm-block800", svm.withFeatures(set(true, 2, true, 800, Weighting.BLOCK_TF_IDF)));
    // The previously shipped configuration: the shipped one without the cue features.
    Parameters shipped = Parameters.defaults()
        .withFeatures(Parameters.defaults().features().withCueWeight(0));
    c.put("svm-binary800", shipped);
    c.put("svm-binary800-unbalanced", shipped.withBalance(ClassBalance.NONE));
    c.put("svm-binary-fullbody", shipped.withFeatures(set(true, 2, true, 0, Weighting.BINARY)));
    c.put("maxent-block800", shipped.withFeatures(set(true, 2, true, 800, Weighting.BLOCK_TF_IDF))
        .withLearner(Learner.MAXENT, 1.0));
    c.put("maxent-binary800", shipped.withLearner(Learner.MAXENT, 1.0));
    c.put("perceptron-binary800", shipped.withLearner(Learner.PERCEPTRON, 1.0));
    c.put("svm-binary800-words", shipped.withFeatures(
        new FeatureSet(Units.SYLLABLES, 2, true, 2, true, true, 800, Weighting.BINARY)));
    c.put("svm-binary800-words-unigrams", shipped.withFeatures(
        new FeatureSet(Units.SYLLABLES, 1, true, 2, true, true, 800, Weighting.BINARY)));
    c.put("svm-binary800-cues1", shipped.withFeatures(shipped.features().withCueWeight(1)));
    c.put("svm-binary800-cues2 (shipped)", Parameters.defaults());
    return c;
  }

  private static FeatureSet set(
      boolean title, int lead, boolean types, int maxBody, Weighting weighting) {
    return new FeatureSet(Units.SYLLABLES, 2, title, lead, types, false, maxBody, weighting);
  }

  /**
   * Runs the named configurations.
   *
   * @param args configuration names, or {@code all}; add {@code real} to train without the
   *     synthetic items
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path corpus = GenreCorpus.sharedFolder().resolve("corpus");
    List<GenreCorpus.Item> trainItems = GenreCorpus.read(corpus.resolve("train.jsonl"));
    List<GenreCorpus.Item> devItems = GenreCorpus.read(corpus.resolve("dev.jsonl"));
    List<GenreSample> dev = GenreCorpus.samples(devItems);
    boolean realOnly = List.of(args).contains("real");
    boolean clearOnly = List.of(args).contains("clear");
    List<GenreSample> train = GenreCorpus.samples(trainItems.stream()
        .filter(i -> !realOnly || !i.synthetic())
        .filter(i -> !clearOnly || i.confidence().equals("clear"))
        .toList());
    Map<String, Parameters> all = configurations();
    for (String arg : args) {
      // An ad-hoc configuration: LEARNER/cost/BALANCE/spec with commas for spaces.
      String[] parts = arg.split("/", 5);
      if (parts.length >= 4) {
        all.put(arg, new Parameters(FeatureSet.parse(parts[3].replace(',', ' ')),
            Learner.valueOf(parts[0]), Double.parseDouble(parts[1]), 100,
            parts.length == 5 ? Integer.parseInt(parts[4]) : 2, ClassBalance.valueOf(parts[2])));
      }
    }
    for (String name : all.keySet()) {
      if (!List.of(args).contains(name) && !(List.of(args).contains("all") && !name.contains("/"))) {
        continue;
      }
      long t0 = System.nanoTime();
      GenreClassifier classifier = GenreTrainer.train(train, all.get(name));
      double seconds = (System.nanoTime() - t0) / 1e9;
      GenreEvaluator.Evaluation e = GenreEvaluator.evaluate(classifier, dev);
      System.out.printf(Locale.ROOT,
          "%-24.100s macroF1 %.3f  DIR %.3f  MEET %.3f  OTHER %.3f  TRAIN %.3f  features %d  %.1fs%s%n",
          name, e.macroF1(), e.score("DIRECTIVE").f1(), e.score("MEETING_SUMMARY").f1(),
          e.score("OTHER").f1(), e.score("TRAINING_REPORT").f1(), classifier.featureCount(),
          seconds, (realOnly ? "  (real train items only)" : "")
              + (clearOnly ? "  (clear train items only)" : ""));
      if (List.of(args).contains("errors")) {
        for (GenreCorpus.Item item : devItems) {
          var r = classifier.classify(item.title(), item.text());
          if (!r.label().equals(item.label())) {
            System.out.printf(Locale.ROOT, "  %-15.15s -> %-15.15s %.2f %-8s %s%n", item.label(),
                r.label(), r.probability(), item.confidence(), item.title());
          }
        }
        System.out.print(e.format());
      }
    }
  }
}
