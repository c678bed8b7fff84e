package io.github.vietcat.examples.bench;

import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import io.github.vietcat.word.Word;
import io.github.vietcat.word.WordSegmenter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Single-threaded word segmentation throughput, in MB/s of UTF-8 input: raw text to words with
 * {@link WordSegmenter#segment(String)} (tokenizer included), against {@link SyllableTokenizer}
 * alone as the baseline, in the same run over the same articles (the input split at blank lines).
 * A third workload runs the segmenter alone on tokens made beforehand. Also reports the model's
 * load time and its size on the heap. Given a user dictionary, a fourth workload measures text to
 * words with it ({@link WordSegmenter#withUserDictionary(Path)}).
 *
 * <p>Usage: {@code SegmenterBenchmark [file] [warm-up rounds] [measured rounds] [user
 * dictionary]}; the file defaults to {@code ../shared/news-sample/vietnews-10mb.txt}. For the peak memory of the whole process run
 * it under {@code /usr/bin/time -v}.
 */
public final class SegmenterBenchmark {

  private SegmenterBenchmark() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args optional: input file, warm-up rounds, measured rounds, user dictionary file
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    BenchmarkArguments arguments = BenchmarkArguments.parse(args);
    Path file = arguments.file();
    int warmup = arguments.warmup();
    int rounds = arguments.rounds();
    NewsSample sample = NewsSample.read(file);
    List<String> articles = sample.articles();
    System.out.printf(Locale.ROOT, "input: %s, %.2f MB UTF-8, %d articles%n", file,
        sample.utf8Bytes() / 1e6, articles.size());

    long heapBefore = usedHeapAfterGc();
    double[] loadMillis = new double[5];
    double firstLoad = 0;
    WordSegmenter segmenter = null;
    for (int i = 0; i < loadMillis.length; i++) {
      segmenter = null;
      long t0 = System.nanoTime();
      segmenter = WordSegmenter.loadDefault();
      loadMillis[i] = (System.nanoTime() - t0) / 1e6;
      if (i == 0) {
        firstLoad = loadMillis[0];
      }
    }
    long heapAfter = usedHeapAfterGc();
    Arrays.sort(loadMillis);
    System.out.printf(Locale.ROOT,
        "model: %s%nload time: median %.0f ms, first %.0f ms (of 5); heap held by the model:"
            + " about %.1f MiB%n",
        segmenter, loadMillis[2], firstLoad, (heapAfter - heapBefore) / (1024.0 * 1024.0));

    SyllableTokenizer tokenizer = new SyllableTokenizer();
    List<List<Token>> tokenized = new ArrayList<>();
    for (String article : articles) {
      tokenized.add(tokenizer.tokenize(article));
    }
    WordSegmenter model = segmenter;
    BenchmarkHarness.Workload tokensOnly = () -> {
      long count = 0;
      for (String article : articles) {
        count += tokenizer.tokenize(article).size();
      }
      return count;
    };
    BenchmarkHarness.Workload words = () -> {
      long count = 0;
      for (String article : articles) {
        List<Word> w = model.segment(article);
        count += w.size();
      }
      return count;
    };
    BenchmarkHarness.Workload segmentOnly = () -> {
      long count = 0;
      for (int i = 0; i < articles.size(); i++) {
        count += model.segment(articles.get(i), tokenized.get(i)).size();
      }
      return count;
    };
    List<String> labels = new ArrayList<>(List.of("SyllableTokenizer alone (baseline)",
        "text -> words (tokenizer + segmenter)", "segmenter alone, on ready tokens"));
    List<BenchmarkHarness.Workload> workloads =
        new ArrayList<>(List.of(tokensOnly, words, segmentOnly));
    List<String> cpuNames =
        new ArrayList<>(List.of("SyllableTokenizer alone", "text -> words", "segmenter alone"));
    if (args.length > 3) {
      WordSegmenter withDictionary = model.withUserDictionary(Path.of(args[3]));
      System.out.println("with user dictionary " + args[3] + ": " + withDictionary);
      workloads.add(() -> {
        long count = 0;
        for (String article : articles) {
          count += withDictionary.segment(article).size();
        }
        return count;
      });
      labels.add("text -> words, user dictionary");
      cpuNames.add("with user dictionary");
    }
    BenchmarkHarness harness = new BenchmarkHarness(warmup, rounds);
    List<BenchmarkHarness.Result> results = harness.measure(sample.utf8Bytes(), labels, workloads);
    System.out.print(BenchmarkHarness.format("MB", 1e6, results));
    System.out.printf(Locale.ROOT, "text -> words median: %.2f MB/s (%.2f x the tokenizer alone)%n",
        results.get(1).medianThroughput() / 1e6,
        results.get(1).medianThroughput() / results.get(0).medianThroughput());

    // On a shared machine wall time also counts the time other processes hold the core; the
    // thread's own CPU time does not. Same workloads, median of the measured rounds.
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    if (threads.isCurrentThreadCpuTimeSupported()) {
      List<BenchmarkHarness.Workload> all = workloads;
      for (int w = 0; w < all.size(); w++) {
        double[] cpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
          long c0 = threads.getCurrentThreadCpuTime();
          all.get(w).run();
          cpu[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
        }
        Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "%-24s %8.2f MB per CPU-second (median of %d)%n", cpuNames.get(w),
            sample.utf8Bytes() / 1e6 / cpu[rounds / 2], rounds);
      }
    }
  }

  private static long usedHeapAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
