package io.github.vietcat.examples.cli;

import io.github.vietcat.genre.GenreSample;
import java.io.InputStream;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The FILE parameters of the commands that read labelled items (train, evaluate), declared once and
 * added to each by {@link picocli.CommandLine.Mixin}.
 */
final class LabelledFiles {

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "JSON Lines files of labelled items ('-' for standard input).")
  private List<String> files;

  /**
   * Reads the labelled items of all the files, reporting bad lines to the diagnostics.
   *
   * @param stdin standard input, read for {@code -}
   * @param diagnostics where bad lines and unreadable files are reported
   * @return the valid items, in file order
   */
  List<GenreSample> read(InputStream stdin, Diagnostics diagnostics) {
    return LabelledItems.read(files, new TextReader(stdin), diagnostics);
  }

  /** The file arguments joined by commas, to name them in a message. */
  String joined() {
    return String.join(", ", files);
  }
}
