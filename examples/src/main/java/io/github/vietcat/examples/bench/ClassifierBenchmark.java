package io.github.vietcat.examples.bench;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreSample;
import io.github.vietcat.genre.GenreTrainer;
import io.github.vietcat.models.genre.GenreCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Genre classification throughput: classifies news items of {@code
 * ../shared/news-sample/vietnews-10mb.txt} (title line, body, blank line between articles) on one
 * thread after warm-up, with the shipped model and with the in-project baseline (TF-IDF over
 * syllable 1-2-grams, linear SVM, trained from {@code ../shared/corpus/train.jsonl} at start) in
 * the same run; then the shipped model's size and load time.
 *
 * <pre>
 * ./mvnw -B -q -o install -DskipTests
 * ./mvnw -B -q -pl examples exec:java -Dexec.mainClass=io.github.vietcat.examples.bench.ClassifierBenchmark \
 *     [-Dexec.args="items rounds"]
 * </pre>
 *
 * Arguments: how many items (default 2000) and measured rounds (default 7, after 3 warm-up rounds),
 * then optionally model files to measure in the same run (for example a previous shipped model).
 */
public final class ClassifierBenchmark {

  private ClassifierBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional item count and number of measured rounds
   * @throws IOException if the data cannot be read
   */
  public static void main(String[] args) throws IOException {
    int maxItems = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    Path shared = GenreCorpus.sharedFolder();
    List<GenreSample> items = readNewsSample(shared.resolve("news-sample/vietnews-10mb.txt"), maxItems);
    long chars = items.stream().mapToLong(s -> s.title().length() + s.body().length()).sum();
    System.out.printf(Locale.ROOT, "%d items, %.1f chars on average%n", items.size(),
        (double) chars / items.size());

    long t0 = System.nanoTime();
    GenreClassifier shipped = GenreClassifier.loadDefault();
    double firstLoadMs = (System.nanoTime() - t0) / 1e6;
    GenreClassifier baseline = GenreTrainer.train(
        GenreCorpus.samples(GenreCorpus.read(shared.resolve("corpus/train.jsonl"))),
        GenreTrainer.Parameters.baseline());

    List<String> names = new ArrayList<>(
        List.of("baseline (plain 1-2-grams, TF-IDF, SVM)", "shipped genre model"));
    List<BenchmarkHarness.Workload> workloads = new ArrayList<>(
        List.of(() -> run(baseline, items), () -> run(shipped, items)));
    for (int i = 2; i < args.length; i++) {
      GenreClassifier other = GenreClassifier.load(Path.of(args[i]));
      names.add("model file " + Path.of(args[i]).getFileName());
      workloads.add(() -> run(other, items));
    }
    BenchmarkHarness harness = new BenchmarkHarness(3, rounds);
    List<BenchmarkHarness.Result> results = harness.measure(items.size(), names, workloads);
    System.out.print(BenchmarkHarness.format("items", 1, results));

    byte[] model;
    try (InputStream in = ClassifierBenchmark.class.getClassLoader()
        .getResourceAsStream(GenreClassifier.DEFAULT_MODEL_RESOURCE)) {
      model = in.readAllBytes();
    }
    double[] loadMs = new double[7];
    for (int i = 0; i < loadMs.length; i++) {
      long start = System.nanoTime();
      GenreClassifier.load(new java.io.ByteArrayInputStream(model));
      loadMs[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(loadMs);
    System.out.printf(Locale.ROOT,
        "model: %s, %d bytes, %d features; first loadDefault() %.0f ms (cold JVM); "
            + "load from memory median %.0f ms over %d loads%n",
        GenreClassifier.DEFAULT_MODEL_RESOURCE, model.length, shipped.featureCount(), firstLoadMs,
        loadMs[loadMs.length / 2], loadMs.length);
  }

  private static long run(GenreClassifier classifier, List<GenreSample> items) {
    long checksum = 0;
    for (GenreSample item : items) {
      checksum += classifier.classify(item.title(), item.body()).label().hashCode();
    }
    return checksum;
  }

  /** The first {@code maxItems} articles of the news sample, as unlabelled items. */
  static List<GenreSample> readNewsSample(Path file, int maxItems) throws IOException {
    List<GenreSample> items = new ArrayList<>();
    for (String article : NewsSample.read(file).articles()) {
      if (items.size() == maxItems) {
        break;
      }
      items.add(new GenreSample("?", NewsSample.title(article), NewsSample.body(article)));
    }
    return items;
  }
}
