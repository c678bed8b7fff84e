package io.github.vietcat.examples.bench;

import io.github.vietcat.normalize.TextNormalizer;
import io.github.vietcat.token.SyllableTokenizer;
import io.github.vietcat.token.Token;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Single-threaded tokenization throughput, in MB/s of UTF-8 input, of {@link SyllableTokenizer}
 * against Lucene's {@link StandardTokenizer} as the baseline, measured in the same run over the
 * same articles (the input file is split at blank lines into articles, as a news feed delivers
 * them).
 *
 * <p>Usage: {@code TokenizerBenchmark [file] [warm-up rounds] [measured rounds]}; the file defaults
 * to {@code ../shared/news-sample/vietnews-10mb.txt}.
 */
public final class TokenizerBenchmark {

  private TokenizerBenchmark() {}

  /**
   * Runs the benchmark and prints the table.
   *
   * @param args optional: input file, warm-up rounds, measured rounds
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    BenchmarkArguments arguments = BenchmarkArguments.parse(args);
    Path file = arguments.file();
    int warmup = arguments.warmup();
    int rounds = arguments.rounds();
    NewsSample sample = NewsSample.read(file);
    List<String> articles = sample.articles();
    System.out.printf("input: %s, %.2f MB UTF-8, %d articles%n", file,
        sample.utf8Bytes() / 1e6, articles.size());

    SyllableTokenizer syllables = new SyllableTokenizer();
    SyllableTokenizer syllablesNoHtml = new SyllableTokenizer(new TextNormalizer(false, false));
    TextNormalizer normalizer = new TextNormalizer();
    StandardTokenizer standard = new StandardTokenizer();
    CharTermAttribute term = standard.addAttribute(CharTermAttribute.class);

    BenchmarkHarness.Workload lucene = () -> {
      long count = 0;
      try {
        for (String article : articles) {
          standard.setReader(new StringReader(article));
          standard.reset();
          while (standard.incrementToken()) {
            count += term.length();
          }
          standard.end();
          standard.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return count;
    };
    BenchmarkHarness.Workload syllable = () -> countTokens(syllables, articles);
    BenchmarkHarness.Workload syllableNoHtml = () -> countTokens(syllablesNoHtml, articles);
    BenchmarkHarness.Workload normalizeOnly = () -> {
      long count = 0;
      for (String article : articles) {
        count += normalizer.normalize(article).text().length();
      }
      return count;
    };

    BenchmarkHarness harness = new BenchmarkHarness(warmup, rounds);
    List<BenchmarkHarness.Result> results = harness.measure(sample.utf8Bytes(),
        List.of("lucene StandardTokenizer (baseline)", "vietcat SyllableTokenizer",
            "vietcat SyllableTokenizer, HTML off", "vietcat TextNormalizer only"),
        List.of(lucene, syllable, syllableNoHtml, normalizeOnly));
    System.out.print(BenchmarkHarness.format("MB", 1e6, results));
    double ratio = results.get(1).medianThroughput() / results.get(0).medianThroughput();
    System.out.printf("SyllableTokenizer median: %.1f MB/s = %.2f x StandardTokenizer%n",
        results.get(1).medianThroughput() / 1e6, ratio);
  }

  private static long countTokens(SyllableTokenizer tokenizer, List<String> articles) {
    long count = 0;
    for (String article : articles) {
      List<Token> tokens = tokenizer.tokenize(article);
      count += tokens.size();
    }
    return count;
  }
}
