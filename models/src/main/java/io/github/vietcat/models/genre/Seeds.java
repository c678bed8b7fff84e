package io.github.vietcat.models.genre;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The five seed pages of the shared data folder and their gold labels. */
final class Seeds {

  private Seeds() {}

  /** The gold label of each seed file, from the shared data's README. */
  static final Map<String, String> LABELS = Map.of(
      "000_c786259b7343d84b.txt", "TRAINING_REPORT",
      "001_3a3ec1b90727e06b.txt", "MEETING_SUMMARY",
      "002_beed27dbff4e9bce.txt", "DIRECTIVE",
      "003_83a81c81cb72f093.txt", "MEETING_SUMMARY",
      "004_9e948a7725ffdad3.txt", "MEETING_SUMMARY");

  /**
   * Reads the seed pages, whole and raw.
   *
   * @param shared the shared data folder
   * @return file name to page text, in file-name order
   * @throws IOException if a seed cannot be read
   */
  static Map<String, String> read(Path shared) throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    for (String name : LABELS.keySet().stream().sorted().toList()) {
      pages.put(name, Files.readString(shared.resolve("seeds").resolve(name), StandardCharsets.UTF_8));
    }
    return pages;
  }
}
