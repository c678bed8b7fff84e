package io.github.vietcat.models.genre;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreEvaluator;
import io.github.vietcat.genre.GenreEvaluator.Evaluation;
import io.github.vietcat.genre.GenreResult;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.genre.GenreTrainer;
import io.github.vietcat.genre.features.FeatureSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares genre configurations under the views real pages give ({@link ItemViews}): each
 * configuration is trained on {@code train.jsonl} in this run and scored on every view of the dev
 * items (all, and those marked clear); with {@code --cv}, also 5-fold cross-validation on the real
 * train items, each fold scored under every view (synthetic items and the views of the training
 * folds join every training part; views of the held-out fold are scored).
 *
 * <pre>
 * java -Dvietcat.shared=../shared -cp JAR io.github.vietcat.models.genre.GenreViewExperiments \
 *     [--cv] [CONFIG ...]
 * </pre>
 *
 * CONFIG names: {@code shipped} (the model on the classpath, never in {@code --cv}), {@code
 * file=PATH} (a model file, never in {@code --cv}), {@code
 * baseline}, {@code cues}, {@code cues+views}, {@code cues+views+snippets} (snippets among the
 * training views), {@code baseline+views}, {@code cues+views+self};
 * {@code NAME@C} retrains with SVM cost C; {@code NAME/body=N} reads N chars of body; {@code A&B:w} mixes the probabilities of two of them
 * (weight w for A), {@code A*B:w} their log-probabilities, {@code A*B:w>N} only for items with more
 * than N chars of body (A alone for the others). {@code --view-weight=W} sets the weight of training views (default 0.5);
 * {@code --reliability} prints reliability tables; {@code --confusion} the confusion matrices.
 * Default: all but the mixtures.
 */
public final class GenreViewExperiments {

  private GenreViewExperiments() {}

  /** Trains a configuration on the items of a training split. */
  interface Configuration extends Function<List<GenreCorpus.Item>, GenreClassifier> {}

  static Map<String, Configuration> configurations(double viewWeight) {
    Map<String, Configuration> out = new LinkedHashMap<>();
    // The shipped model as it is (not retrained: in --cv it would see the held-out folds).
    out.put("shipped", items -> GenreClassifier.loadDefault());
    out.put("baseline", items -> GenreTrainer.train(GenreCorpus.samples(items),
        GenreTrainer.Parameters.baseline()));
    out.put("cues", items -> GenreTrainer.train(GenreCorpus.trainingSamples(items),
        GenreTrainer.Parameters.defaults()));
    out.put("cues+views", items -> GenreTrainer.train(withViews(items, viewWeight,
        GenreCorpus.trainingSamples(items)), GenreTrainer.Parameters.defaults()));
    // The training views and snippets (ItemViews.View.SNIPPET) too.
    out.put("cues+views+snippets", items -> GenreTrainer.train(ItemViews.withTrainingViews(items,
        GenreCorpus.trainingSamples(items), viewWeight, List.of(ItemViews.View.PAGE,
            ItemViews.View.EXCERPT, ItemViews.View.TEASER, ItemViews.View.SNIPPET)),
        GenreTrainer.Parameters.defaults()));
    out.put("baseline+views", items -> GenreTrainer.train(withViews(items, viewWeight,
        GenreCorpus.samples(items)), GenreTrainer.Parameters.baseline()));
    // Views of the real items only (the synthetic items already include written page views).
    out.put("cues+realviews", items -> {
      List<GenreSample> samples = GenreCorpus.trainingSamples(items);
      List<GenreSample> all = new ArrayList<>(samples);
      List<GenreSample> views = ItemViews.withTrainingViews(
          items.stream().filter(i -> !i.synthetic()).toList(), List.of(), viewWeight);
      all.addAll(views);
      return GenreTrainer.train(all, GenreTrainer.Parameters.defaults());
    });
    // Self-training: the cues+views model labels the unlabelled news; its confident answers
    // (at most SELF_PER_LABEL per label, most confident first) join the training data at weight
    // SELF_WEIGHT.
    out.put("cues+views+self", items -> {
      List<GenreSample> samples = withViews(items, viewWeight, GenreCorpus.trainingSamples(items));
      GenreClassifier first = GenreTrainer.train(samples, GenreTrainer.Parameters.defaults());
      List<GenreSample> more = new ArrayList<>(samples);
      more.addAll(SelfTraining.confident(first, unlabelled(), 0.9, 400, 0.3));
      return GenreTrainer.train(more, GenreTrainer.Parameters.defaults());
    });
    return out;
  }

