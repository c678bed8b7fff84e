package io.github.vietcat.examples.bench;

import io.github.vietcat.encoding.EncodingDetector;
import io.github.vietcat.encoding.VietnameseEncoding;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Detection accuracy per encoding: articles of the news sample are converted into each encoding
 * (as a legacy editor would save them, see {@link VietnameseEncoding#encode}) and detected again,
 * whole and cut to their first 200 and 50 chars (at a space). An answer counts as right when the
 * encoding is the one written and the detector is confident; a wrong confident answer is counted
 * apart, as is a refusal (not confident). Also counted ("exact"): whole articles whose decoding
 * gives back exactly the text as written (where chars the encoding cannot hold, such as curly
 * quotes in TCVN3, became '?'), and ("words") the share of their white-space-separated words
 * decoded exactly (0 for an article whose word count changed).
 *
 * <p>Usage: {@code EncodingDetectionBenchmark [file] [articles]}; the file defaults to {@code
 * ../shared/news-sample/vietnews-10mb.txt}, articles to 2,000 (every n-th article is taken).
 */
public final class EncodingDetectionBenchmark {

  private EncodingDetectionBenchmark() {}

  /**
   * Runs the measurement and prints the table.
   *
   * @param args optional: input file, number of articles
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : NewsSample.DEFAULT_FILE;
    int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    List<String> all = NewsSample.read(file).articles();
    List<String> articles = new ArrayList<>();
    int step = Math.max(1, all.size() / wanted);
    for (int i = 0; i < all.size() && articles.size() < wanted; i += step) {
      articles.add(Normalizer.normalize(all.get(i), Normalizer.Form.NFC));
    }
    System.out.printf(Locale.ROOT, "input: %s, %d articles of %d%n", file, articles.size(),
        all.size());
    System.out.printf(Locale.ROOT, "%-13s %-7s %8s %8s %8s %8s %8s%n", "encoding", "length",
        "right", "wrong", "refused", "exact", "words");
    EncodingDetector detector = new EncodingDetector();
    int[] lengths = {Integer.MAX_VALUE, 200, 50};
    for (VietnameseEncoding encoding : VietnameseEncoding.values()) {
      java.util.Map<Character, Boolean> representable = new java.util.HashMap<>();
      for (int length : lengths) {
        int right = 0;
        int wrong = 0;
        int refused = 0;
        int exact = 0;
        long words = 0;
        long rightWords = 0;
        for (String article : articles) {
          String text = cut(article, length);
          byte[] bytes = encoding.encode(text);
          EncodingDetector.Detection d = detector.detect(bytes);
          if (!d.isConfident()) {
            refused++;
          } else if (d.encoding() == encoding) {
            right++;
          } else {
            wrong++;
          }
          if (length == Integer.MAX_VALUE) {
            String decoded = encoding.decode(bytes);
            String expected = written(encoding, text, representable);
            if (decoded.equals(expected)) {
              exact++;
            }
            String[] got = decoded.split("\\s+");
            String[] want = expected.split("\\s+");
            words += want.length;
            if (got.length == want.length) {
              for (int w = 0; w < want.length; w++) {
                rightWords += got[w].equals(want[w]) ? 1 : 0;
              }
            }
          }
        }
        System.out.printf(Locale.ROOT, "%-13s %-7s %7.1f%% %7.1f%% %7.1f%% %8s %8s%n",
            encoding.cliName(), length == Integer.MAX_VALUE ? "whole" : length + "",
            100.0 * right / articles.size(), 100.0 * wrong / articles.size(),
            100.0 * refused / articles.size(), length == Integer.MAX_VALUE
                ? String.format(Locale.ROOT, "%.1f%%", 100.0 * exact / articles.size()) : "",
            length == Integer.MAX_VALUE
                ? String.format(Locale.ROOT, "%.2f%%", 100.0 * rightWords / words) : "");
      }
    }
  }

  /** The text as written in the encoding: chars it cannot hold become '?'. */
  private static String written(VietnameseEncoding encoding, String text,
      java.util.Map<Character, Boolean> representable) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = representable.computeIfAbsent(c, k -> k == '?'
          || !java.util.Arrays.equals(encoding.encode(String.valueOf(k)), new byte[] {'?'}));
      out.append(ok ? c : '?');
    }
    return out.toString();
  }

  /** The first chars of a text, up to a space before {@code length}. */
  private static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int space = text.lastIndexOf(' ', length);
    return text.substring(0, space > 0 ? space : length);
  }
}
