package io.github.vietcat.models.word;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Reads the silver word list: one word per line, syllables separated by spaces, tab, count. */
public final class SilverLexicon {

  private SilverLexicon() {}

  /** The word list's place under the shared folder. */
  public static Path file(Path shared) {
    return shared.resolve("lexicon").resolve("vietnews-words.tsv");
  }

  /**
   * Reads the list.
   *
   * @param path the file
   * @return word to count, sorted by word
   * @throws IOException if the file cannot be read or a line is malformed
   */
  public static Map<String, Long> read(Path path) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
          throw new IOException(path + ":" + number + ": expected word<TAB>count");
        }
        try {
          counts.merge(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).trim()),
              Long::sum);
        } catch (NumberFormatException e) {
          throw new IOException(path + ":" + number + ": bad count", e);
        }
      }
    }
    return counts;
  }
}