  private static List<GenreSample> unlabelledCache;

  static synchronized List<GenreSample> unlabelled() {
    if (unlabelledCache == null) {
      try {
        unlabelledCache = SelfTraining.read(GenreCorpus.sharedFolder()
            .resolve("news-unlabelled/news-40k.jsonl.gz"), 20000);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return unlabelledCache;
  }

  static List<GenreSample> withViews(List<GenreCorpus.Item> items, double weight,
      List<GenreSample> samples) {
    return ItemViews.withTrainingViews(items, samples, weight);
  }

  /**
   * Runs the comparison.
   *
   * @param args {@code --cv}, {@code --view-weight=W}, configuration names
   * @throws Exception if the data cannot be read
   */
  public static void main(String[] args) throws Exception {
    boolean cv = false;
    double viewWeight = 0.5;
    List<String> names = new ArrayList<>();
    for (String a : args) {
      if (a.equals("--cv")) {
        cv = true;
      } else if (a.startsWith("--view-weight=")) {
        viewWeight = Double.parseDouble(a.substring("--view-weight=".length()));
      } else if (a.startsWith("--")) {
        if (!List.of("--reliability", "--confusion", "--errors", "--offsets", "--dev-offsets")
            .contains(a)) {
          throw new IllegalArgumentException("unknown option " + a + "; options: --cv"
              + " --view-weight=W --reliability --confusion --errors --offsets --dev-offsets");
        }
      } else {
        names.add(a);
      }
    }
    Map<String, Configuration> all = configurations(viewWeight);
    if (names.isEmpty()) {
      names.addAll(all.keySet());
      names.remove("shipped");
    }
    for (String name : names) {
      if (name.startsWith("file=") && !all.containsKey(name)) {
        Path file = Path.of(name.substring("file=".length()));
        all.put(name, items -> {
          try {
            return GenreClassifier.load(file);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
      }
    }
    for (String name : names) {
      int slash = name.indexOf("/body=");
      if (slash > 0 && !isMix(name) && !all.containsKey(name)) {
        all.put(name, withBody(name.substring(0, slash), viewWeight,
            Integer.parseInt(name.substring(slash + "/body=".length()))));
      }
    }
    for (String name : names) {
      int at = name.indexOf('@');
      if (at > 0 && !isMix(name) && !all.containsKey(name)) {
        all.put(name, withCost(name.substring(0, at), viewWeight,
            Double.parseDouble(name.substring(at + 1))));
      }
    }
    for (String name : names) {
      for (String part : isMix(name) ? name.split("[&*:]") : new String[] {name}) {
        if (isMix(name) && !part.matches("[0-9.>]+") && !names.contains(part)) {
          throw new IllegalArgumentException("mix " + name + ": name " + part
              + " as a configuration of its own too, before the mix");
        }
        if (!all.containsKey(part) && !part.matches("[0-9.>]+")) {
          throw new IllegalArgumentException("unknown configuration " + part + "; known: "
              + all.keySet() + ", NAME@COST, A&B:W");
        }
      }
    }
    Path shared = GenreCorpus.sharedFolder();
    List<GenreCorpus.Item> train = GenreCorpus.read(shared.resolve("corpus/train.jsonl"));
    List<GenreCorpus.Item> dev = GenreCorpus.read(shared.resolve("corpus/dev.jsonl"));
    List<GenreCorpus.Item> devClear =
        dev.stream().filter(i -> i.confidence().equals("clear")).toList();
    System.out.printf(Locale.ROOT, "train %d items, dev %d (%d clear), view weight %.2f%n",
        train.size(), dev.size(), devClear.size(), viewWeight);
    header("dev");
    Map<String, Map<ItemViews.View, Scored[]>> scored = new LinkedHashMap<>();
    for (String name : names) {
      if (isMix(name)) {
        continue;
      }
      long t0 = System.nanoTime();
      GenreClassifier model = all.get(name).apply(train);
      double seconds = (System.nanoTime() - t0) / 1e9;
      for (ItemViews.View view : ItemViews.View.values()) {
        Scored a = score(model, ItemViews.presentAll(dev, view, 0, 1.0));
        Scored c = score(model, ItemViews.presentAll(devClear, view, 0, 1.0));
        scored.computeIfAbsent(name, k -> new LinkedHashMap<>()).put(view, new Scored[] {a, c});
        row(name, view, a, c);
        if (List.of(args).contains("--confusion")) {
          System.out.print(a.evaluation().format());
        }
        if (List.of(args).contains("--errors") && view == ItemViews.View.ARTICLE) {
          List<GenreCorpus.Item> items = dev;
          for (int i = 0; i < items.size(); i++) {
            GenreResult r = a.results().get(i);
            if (!r.label().equals(items.get(i).label())) {
              System.out.printf(Locale.ROOT, "  ERR %s gold %s pred %s %.2f %s | %s%n",
                  items.get(i).id(), items.get(i).label(), r.label(), r.probability(),
                  items.get(i).confidence(), items.get(i).title());
            }
          }
        }
      }
      System.out.printf(Locale.ROOT, "  (%s trained in %.1f s)%n", name, seconds);
    }
    if (List.of(args).contains("--reliability")) {
      for (Map.Entry<String, Map<ItemViews.View, Scored[]>> e : scored.entrySet()) {
        for (Map.Entry<ItemViews.View, Scored[]> v : e.getValue().entrySet()) {
          System.out.printf("%n-- reliability of %s on dev, view %s%n%s", e.getKey(),
              v.getKey().label(), reliability(v.getValue()[0]));
        }
      }
    }
    // "A&B:w": probabilities of A weighted w, of B weighted 1 - w.
    for (String name : names) {
      if (!isMix(name)) {
        continue;
      }
      String[] parts = name.split("[&*:]");
      double w = Double.parseDouble(parts[2].replaceAll(">.*", ""));
      for (ItemViews.View view : ItemViews.View.values()) {
        Scored[] a = scored.get(parts[0]).get(view);
        Scored[] b = scored.get(parts[1]).get(view);
        row(name, view, mix(a[0], b[0], w, name), mix(a[1], b[1], w, name));
      }
    }
    if (cv) {
      System.out.println();
      header("5-fold CV, real train items (synthetic items in every training part)");
      Map<String, Map<ItemViews.View, Scored>> folds = new LinkedHashMap<>();
      for (String name : names) {
        if (name.equals("shipped") || name.startsWith("file=")) {
          continue;
        }
        if (isMix(name)) {
          String[] parts = name.split("[&*:]");
          double w = Double.parseDouble(parts[2].replaceAll(">.*", ""));
          Map<ItemViews.View, Scored> mixedFolds = new LinkedHashMap<>();
          for (ItemViews.View view : ItemViews.View.values()) {
            mixedFolds.put(view, mix(folds.get(parts[0]).get(view), folds.get(parts[1]).get(view),
                w, name));
            row(name, view, mixedFolds.get(view), null);
          }
          if (List.of(args).contains("--offsets")) {
            Map<String, Double> offsets = tuneOffsets(mixedFolds);
            System.out.println("  offsets tuned on CV: " + offsets);
            for (ItemViews.View view : ItemViews.View.values()) {
              Scored[] a = scored.get(parts[0]).get(view);
              Scored[] b = scored.get(parts[1]).get(view);
              row(name + "+off", view, withOffsets(mix(a[0], b[0], w, name), offsets),
                  withOffsets(mix(a[1], b[1], w, name), offsets));
            }
          }
          continue;
        }
        Map<ItemViews.View, Scored> pooled = crossValidate(train, all.get(name), 5, 1);
        folds.put(name, pooled);
        for (ItemViews.View view : ItemViews.View.values()) {
          row(name, view, pooled.get(view), null);
        }
        if (List.of(args).contains("--offsets")) {
          // Offsets tuned on the pooled CV answers of all views, then applied to the dev answers
          // of the model trained on all of train (dev never seen by the tuning).
          Map<String, Double> offsets = tuneOffsets(pooled);
          System.out.println("  offsets tuned on CV: " + offsets);
          for (ItemViews.View view : ItemViews.View.values()) {
            Scored[] d = scored.get(name).get(view);
            row(name + "+off", view, withOffsets(d[0], offsets), withOffsets(d[1], offsets));
          }
        }
        if (List.of(args).contains("--dev-offsets")) {
          // For an upper bound only: offsets tuned on dev itself.
          Map<ItemViews.View, Scored> devAll = new LinkedHashMap<>();
          scored.get(name).forEach((v, d) -> devAll.put(v, d[0]));
          Map<String, Double> offsets = tuneOffsets(devAll);
          System.out.println("  offsets tuned on dev (upper bound, not a score): " + offsets);
          for (ItemViews.View view : ItemViews.View.values()) {
            Scored[] d = scored.get(name).get(view);
            row(name + "+devoff", view, withOffsets(d[0], offsets), null);
          }
        }
      }
    }
  }

  static Map<String, Double> tuneOffsets(Map<ItemViews.View, Scored> answers) {
    List<List<String>> golds = new ArrayList<>();
    List<List<GenreResult>> sets = new ArrayList<>();
    for (Scored s : answers.values()) {
      golds.add(s.gold());
      sets.add(s.results());
    }
    return LabelOffsets.tune(LabelOffsets.labelsOf(golds.get(0)), golds, sets);
  }

  static Scored withOffsets(Scored scored, Map<String, Double> offsets) {
    List<GenreResult> results = LabelOffsets.apply(scored.results(), offsets);
    List<String> predicted = results.stream().map(GenreResult::label).toList();
    return new Scored(GenreEvaluator.evaluate(LabelOffsets.labelsOf(scored.gold()), scored.gold(),
        predicted), scored.gold(), results);
  }

  /** Gold and predicted label with the probability, per item. */
  record Scored(Evaluation evaluation, List<String> gold, List<GenreResult> results,
      List<Integer> bodyChars) {
    Scored(Evaluation evaluation, List<String> gold, List<GenreResult> results) {
      this(evaluation, gold, results, null);
    }
  }

  static Scored score(GenreClassifier model, List<GenreSample> samples) {
    List<String> gold = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    List<GenreResult> results = new ArrayList<>();
    List<Integer> bodyChars = new ArrayList<>();
    for (GenreSample s : samples) {
      GenreResult r = model.classify(s.title(), s.body());
      gold.add(s.label());
      predicted.add(r.label());
      results.add(r);
      bodyChars.add(s.body().length());
    }
    return new Scored(GenreEvaluator.evaluate(model.labels(), gold, predicted), gold, results,
        bodyChars);
  }

  /** A configuration ("cues", "baseline", with or without "+views") reading another length of body. */
  static Configuration withBody(String baseName, double viewWeight, int maxBody) {
    boolean views = baseName.endsWith("+views");
    boolean baseline = baseName.startsWith("baseline");
    GenreTrainer.Parameters defaults = baseline ? GenreTrainer.Parameters.baseline()
        : GenreTrainer.Parameters.defaults();
    FeatureSet f = defaults.features();
    GenreTrainer.Parameters parameters = defaults.withFeatures(new FeatureSet(f.units(),
        f.ngrams(), f.titleMarked(), f.leadSentences(), f.tokenTypes(), f.words(), maxBody,
        f.weighting(), f.cueWeight()));
    return items -> {
      List<GenreSample> samples = baseline ? GenreCorpus.samples(items)
          : GenreCorpus.trainingSamples(items);
      return GenreTrainer.train(views ? withViews(items, viewWeight, samples) : samples,
          parameters);
    };
  }

  static Configuration withCost(String baseName, double viewWeight, double cost) {
    boolean views = baseName.endsWith("+views");
    boolean baseline = baseName.startsWith("baseline");
    GenreTrainer.Parameters parameters = (baseline ? GenreTrainer.Parameters.baseline()
        : GenreTrainer.Parameters.defaults()).withLearner(GenreTrainer.Learner.LINEAR_SVM, cost);
    return items -> {
      List<GenreSample> samples = baseline ? GenreCorpus.samples(items)
          : GenreCorpus.trainingSamples(items);
      return GenreTrainer.train(views ? withViews(items, viewWeight, samples) : samples,
          parameters);
    };
  }

  /** The answers of two models mixed: probabilities of {@code a} times w plus b's times 1 - w. */
  static boolean isMix(String name) {
    return name.contains("&") || name.contains("*");
  }

  /**
   * Mixes two models' answers: {@code A&B:w} averages the probabilities (w for A), {@code A*B:w}
   * the log-probabilities (a product of experts, the form a single linear model can hold).
   */
  static Scored mix(Scored a, Scored b, double w, String name) {
    if (!name.contains("*")) {
      return mix(a, b, w);
    }
    // "A*B:w>N": B joins only for items with more than N chars of body.
    int gate = name.contains(">") ? Integer.parseInt(name.substring(name.indexOf('>') + 1)) : -1;
    List<String> predicted = new ArrayList<>();
    List<GenreResult> results = new ArrayList<>();
    for (int i = 0; i < a.results().size(); i++) {
      GenreResult ra = a.results().get(i);
      GenreResult rb = b.results().get(i);
      if (gate >= 0 && a.bodyChars().get(i) <= gate) {
        predicted.add(ra.label());
        results.add(ra);
        continue;
      }
      Map<String, Double> mixed = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : ra.probabilities().entrySet()) {
        mixed.put(e.getKey(), Math.exp(w * Math.log(Math.max(e.getValue(), 1e-300))
            + (1 - w) * Math.log(Math.max(rb.probabilities().getOrDefault(e.getKey(), 0.0),
                1e-300))));
      }
      GenreResult r = LabelOffsets.normalized(mixed, false);
      predicted.add(r.label());
      results.add(r);
    }
    List<String> labels = new ArrayList<>(new java.util.TreeSet<>(a.gold()));
    return new Scored(GenreEvaluator.evaluate(labels, a.gold(), predicted), a.gold(), results);
  }

  static Scored mix(Scored a, Scored b, double w) {
    List<String> predicted = new ArrayList<>();
    List<GenreResult> results = new ArrayList<>();
    for (int i = 0; i < a.results().size(); i++) {
      GenreResult ra = a.results().get(i);
      GenreResult rb = b.results().get(i);
      String best = null;
      double bestP = -1;
      Map<String, Double> mixed = new LinkedHashMap<>();
      for (Map.Entry<String, Double> e : ra.probabilities().entrySet()) {
        double p = w * e.getValue() + (1 - w) * rb.probabilities().getOrDefault(e.getKey(), 0.0);
        mixed.put(e.getKey(), p);
        if (p > bestP) {
          bestP = p;
          best = e.getKey();
        }
      }
      predicted.add(best);
      results.add(new GenreResult(best, bestP, mixed, List.of(), false));
    }
    List<String> labels = new ArrayList<>(new java.util.TreeSet<>(a.gold()));
    return new Scored(GenreEvaluator.evaluate(labels, a.gold(), predicted), a.gold(), results);
  }

  /**
   * A reliability table: per confidence bin (width 0.1) the number of answers, their mean
   * confidence and their accuracy, then the expected calibration error (ECE).
   */
  static String reliability(Scored scored) {
    int bins = 10;
    int[] count = new int[bins];
    double[] confidence = new double[bins];
    int[] right = new int[bins];
    int total = scored.results().size();
    for (int i = 0; i < total; i++) {
      GenreResult r = scored.results().get(i);
      int bin = Math.min(bins - 1, (int) (r.probability() * bins));
      count[bin]++;
      confidence[bin] += r.probability();
      right[bin] += r.label().equals(scored.gold().get(i)) ? 1 : 0;
    }
    StringBuilder out = new StringBuilder();
    double ece = 0;
    for (int b = 0; b < bins; b++) {
      if (count[b] == 0) {
        continue;
      }
      double meanConfidence = confidence[b] / count[b];
      double accuracy = (double) right[b] / count[b];
      ece += (double) count[b] / total * Math.abs(accuracy - meanConfidence);
      out.append(String.format(Locale.ROOT, "    %.1f-%.1f  n %4d  confidence %.3f  accuracy %.3f%n",
          b / 10.0, (b + 1) / 10.0, count[b], meanConfidence, accuracy));
    }
    out.append(String.format(Locale.ROOT, "    ECE %.3f%n", ece));
    return out.toString();
  }

  static Evaluation evaluate(List<String[]> pairs) {
    List<String> gold = pairs.stream().map(p -> p[0]).toList();
    List<String> predicted = pairs.stream().map(p -> p[1]).toList();
    List<String> labels = new ArrayList<>(new java.util.TreeSet<>(gold));
    return GenreEvaluator.evaluate(labels, gold, predicted);
  }

  /** Stratified folds over the real items; the pooled answers per view. */
  static Map<ItemViews.View, Scored> crossValidate(List<GenreCorpus.Item> items,
      Configuration configuration, int folds, long seed) {
    List<GenreCorpus.Item> real = items.stream().filter(i -> !i.synthetic()).toList();
    List<GenreCorpus.Item> synthetic = items.stream().filter(GenreCorpus.Item::synthetic).toList();
    int[] foldOf = GenreEvaluator.stratifiedFolds(
        real.stream().map(GenreCorpus.Item::label).toList(), folds, seed);
    Map<ItemViews.View, List<String>> gold = new LinkedHashMap<>();
    Map<ItemViews.View, List<GenreResult>> results = new LinkedHashMap<>();
    Map<ItemViews.View, List<Integer>> bodyChars = new LinkedHashMap<>();
    for (int fold = 0; fold < folds; fold++) {
      List<GenreCorpus.Item> trainPart = new ArrayList<>(synthetic);
      List<GenreCorpus.Item> testPart = new ArrayList<>();
      for (int i = 0; i < real.size(); i++) {
        (foldOf[i] == fold ? testPart : trainPart).add(real.get(i));
      }
      GenreClassifier model = configuration.apply(trainPart);
      for (ItemViews.View view : ItemViews.View.values()) {
        for (GenreSample s : ItemViews.presentAll(testPart, view, 0, 1.0)) {
          gold.computeIfAbsent(view, v -> new ArrayList<>()).add(s.label());
          results.computeIfAbsent(view, v -> new ArrayList<>())
              .add(model.classify(s.title(), s.body()));
          bodyChars.computeIfAbsent(view, v -> new ArrayList<>()).add(s.body().length());
        }
      }
    }
    Map<ItemViews.View, Scored> pooled = new LinkedHashMap<>();
    for (ItemViews.View view : ItemViews.View.values()) {
      List<String> g = gold.get(view);
      List<String> predicted = results.get(view).stream().map(GenreResult::label).toList();
      List<String> labels = new ArrayList<>(new java.util.TreeSet<>(g));
      pooled.put(view, new Scored(GenreEvaluator.evaluate(labels, g, predicted), g,
          results.get(view), bodyChars.get(view)));
    }
    return pooled;
  }

  private static void header(String title) {
    System.out.printf(Locale.ROOT, "%n== %s%n%-16s %-8s %7s %6s %6s %6s %6s %6s %7s%n", title,
        "config", "view", "macroF1", "DIR", "TRAIN", "MEET", "OTHER", "acc", "clear");
  }

  private static void row(String name, ItemViews.View view, Scored all, Scored clear) {
    row(name, view, all.evaluation(), clear == null ? null : clear.evaluation());
  }

  private static void row(String name, ItemViews.View view, Evaluation e, Evaluation clear) {
    System.out.printf(Locale.ROOT, "%-16s %-8s %7.3f %6.3f %6.3f %6.3f %6.3f %6.3f %7s%n", name,
        view.label(), e.macroF1(), e.score("DIRECTIVE").f1(), e.score("TRAINING_REPORT").f1(),
        e.score("MEETING_SUMMARY").f1(), e.score("OTHER").f1(), accuracy(e),
        clear == null ? "" : String.format(Locale.ROOT, "%.3f", clear.macroF1()));
  }

  static double accuracy(Evaluation e) {
    int[][] m = e.confusion();
    int right = 0;
    int total = 0;
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m.length; j++) {
        total += m[i][j];
        right += i == j ? m[i][j] : 0;
      }
    }
    return total == 0 ? 0 : (double) right / total;
  }
}
