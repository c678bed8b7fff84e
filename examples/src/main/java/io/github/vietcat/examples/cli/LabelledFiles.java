package io.github.vietcat.examples.cli;

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

  /** The file arguments as given, at least one. */
  List<String> arguments() {
    return files;
  }

  /** The file arguments joined by commas, to name them in a message. */
  String joined() {
    return String.join(", ", files);
  }
}
