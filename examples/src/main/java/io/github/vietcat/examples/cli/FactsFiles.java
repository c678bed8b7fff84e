package io.github.vietcat.examples.cli;

import java.util.List;
import picocli.CommandLine.Parameters;

/** The FILE parameters of {@code facts}: like {@link InputFiles}, and {@code .jsonl} files. */
final class FactsFiles {

  @Parameters(paramLabel = "FILE", arity = "0..*",
      description = InputCollector.FILES_DESCRIPTION + " A .jsonl file given by name is read as "
          + "one item a line.")
  private List<String> files = List.of();

  /** The file arguments as given. */
  List<String> arguments() {
    return files;
  }
}
