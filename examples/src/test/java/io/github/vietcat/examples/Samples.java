package io.github.vietcat.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sample news items of {@code examples/samples} and their expected labels. */
public final class Samples {

  /** The samples folder, relative to the examples module (surefire's working directory). */
  public static final Path FOLDER = Path.of("samples");

  private Samples() {}

  /**
   * Reads {@code LABELS.tsv}.
   *
   * @return file name to expected label, in the file's order
   */
  public static Map<String, String> expectedLabels() {
    try {
      Map<String, String> labels = new LinkedHashMap<>();
      List<String> lines = Files.readAllLines(FOLDER.resolve("LABELS.tsv"));
      for (String line : lines.subList(1, lines.size())) {
        if (!line.isBlank()) {
          String[] fields = line.split("\t");
          if (fields.length != 2 || labels.put(fields[0], fields[1]) != null) {
            throw new IllegalStateException("bad LABELS.tsv line: " + line);
          }
        }
      }
      return labels;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
