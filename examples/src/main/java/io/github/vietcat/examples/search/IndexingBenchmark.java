package io.github.vietcat.examples.search;

import io.github.vietcat.examples.bench.BenchmarkArguments;
import io.github.vietcat.examples.bench.BenchmarkHarness;
import io.github.vietcat.examples.bench.NewsSample;
import io.github.vietcat.lucene.VietnameseAnalyzer;
import io.github.vietcat.lucene.VietnameseTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Indexing throughput, in MB/s of UTF-8 input, of the news sample into a Lucene index (in memory,
 * {@link ByteBuffersDirectory}, one thread, one document per article, committed at the end of
 * each round) with {@link VietnameseAnalyzer} in syllable, word and mixed mode (default stop
 * words, HTML stripping off since the input is plain text, no folding), and with folding in mixed
 * mode, against Lucene's {@link StandardAnalyzer} as the baseline, all in the same run,
 * interleaved round by round.
 *
 * <p>Usage: {@code IndexingBenchmark [file] [warm-up rounds] [measured rounds]}; the file defaults
 * to {@code ../shared/news-sample/vietnews-10mb.txt}. Run it under the bench lock: {@code flock
 * /tmp/vietcat-bench.lock java ...}.
 */
public final class IndexingBenchmark {

  private IndexingBenchmark() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args optional: input file, warm-up rounds, measured rounds
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    BenchmarkArguments arguments = BenchmarkArguments.parse(args);
    NewsSample sample = NewsSample.read(arguments.file());
    List<String> articles = sample.articles();
    System.out.printf(Locale.ROOT, "input: %s, %.2f MB UTF-8, %d articles%n", arguments.file(),
        sample.utf8Bytes() / 1e6, articles.size());
    List<String> names = new ArrayList<>();
    List<Analyzer> analyzers = new ArrayList<>();
    names.add("lucene StandardAnalyzer (baseline)");
    analyzers.add(new StandardAnalyzer());
    for (VietnameseTokenizer.Mode mode : VietnameseTokenizer.Mode.values()) {
      names.add("vietcat " + mode.name().toLowerCase(Locale.ROOT));
      analyzers.add(new VietnameseAnalyzer(mode, true, VietnameseAnalyzer.getDefaultStopSet(),
          null, false, false));
    }
    names.add("vietcat mixed + folding");
    analyzers.add(new VietnameseAnalyzer(VietnameseTokenizer.Mode.MIXED, true,
        VietnameseAnalyzer.getDefaultStopSet(), null, false, true));
    List<BenchmarkHarness.Workload> workloads = new ArrayList<>();
    for (Analyzer analyzer : analyzers) {
      workloads.add(() -> index(analyzer, articles));
    }
    BenchmarkHarness harness = new BenchmarkHarness(arguments.warmup(), arguments.rounds());
    List<BenchmarkHarness.Result> results =
        harness.measure(sample.utf8Bytes(), names, workloads);
    System.out.print(BenchmarkHarness.format("MB", 1e6, results));
    for (Analyzer analyzer : analyzers) {
      analyzer.close();
    }
  }

  /** Indexes the articles into a fresh in-memory index; returns the index size in bytes. */
  private static long index(Analyzer analyzer, List<String> articles) {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setRAMBufferSizeMB(64);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        Document doc = new Document();
        TextField body = new TextField("body", "", Field.Store.NO);
        doc.add(body);
        for (String article : articles) {
          body.setStringValue(article);
          writer.addDocument(doc);
        }
        writer.commit();
      }
      long bytes = 0;
      for (String file : directory.listAll()) {
        bytes += directory.fileLength(file);
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
