package io.github.vietcat.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of the benchmark commands: a news file in the shared sample's layout (a title line, the
 * body's lines, a blank line between articles), split into articles as a feed delivers them.
 *
 * @param file where the text was read from
 * @param utf8Bytes the file's size in UTF-8 bytes, the unit of MB/s figures
 * @param articles the articles, each its title line followed by its body
 */
public record NewsSample(Path file, long utf8Bytes, List<String> articles) {

  /** The default input, relative to the repository root (the working directory of exec:java). */
  public static final Path DEFAULT_FILE = Path.of("../shared/news-sample/vietnews-10mb.txt");

  /** Copies the list so the record stays immutable. */
  public NewsSample {
    articles = List.copyOf(articles);
  }

  /**
   * Reads and splits a news file.
   *
   * @param file the file, UTF-8
   * @return the sample
   * @throws IOException if the file cannot be read
   */
  public static NewsSample read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<String> articles = new ArrayList<>();
    for (String article : new String(bytes, StandardCharsets.UTF_8).split("\n\\s*\n")) {
      if (!article.isBlank()) {
        articles.add(article);
      }
    }
    return new NewsSample(file, bytes.length, articles);
  }

  /**
   * The title of an article: its first line.
   *
   * @param article one of {@link #articles()}
   * @return the first line
   */
  public static String title(String article) {
    int newline = article.indexOf('\n');
    return newline < 0 ? article : article.substring(0, newline);
  }

  /**
   * The body of an article: everything after its first line.
   *
   * @param article one of {@link #articles()}
   * @return the lines after the first, or "" for a one-line article
   */
  public static String body(String article) {
    int newline = article.indexOf('\n');
    return newline < 0 ? "" : article.substring(newline + 1);
  }
}
