package io.github.vietcat.examples.bench;

import io.github.vietcat.facts.FactExtractor;
import io.github.vietcat.genre.Genre;
import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import io.github.vietcat.models.genre.GenreCorpus;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Structured-facts throughput: the first news items of {@code
 * ../shared/news-sample/vietnews-10mb.txt} (each as its title line and body, as {@code vietcat
 * facts} reads a file) on one thread after warm-up, in one run: the shipped genre classifier
 * alone (the baseline), the classifier plus {@link FactExtractor#extract(String)} (every section,
 * as {@code vietcat facts} does), the classifier plus the section of the predicted genre only, and
 * the extractor alone; then the same workloads timed by the thread's CPU time (what one core
 * does, whatever the load of a shared machine).
 *
 * <pre>
 * ./mvnw -B -q -o -pl core,models,examples package -DskipTests
 * flock /tmp/vietcat-bench.lock java -cp examples/target/vietcat-examples-0.1.0-SNAPSHOT-cli.jar \
 *     io.github.vietcat.examples.bench.FactsBenchmark [items] [rounds]
 * </pre>
 *
 * Arguments: how many items (default 2000) and measured rounds (default 7, after 3 warm-up rounds).
 */
public final class FactsBenchmark {

  private FactsBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional item count and number of measured rounds
   * @throws IOException if the data cannot be read
   */
  public static void main(String[] args) throws IOException {
    int maxItems = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> items = new ArrayList<>();
    for (String article : NewsSample.read(GenreCorpus.sharedFolder()
        .resolve("news-sample/vietnews-10mb.txt")).articles()) {
      if (items.size() == maxItems) {
        break;
      }
      items.add(NewsSample.title(article) + "\n" + NewsSample.body(article));
    }
    long chars = items.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "%d items, %.1f chars on average%n", items.size(),
        (double) chars / items.size());
    GenreClassifier classifier = GenreClassifier.loadDefault();
    FactExtractor extractor = new FactExtractor();

    List<String> names = List.of("classifier alone (baseline)",
        "classifier + facts, all sections", "classifier + facts, predicted genre",
        "facts alone, all sections");
    List<BenchmarkHarness.Workload> workloads = List.of(() -> classify(classifier, items),
        () -> classifyAndExtract(classifier, extractor, items, false),
        () -> classifyAndExtract(classifier, extractor, items, true),
        () -> extract(extractor, items));
    BenchmarkHarness harness = new BenchmarkHarness(3, rounds);
    List<BenchmarkHarness.Result> results = harness.measure(items.size(), names, workloads);
    System.out.print(BenchmarkHarness.format("items", 1, results));

    // On a shared machine wall-clock rates fall with the load; the thread's CPU time measures
    // what one core does, so the same workloads are also timed by it.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads.isCurrentThreadCpuTimeSupported()) {
      System.out.printf(Locale.ROOT, "%-40s %16s%n", "workload (thread CPU time)",
          "median items/s");
      long sink = 0;
      for (int w = 0; w < workloads.size(); w++) {
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          long start = threads.getCurrentThreadCpuTime();
          sink += workloads.get(w).run();
          rates[r] = items.size() / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "%-40s %16.2f%n", names.get(w), rates[rounds / 2]);
      }
      System.out.println("(checksum " + sink + ")");
    }
  }

  private static long classify(GenreClassifier classifier, List<String> items) {
    long checksum = 0;
    for (String item : items) {
      checksum += classifier.classify(item).label().hashCode();
    }
    return checksum;
  }

  private static long classifyAndExtract(GenreClassifier classifier, FactExtractor extractor,
      List<String> items, boolean genreOnly) {
    long checksum = 0;
    for (String item : items) {
      GenreResult result = classifier.classify(item);
      Genre genre = Genre.fromLabel(result.label()).orElse(Genre.OTHER);
      checksum += result.label().hashCode()
          + (genreOnly ? extractor.extract(item, genre) : extractor.extract(item)).hashCode();
    }
    return checksum;
  }

  private static long extract(FactExtractor extractor, List<String> items) {
    long checksum = 0;
    for (String item : items) {
      checksum += extractor.extract(item).documents().size();
    }
    return checksum;
  }
}
