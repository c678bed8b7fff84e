package io.github.vietcat.examples.bench;

import io.github.vietcat.genre.GenreClassifier;
import io.github.vietcat.genre.GenreResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks how much of an item the shipped genre model needs: whether an item classified from its
 * first {@code k} chars gets the same label and the same probabilities (exactly, as doubles) as
 * the whole item. This is the measurement behind the cap of {@code vietcat classify} (see the
 * README, "Command line").
 *
 * <p>Two checks on a news file in the shared sample's layout: (1) every article longer than
 * {@code k}, for several small {@code k}, classified from its first {@code k} chars; (2) large
 * items made of consecutive articles (a page of several megabytes: the first article's title, then
 * the rest read as its body), classified whole and from their first {@code cap} chars.
 *
 * <pre>
 * java -cp examples/target/vietcat-examples-0.1.0-SNAPSHOT-cli.jar \
 *     io.github.vietcat.examples.bench.ClassifyPrefixCheck \
 *     ../shared/news-sample/vietnews-10mb.txt 1048576
 * </pre>
 */
public final class ClassifyPrefixCheck {

  private static final int[] SMALL_PREFIXES = {1024, 2048, 4096, 8192, 16384};

  private ClassifyPrefixCheck() {}

  /**
   * Runs the checks.
   *
   * @param args the news file (default {@link NewsSample#DEFAULT_FILE}) and the cap in chars
   *     (default 1,048,576)
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : NewsSample.DEFAULT_FILE;
    int cap = args.length > 1 ? Integer.parseInt(args[1]) : 1 << 20;
    NewsSample sample = NewsSample.read(file);
    GenreClassifier classifier = GenreClassifier.loadDefault();
    List<String> articles = sample.articles();
    GenreResult[] whole = new GenreResult[articles.size()];
    int longest = 0;
    for (int i = 0; i < articles.size(); i++) {
      whole[i] = classifier.classify(articles.get(i));
      longest = Math.max(longest, articles.get(i).length());
    }
    System.out.printf(Locale.ROOT, "%s: %,d articles, longest %,d chars%n", file,
        articles.size(), longest);
    for (int k : SMALL_PREFIXES) {
      int longer = 0;
      int labelDiffers = 0;
      int probabilitiesDiffer = 0;
      for (int i = 0; i < articles.size(); i++) {
        String article = articles.get(i);
        if (article.length() <= k) {
          continue;
        }
        longer++;
        GenreResult prefix = classifier.classify(article.substring(0, k));
        labelDiffers += prefix.label().equals(whole[i].label()) ? 0 : 1;
        probabilitiesDiffer += prefix.probabilities().equals(whole[i].probabilities()) ? 0 : 1;
      }
      System.out.printf(Locale.ROOT, "first %,6d chars: %,d articles longer; label differs "
          + "for %d, probabilities differ for %d%n", k, longer, labelDiffers,
          probabilitiesDiffer);
    }
    // Large items: consecutive articles joined into pages of about 2.5 times the cap.
    StringBuilder page = new StringBuilder();
    int pages = 0;
    int same = 0;
    for (int i = 0; i < articles.size(); i++) {
      page.append(articles.get(i)).append("\n\n");
      if (page.length() >= cap * 5L / 2 || i == articles.size() - 1 && page.length() > cap) {
        String text = page.toString();
        GenreResult all = classifier.classify(text);
        GenreResult prefix = classifier.classify(text.substring(0, cap));
        boolean equal = all.label().equals(prefix.label())
            && all.probabilities().equals(prefix.probabilities());
        pages++;
        same += equal ? 1 : 0;
        System.out.printf(Locale.ROOT, "page of %,d chars: whole %s %.4f, first %,d chars "
            + "%s %.4f: %s%n", text.length(), all.label(), all.probability(), cap,
            prefix.label(), prefix.probability(), equal ? "identical" : "DIFFERENT");
        page.setLength(0);
      }
    }
    System.out.printf(Locale.ROOT, "pages over the cap: %d of %d identical%n", same, pages);
  }
}
