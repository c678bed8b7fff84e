package io.github.vietcat.models.genre;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreEvaluator.Evaluation;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.genre.GenreTrainer;
import io.github.vietcat.genre.GenreTrainer.ClassBalance;
import io.github.vietcat.genre.GenreTrainer.Learner;
import io.github.vietcat.genre.GenreTrainer.Parameters;
import io.github.vietcat.genre.features.FeatureSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Model selection by dev and cross-validation together: for each configuration, one line with
 * macro-F1 and per-label F1 on all real dev items, macro-F1 on the dev items marked {@code clear},
 * and the pooled macro-F1 (and TRAINING_REPORT F1) of a stratified 5-fold cross-validation on the
 * real train items, the synthetic items joining the training part of every fold. Models are
 * trained without the probability calibration (same labels, faster).
 *
 * <pre>
 * ./mvnw -B -q -pl models exec:java -Dexec.mainClass=io.github.vietcat.models.genre.GenreTuning \
 *     -Dexec.args="shipped LINEAR_SVM/0.01/BALANCED/units=SYLLABLES,ngrams=2,...,cueWeight=1"
 * </pre>
 *
 * A configuration is {@code shipped}, {@code baseline}, or {@code
 * LEARNER/cost/BALANCE/spec[/unsureWeight[/syntheticWeight]]} with commas for the spaces of the
 * feature specification; the weights scale the training weight of train items marked {@code
 * unsure} or {@code disputed}, and of synthetic items.
 */
public final class GenreTuning {

  private static final int FOLDS = 5;
  private static final long SEED = 1;

  private GenreTuning() {}

  /**
   * Runs the configurations.
   *
   * @param args configurations; add {@code nocv} to skip cross-validation
   * @throws Exception if the corpus cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path corpus = GenreCorpus.sharedFolder().resolve("corpus");
    List<GenreCorpus.Item> trainItems = GenreCorpus.read(corpus.resolve("train.jsonl"));
    List<GenreCorpus.Item> devItems = GenreCorpus.read(corpus.resolve("dev.jsonl"));
    List<GenreSample> dev = GenreCorpus.samples(devItems);
    List<GenreSample> devClear = GenreCorpus.samples(
        devItems.stream().filter(i -> i.confidence().equals("clear")).toList());
    boolean cv = !List.of(args).contains("nocv");
    for (String arg : args) {
      if (arg.equals("nocv")) {
        continue;
      }
      Parameters parameters;
      double unsureWeight = 1;
      double syntheticWeight = 1;
      if (arg.equals("shipped")) {
        parameters = Parameters.defaults();
      } else if (arg.equals("baseline")) {
        parameters = Parameters.baseline();
      } else {
        String[] p = arg.split("/");
        parameters = new Parameters(FeatureSet.parse(p[3].replace(',', ' ')),
            Learner.valueOf(p[0]), Double.parseDouble(p[1]), 100, 2, ClassBalance.valueOf(p[2]));
        unsureWeight = p.length > 4 ? Double.parseDouble(p[4]) : 1;
        syntheticWeight = p.length > 5 ? Double.parseDouble(p[5]) : 1;
      }
      List<GenreSample> realTrain = new ArrayList<>();
      List<GenreSample> synthetic = new ArrayList<>();
      for (GenreCorpus.Item item : trainItems) {
        double w = item.synthetic() ? syntheticWeight
            : item.confidence().equals("clear") ? 1 : unsureWeight;
        GenreSample s = new GenreSample(item.label(), item.title(), item.text(), w);
        (item.synthetic() ? synthetic : realTrain).add(s);
      }
      List<GenreSample> all = new ArrayList<>(realTrain);
      all.addAll(synthetic);
      long t0 = System.nanoTime();
      GenreClassifier model = GenreTrainer.train(all, parameters, false);
      double seconds = (System.nanoTime() - t0) / 1e9;
      Evaluation e = GenreEvaluator.evaluate(model, dev);
      Evaluation c = GenreEvaluator.evaluate(model, devClear);
      String cvText = "";
      if (cv) {
        Evaluation pooled = crossValidate(realTrain, synthetic, parameters);
        cvText = String.format(Locale.ROOT, "  CV %.3f (TR %.3f)", pooled.macroF1(),
            pooled.score("TRAINING_REPORT").f1());
      }
      System.out.printf(Locale.ROOT,
          "dev %.3f  DIR %.3f TR %.3f MEET %.3f OTH %.3f  clear %.3f (TR %.3f)%s  %d feats %.1fs  %s%n",
          e.macroF1(), e.score("DIRECTIVE").f1(), e.score("TRAINING_REPORT").f1(),
          e.score("MEETING_SUMMARY").f1(), e.score("OTHER").f1(), c.macroF1(),
          c.score("TRAINING_REPORT").f1(), cvText, model.featureCount(), seconds, arg);
    }
  }

  /** Pooled scores of a stratified cross-validation, like {@link GenreEvaluator#crossValidate}. */
  private static Evaluation crossValidate(
      List<GenreSample> samples, List<GenreSample> extra, Parameters parameters) {
    Map<String, List<Integer>> byLabel = new TreeMap<>();
    for (int i = 0; i < samples.size(); i++) {
      byLabel.computeIfAbsent(samples.get(i).label(), l -> new ArrayList<>()).add(i);
    }
    int[] foldOf = new int[samples.size()];
    Random random = new Random(SEED);
    int next = 0;
    for (List<Integer> members : byLabel.values()) {
      Collections.shuffle(members, random);
      for (int i : members) {
        foldOf[i] = next++ % FOLDS;
      }
    }
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      List<GenreSample> train = new ArrayList<>();
      List<GenreSample> test = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        (foldOf[i] == fold ? test : train).add(samples.get(i));
      }
      train.addAll(extra);
      GenreClassifier model = GenreTrainer.train(train, parameters, false);
      for (GenreSample s : test) {
        gold.add(s.label());
        predicted.add(model.classify(s.title(), s.body()).label());
      }
    }
    return GenreEvaluator.evaluate(new ArrayList<>(byLabel.keySet()), gold, predicted);
  }
}
